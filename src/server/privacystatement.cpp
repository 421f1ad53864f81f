#include "server/privacystatement.h"

namespace facturos::server {

PrivacyStatement currentPrivacyStatement()
{
    PrivacyStatement statement;
    statement.version = QStringLiteral("2020-01-14");
    statement.publishedOn = QDate(2020, 1, 14);
    statement.url = QStringLiteral("https://www.facturos.fr/confidentialite");
    statement.summary = QStringLiteral(
        "Which personal data Facturos holds and why, mailbox connections (Gmail token with full access; other "
        "mailboxes through encrypted credentials), marketing and cookie choices, retention, account closure and "
        "how to contact us.");
    statement.summaryFr = QStringLiteral(
        "Les données personnelles que Facturos conserve et pourquoi, les connexions de messagerie (jeton Gmail à "
        "accès complet ; autres messageries par identifiants chiffrés), vos choix de communications et de "
        "cookies, les durées de conservation, la clôture du compte et comment nous contacter.");
    return statement;
}

} // namespace facturos::server
