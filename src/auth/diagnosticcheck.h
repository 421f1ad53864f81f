#pragma once
// One line of `facturos-account --diagnose` and of Help › Diagnostics, as codes: which check, how it ended,
// a stable reason code and technical facts for support. The pages turn it into a sentence.

#include <QList>
#include <QMetaType>
#include <QString>

namespace facturos::auth {

// In the order the checks run (and the order of their exit codes, see pages/diagnostics.h).
enum class DiagnosticCheck {
    Dns,        // the server's host name resolves
    Connection, // a TCP connection opens
    Tls,        // the TLS handshake succeeds with a certificate the system trusts for that name
    Health,     // GET /healthz answers 200
    Metadata,   // the RFC 8414 document is present and safe (issuer, same-origin endpoints, PKCE S256)
    Keychain,   // the OS keychain takes a write (available / locked / missing)
    SignIn,     // a sign-in is stored for this server and profile, and its refresh token works
};

enum class CheckOutcome {
    Ok,
    Failed,
    Skipped, // an earlier check it depends on failed
};

struct CheckResult
{
    DiagnosticCheck check = DiagnosticCheck::Dns;
    CheckOutcome outcome = CheckOutcome::Skipped;
    // Why, snake_case (e.g. "resolved", "refused", "self_signed", "issuer_mismatch", "locked", "signed_in").
    QString code;
    // Facts for support: addresses, HTTP status, Qt's error text, TLS version, the account id. Never a secret,
    // never an e-mail address.
    QString detail;

    [[nodiscard]] bool failed() const { return outcome == CheckOutcome::Failed; }
};

// "dns", "connection", "tls", "health", "sso", "keychain", "sign-in": the stable key that starts each line.
[[nodiscard]] const char *toCode(DiagnosticCheck check);
// "OK", "FAILED", "SKIPPED".
[[nodiscard]] const char *toCode(CheckOutcome outcome);

} // namespace facturos::auth

Q_DECLARE_METATYPE(facturos::auth::CheckResult)
