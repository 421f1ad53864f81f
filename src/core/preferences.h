#pragma once
// Marketing communication and cookie/tracking choices, and the consent-purpose keys that name each choice
// in the consent history.

#include "core/fielderror.h"

#include <optional>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace facturos {

struct PurposeChoice
{
    QString purpose; // e.g. "communications.newsletter", "privacy.analytics"
    bool granted = false;
};

// Marketing defaults to off. Service/transaction messages are mandatory and not a choice: the JSON carries
// "serviceMessages": true, and decoding refuses false with ErrorCode::Mandatory.
struct CommunicationChoices
{
    bool newsletter = false;
    bool productOffers = false;
    bool partnerOffers = false;
    bool surveys = false;

    [[nodiscard]] QList<PurposeChoice> purposes() const;
    bool operator==(const CommunicationChoices &o) const
    {
        return newsletter == o.newsletter && productOffers == o.productOffers && partnerOffers == o.partnerOffers &&
               surveys == o.surveys;
    }
    bool operator!=(const CommunicationChoices &o) const { return !(*this == o); }
};

// Strictly necessary cookies are not a choice: the JSON carries "necessary": true, decoding refuses false.
struct PrivacyChoices
{
    bool analytics = false;      // Google Analytics, Flurry
    bool advertising = false;    // interest-based advertising (DAA/NAI networks)
    bool socialFeatures = false; // Facebook sharing
    bool location = false;       // GPS location services
    bool partnerSharing = false; // sharing with partners
    bool doNotTrack = false;     // the user asks the service to honour Do Not Track / GPC

    [[nodiscard]] QList<PurposeChoice> purposes() const;
    bool operator==(const PrivacyChoices &o) const
    {
        return analytics == o.analytics && advertising == o.advertising && socialFeatures == o.socialFeatures &&
               location == o.location && partnerSharing == o.partnerSharing && doNotTrack == o.doNotTrack;
    }
    bool operator!=(const PrivacyChoices &o) const { return !(*this == o); }
};

// Every purpose a consent record can name: the communications' then the privacy choices', in purposes() order.
[[nodiscard]] const QStringList &consentPurposes();

// The choices whose value differs between `before` and `after`, in the order of purposes().
[[nodiscard]] QList<PurposeChoice> changedPurposes(const QList<PurposeChoice> &before,
                                                   const QList<PurposeChoice> &after);

[[nodiscard]] QJsonObject toJson(const CommunicationChoices &choices);
[[nodiscard]] QJsonObject toJson(const PrivacyChoices &choices);
// Strict: every choice required; the locked field ("serviceMessages"/"necessary") optional but must be true.
[[nodiscard]] std::optional<CommunicationChoices> communicationChoicesFromJson(const QJsonObject &object,
                                                                               FieldErrors *errors);
[[nodiscard]] std::optional<PrivacyChoices> privacyChoicesFromJson(const QJsonObject &object, FieldErrors *errors);

} // namespace facturos
