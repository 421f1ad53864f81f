#include "pages/purposetext.h"

namespace facturos::pages {

namespace {
const QString kDoNotTrack = QStringLiteral("privacy.doNotTrack");
}

QString PurposeText::name(const QString &purpose)
{
    // The same words as the switches of the Communications and Cookies & tracking pages.
    if (purpose == QLatin1String("communications.newsletter"))
        return tr("Facturos newsletter");
    if (purpose == QLatin1String("communications.productOffers"))
        return tr("Product offers");
    if (purpose == QLatin1String("communications.partnerOffers"))
        return tr("Partner offers");
    if (purpose == QLatin1String("communications.surveys"))
        return tr("Surveys");
    if (purpose == QLatin1String("privacy.analytics"))
        return tr("Analytics");
    if (purpose == QLatin1String("privacy.advertising"))
        return tr("Interest-based advertising");
    if (purpose == QLatin1String("privacy.socialFeatures"))
        return tr("Social-media features");
    if (purpose == QLatin1String("privacy.location"))
        return tr("Location services");
    if (purpose == QLatin1String("privacy.partnerSharing"))
        return tr("Sharing with partners");
    if (purpose == kDoNotTrack)
        return tr("Do Not Track / GPC request");
    return purpose;
}

QString PurposeText::choice(const QString &purpose, bool granted)
{
    if (purpose == kDoNotTrack)
        return granted ? tr("Asked", "Do Not Track request") : tr("Not asked", "Do Not Track request");
    return granted ? tr("Granted", "consent") : tr("Refused", "consent");
}

QString PurposeText::source(const QString &source)
{
    if (source == QLatin1String("facturos-desktop"))
        return tr("Desktop app");
    if (source == QLatin1String("web"))
        return tr("Website");
    if (source == QLatin1String("closure"))
        return tr("Account closure");
    if (source == QLatin1String("fixture"))
        return tr("Imported record");
    return source;
}

} // namespace facturos::pages
