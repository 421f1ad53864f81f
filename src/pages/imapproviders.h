#pragma once
// The IMAP server of common mail providers, guessed from an address's domain, so the "Add IMAP mailbox"
// dialog can fill in host, port and security for the user. Pure: no widgets, no network, no lookup.

#include <optional>
#include <QString>

namespace facturos::pages {

struct ImapServerGuess
{
    QString host;
    int port = 993;
    QString security = QStringLiteral("tls"); // implicit TLS: what every provider in the table offers
    bool knownProvider = false;               // false: the "imap.<domain>" convention, a guess to check
};

// The server for `address` ("camille@orange.fr" → imap.orange.fr, 993, tls); for another domain
// "imap.<domain>". Nothing while the address has no plausible domain yet (as it is being typed).
[[nodiscard]] std::optional<ImapServerGuess> guessImapServer(const QString &address);

} // namespace facturos::pages
