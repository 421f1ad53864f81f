#include "core/profile.h"

#include "core/json.h"

namespace facturos {

QJsonObject toJson(const Address &address)
{
    return {
        {QStringLiteral("line1"), address.line1},           {QStringLiteral("line2"), address.line2},
        {QStringLiteral("postalCode"), address.postalCode}, {QStringLiteral("city"), address.city},
        {QStringLiteral("country"), address.country},
    };
}

QJsonObject toJson(const Profile &profile)
{
    return {
        {QStringLiteral("firstName"), profile.firstName},
        {QStringLiteral("lastName"), profile.lastName},
        {QStringLiteral("username"), profile.username},
        {QStringLiteral("email"), profile.email},
        {QStringLiteral("pendingEmail"), nullIfEmpty(profile.pendingEmail)},
        {QStringLiteral("phone"), profile.phone},
        {QStringLiteral("companyName"), profile.companyName},
        {QStringLiteral("siret"), profile.siret},
        {QStringLiteral("deliveryAddress"), toJson(profile.deliveryAddress)},
        {QStringLiteral("billingAddress"),
         profile.billingAddress ? QJsonValue(toJson(*profile.billingAddress)) : QJsonValue()},
    };
}

Address addressFromJson(const QJsonObject &object, const QString &path, FieldErrors *errors)
{
    JsonReader reader(object, path, errors);
    Address address;
    address.line1 = reader.string(QStringLiteral("line1"));
    address.line2 = reader.string(QStringLiteral("line2"));
    address.postalCode = reader.string(QStringLiteral("postalCode"));
    address.city = reader.string(QStringLiteral("city"));
    address.country = reader.string(QStringLiteral("country"));
    reader.rejectUnknown();
    return address;
}

std::optional<Profile> profileFromJson(const QJsonObject &object, FieldErrors *errors)
{
    FieldErrors local;
    JsonReader reader(object, QString(), &local);
    Profile profile;
    profile.firstName = reader.string(QStringLiteral("firstName"));
    profile.lastName = reader.string(QStringLiteral("lastName"));
    profile.username = reader.string(QStringLiteral("username"));
    profile.email = reader.string(QStringLiteral("email"));
    profile.pendingEmail =
        reader.nullableString(QStringLiteral("pendingEmail"), Presence::Required).value_or(QString());
    profile.phone = reader.string(QStringLiteral("phone"));
    profile.companyName = reader.string(QStringLiteral("companyName"));
    profile.siret = reader.string(QStringLiteral("siret"));

    const QString delivery = QStringLiteral("deliveryAddress");
    if (const auto d = reader.nonNullObject(delivery)) {
        profile.deliveryAddress = addressFromJson(*d, reader.childPath(delivery), &local);
    }
    const QString billing = QStringLiteral("billingAddress");
    if (const auto b = reader.object(billing))
        profile.billingAddress = addressFromJson(*b, reader.childPath(billing), &local);
    reader.rejectUnknown();

    if (errors)
        errors->append(local);
    if (!local.isEmpty())
        return std::nullopt;
    return profile;
}

} // namespace facturos
