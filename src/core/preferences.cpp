#include "core/preferences.h"

#include "core/json.h"

#include <algorithm>

namespace facturos {

namespace {

const QString kNewsletter = QStringLiteral("newsletter");
const QString kProductOffers = QStringLiteral("productOffers");
const QString kPartnerOffers = QStringLiteral("partnerOffers");
const QString kSurveys = QStringLiteral("surveys");
const QString kServiceMessages = QStringLiteral("serviceMessages");

const QString kNecessary = QStringLiteral("necessary");
const QString kAnalytics = QStringLiteral("analytics");
const QString kAdvertising = QStringLiteral("advertising");
const QString kSocialFeatures = QStringLiteral("socialFeatures");
const QString kLocation = QStringLiteral("location");
const QString kPartnerSharing = QStringLiteral("partnerSharing");
const QString kDoNotTrack = QStringLiteral("doNotTrack");

PurposeChoice choice(const char *group, const QString &key, bool granted)
{
    return {QLatin1String(group) + QLatin1Char('.') + key, granted};
}

// The locked choice is not the user's to make, so a client may leave it out, but sending false is a
// request we cannot honour and must be refused rather than ignored.
void readLocked(JsonReader &reader, const QJsonObject &object, const QString &key)
{
    const bool value = reader.boolean(key, Presence::Optional);
    if (object.value(key).isBool() && !value)
        reader.addError(key, ErrorCode::Mandatory,
                        QStringLiteral("This choice is mandatory and cannot be turned off."));
}

} // namespace

QList<PurposeChoice> CommunicationChoices::purposes() const
{
    return {
        choice("communications", kNewsletter, newsletter),
        choice("communications", kProductOffers, productOffers),
        choice("communications", kPartnerOffers, partnerOffers),
        choice("communications", kSurveys, surveys),
    };
}

QList<PurposeChoice> PrivacyChoices::purposes() const
{
    return {
        choice("privacy", kAnalytics, analytics),           choice("privacy", kAdvertising, advertising),
        choice("privacy", kSocialFeatures, socialFeatures), choice("privacy", kLocation, location),
        choice("privacy", kPartnerSharing, partnerSharing), choice("privacy", kDoNotTrack, doNotTrack),
    };
}

const QStringList &consentPurposes()
{
    static const QStringList purposes = [] {
        QStringList keys;
        for (const PurposeChoice &c : CommunicationChoices{}.purposes() + PrivacyChoices{}.purposes())
            keys.append(c.purpose);
        return keys;
    }();
    return purposes;
}

QList<PurposeChoice> changedPurposes(const QList<PurposeChoice> &before, const QList<PurposeChoice> &after)
{
    QList<PurposeChoice> changed;
    for (const PurposeChoice &a : after) {
        const auto it = std::find_if(before.cbegin(), before.cend(),
                                     [&a](const PurposeChoice &b) { return b.purpose == a.purpose; });
        if (it == before.cend() || it->granted != a.granted)
            changed.append(a);
    }
    return changed;
}

QJsonObject toJson(const CommunicationChoices &choices)
{
    return {
        {kNewsletter, choices.newsletter},
        {kProductOffers, choices.productOffers},
        {kPartnerOffers, choices.partnerOffers},
        {kSurveys, choices.surveys},
        {kServiceMessages, true},
    };
}

QJsonObject toJson(const PrivacyChoices &choices)
{
    return {
        {kNecessary, true},
        {kAnalytics, choices.analytics},
        {kAdvertising, choices.advertising},
        {kSocialFeatures, choices.socialFeatures},
        {kLocation, choices.location},
        {kPartnerSharing, choices.partnerSharing},
        {kDoNotTrack, choices.doNotTrack},
    };
}

std::optional<CommunicationChoices> communicationChoicesFromJson(const QJsonObject &object, FieldErrors *errors)
{
    FieldErrors local;
    JsonReader reader(object, QString(), &local);
    CommunicationChoices choices;
    choices.newsletter = reader.boolean(kNewsletter);
    choices.productOffers = reader.boolean(kProductOffers);
    choices.partnerOffers = reader.boolean(kPartnerOffers);
    choices.surveys = reader.boolean(kSurveys);
    readLocked(reader, object, kServiceMessages);
    reader.rejectUnknown();
    if (errors)
        errors->append(local);
    if (!local.isEmpty())
        return std::nullopt;
    return choices;
}

std::optional<PrivacyChoices> privacyChoicesFromJson(const QJsonObject &object, FieldErrors *errors)
{
    FieldErrors local;
    JsonReader reader(object, QString(), &local);
    PrivacyChoices choices;
    readLocked(reader, object, kNecessary);
    choices.analytics = reader.boolean(kAnalytics);
    choices.advertising = reader.boolean(kAdvertising);
    choices.socialFeatures = reader.boolean(kSocialFeatures);
    choices.location = reader.boolean(kLocation);
    choices.partnerSharing = reader.boolean(kPartnerSharing);
    choices.doNotTrack = reader.boolean(kDoNotTrack);
    reader.rejectUnknown();
    if (errors)
        errors->append(local);
    if (!local.isEmpty())
        return std::nullopt;
    return choices;
}

} // namespace facturos
