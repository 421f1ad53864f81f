#include "pages/imapproviders.h"

#include <QHash>
#include <QRegularExpression>

namespace facturos::pages {

namespace {
// Domains of the providers most of our users (French small businesses) have, and their IMAP servers.
const QHash<QString, QString> &knownServers()
{
    static const QHash<QString, QString> servers{
        {QStringLiteral("gmail.com"), QStringLiteral("imap.gmail.com")},
        {QStringLiteral("googlemail.com"), QStringLiteral("imap.gmail.com")},
        {QStringLiteral("outlook.com"), QStringLiteral("outlook.office365.com")},
        {QStringLiteral("hotmail.com"), QStringLiteral("outlook.office365.com")},
        {QStringLiteral("hotmail.fr"), QStringLiteral("outlook.office365.com")},
        {QStringLiteral("live.com"), QStringLiteral("outlook.office365.com")},
        {QStringLiteral("live.fr"), QStringLiteral("outlook.office365.com")},
        {QStringLiteral("msn.com"), QStringLiteral("outlook.office365.com")},
        {QStringLiteral("yahoo.com"), QStringLiteral("imap.mail.yahoo.com")},
        {QStringLiteral("yahoo.fr"), QStringLiteral("imap.mail.yahoo.com")},
        {QStringLiteral("icloud.com"), QStringLiteral("imap.mail.me.com")},
        {QStringLiteral("me.com"), QStringLiteral("imap.mail.me.com")},
        {QStringLiteral("orange.fr"), QStringLiteral("imap.orange.fr")},
        {QStringLiteral("wanadoo.fr"), QStringLiteral("imap.orange.fr")},
        {QStringLiteral("free.fr"), QStringLiteral("imap.free.fr")},
        {QStringLiteral("sfr.fr"), QStringLiteral("imap.sfr.fr")},
        {QStringLiteral("laposte.net"), QStringLiteral("imap.laposte.net")},
        {QStringLiteral("gmx.fr"), QStringLiteral("imap.gmx.com")},
        {QStringLiteral("gmx.com"), QStringLiteral("imap.gmx.com")},
    };
    return servers;
}
} // namespace

std::optional<ImapServerGuess> guessImapServer(const QString &address)
{
    const QString trimmed = address.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return std::nullopt;
    const QString domain = trimmed.mid(at + 1).toLower();
    // Labels of letters, digits and hyphens, at least two of them: "atelier." or "atel" is still being typed.
    // Accented (internationalised) domains are plausible too.
    static const QRegularExpression plausible(
        QStringLiteral("^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+"
                       "\\p{L}{2,}$"));
    if (!plausible.match(domain).hasMatch())
        return std::nullopt;
    ImapServerGuess guess;
    const auto known = knownServers().constFind(domain);
    guess.knownProvider = known != knownServers().cend();
    guess.host = guess.knownProvider ? *known : QStringLiteral("imap.") + domain;
    return guess;
}

} // namespace facturos::pages
