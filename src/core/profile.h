#pragma once
// The user's personal information as the API exchanges it.

#include "core/fielderror.h"

#include <optional>
#include <QJsonObject>
#include <QString>

namespace facturos {

struct Address
{
    QString line1;
    QString line2;
    QString postalCode;
    QString city;
    QString country = QStringLiteral("FR"); // ISO 3166-1 alpha-2

    [[nodiscard]] bool isEmpty() const
    {
        return line1.isEmpty() && line2.isEmpty() && postalCode.isEmpty() && city.isEmpty();
    }
    bool operator==(const Address &o) const
    {
        return line1 == o.line1 && line2 == o.line2 && postalCode == o.postalCode && city == o.city &&
               country == o.country;
    }
    bool operator!=(const Address &o) const { return !(*this == o); }
};

struct Profile
{
    QString firstName;
    QString lastName;
    QString username;
    QString email;        // the verified address in use
    QString pendingEmail; // read-only: a requested new address awaiting verification, or empty
    QString phone;        // E.164 once normalised, or empty
    QString companyName;
    QString siret; // 14 digits once normalised, or empty
    Address deliveryAddress;
    std::optional<Address> billingAddress; // std::nullopt: "same as delivery"

    bool operator==(const Profile &o) const
    {
        return firstName == o.firstName && lastName == o.lastName && username == o.username && email == o.email &&
               pendingEmail == o.pendingEmail && phone == o.phone && companyName == o.companyName && siret == o.siret &&
               deliveryAddress == o.deliveryAddress && billingAddress == o.billingAddress;
    }
    bool operator!=(const Profile &o) const { return !(*this == o); }
};

// JSON: {"firstName","lastName","username","email","pendingEmail":string|null,"phone","companyName","siret",
//        "deliveryAddress":{line1,line2,postalCode,city,country},"billingAddress":{…}|null}
[[nodiscard]] QJsonObject toJson(const Address &address);
[[nodiscard]] QJsonObject toJson(const Profile &profile);
[[nodiscard]] Address addressFromJson(const QJsonObject &object, const QString &path, FieldErrors *errors);
// Strict: every field required, unknown fields rejected. Returns std::nullopt when errors were added.
[[nodiscard]] std::optional<Profile> profileFromJson(const QJsonObject &object, FieldErrors *errors);

} // namespace facturos
