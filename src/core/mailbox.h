#pragma once
// A connected mailbox as the Account API shows it (never a password or token), the IMAP connection request,
// the Gmail consent answer, and the stable reason codes of a failed IMAP connection.

#include "core/fielderror.h"

#include <optional>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace facturos {

// Why connecting a mailbox failed (the problem's `code` and its field error's `code`), or why a connected one
// needs reconnection (`statusReason`).
namespace MailboxReason {
inline const QString AuthenticationFailed = QStringLiteral("authentication_failed");
inline const QString HostNotFound = QStringLiteral("host_not_found");
inline const QString ConnectionRefused = QStringLiteral("connection_refused");
inline const QString CertificateUntrusted = QStringLiteral("certificate_untrusted");
inline const QString TlsError = QStringLiteral("tls_error");
inline const QString Timeout = QStringLiteral("timeout");
inline const QString PrivateAddress = QStringLiteral("private_address");
inline const QString ProtocolError = QStringLiteral("protocol_error");
// A provider's access (Gmail) that was withdrawn, or that expired and could not be renewed.
inline const QString TokenRevoked = QStringLiteral("token_revoked");
inline const QString TokenExpired = QStringLiteral("token_expired");
} // namespace MailboxReason

inline const QString kGmailScope = QStringLiteral("https://mail.google.com/");

struct ImapSettings
{
    QString host;
    int port = 993;
    QString security = QStringLiteral("tls"); // "tls" | "starttls"
    QString username;

    bool operator==(const ImapSettings &o) const
    {
        return host == o.host && port == o.port && security == o.security && username == o.username;
    }
};

struct Mailbox
{
    QString id;
    QString kind; // "gmail" | "imap"
    QString address;
    QString status;       // "ok" | "needs_reconnection" | "revocation_pending"
    QString statusReason; // with needs_reconnection: a MailboxReason; empty otherwise
    QDateTime connectedAt;
    QDateTime lastUsedAt;             // invalid when never used
    QStringList scopes;               // Gmail: the granted scopes; IMAP: empty (null on the wire)
    std::optional<ImapSettings> imap; // IMAP only
};

// JSON: {"id","kind","address","status","statusReason":string|null,"connectedAt","lastUsedAt":string|null,
//        "scopes":[string]|null,"imap":{"host","port","security","username"}|null}
[[nodiscard]] QJsonObject toJson(const Mailbox &mailbox);
[[nodiscard]] std::optional<Mailbox> mailboxFromJson(const QJsonObject &object, FieldErrors *errors);

// The body of POST /v1/account/mailboxes/imap.
struct ImapConnectRequest
{
    QString address;
    ImapSettings settings;
    QString password;
};

inline constexpr int kMaxImapHostLength = 253;
inline constexpr int kMaxImapUsernameLength = 254;
inline constexpr int kMaxImapPasswordLength = 1024;

// JSON: {"address","host","port","security","username","password"}. Strict, and validated: e-mail syntax,
// host name or address syntax, port 1–65535, a known security mode, and no CR, LF or NUL in the username or
// password (they could break out of the IMAP command; no real server accepts them anyway).
[[nodiscard]] std::optional<ImapConnectRequest> imapConnectRequestFromJson(const QJsonObject &object,
                                                                           FieldErrors *errors);
[[nodiscard]] QJsonObject toJson(const ImapConnectRequest &request);

// The answer of POST /v1/account/mailboxes/gmail. JSON: {"consentUrl","scope"}
struct GmailConsent
{
    QString consentUrl;
    QString scope = kGmailScope;
};
[[nodiscard]] QJsonObject toJson(const GmailConsent &consent);
[[nodiscard]] std::optional<GmailConsent> gmailConsentFromJson(const QJsonObject &object, FieldErrors *errors);

} // namespace facturos
