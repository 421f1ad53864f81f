#pragma once
// The one failure type of the Account API client: a kind the pages map to a sentence, plus what each kind
// needs to act on (field errors, the server's current state, Retry-After, max_age) and raw detail for logs.
// Never user-facing text: `detail` is for logs only.

#include "core/fielderror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace facturos::api {

struct ApiError
{
    enum class Kind {
        None,              // no error
        Offline,           // host unreachable, connection refused or reset, DNS failure
        Timeout,           // no complete answer within the transfer timeout
        Tls,               // certificate or handshake failure (never ignored)
        InsecureTransport, // http:// to a non-loopback host: refused before any connection
        Unauthorized,      // no token, or still refused after one refresh: interactive sign-in needed
        StepUpRequired,    // a recent sign-in is needed and did not happen (cancelled or refused)
        Forbidden,         // 403
        NotFound,          // 404 (also 410)
        Conflict,          // 412 stale If-Match (current state + ETag attached) or 409 (problem code)
        Validation,        // 400/422 with per-field errors
        RateLimited,       // 429 (retryAfterSeconds)
        Server,            // 5xx after the retries allowed for this request
        Protocol,          // unexpected status, redirect, malformed/truncated/oversized/HTML/wrong-typed body
        Cancelled,         // aborted by the caller
    };

    Kind kind = Kind::None;
    int httpStatus = 0;    // 0 when no HTTP answer arrived
    QString code;          // the problem's machine code ("validation_failed", "mailbox_exists"…) or a local code
    QString correlationId; // X-Request-Id sent with the call (or the server's echo)
    QString detail;        // raw detail for logs: network error string, problem detail, parse error; no secrets

    FieldErrors fieldErrors;    // Validation: core FieldErrors from the problem's `errors`
    QJsonObject currentState;   // Conflict (412/409 with a JSON body): the server's current representation
    QByteArray currentEtag;     // Conflict (412): the ETag of currentState; already remembered by the client
    int retryAfterSeconds = -1; // RateLimited: Retry-After in seconds; -1 when absent
    int maxAgeSeconds = -1;     // StepUpRequired: max_age from WWW-Authenticate; -1 when absent

    [[nodiscard]] bool isError() const { return kind != Kind::None; }
    // Stable lowercase name of the kind, for logs and support snapshots ("timeout", "step_up_required"…).
    [[nodiscard]] static QString kindName(Kind kind);
};

} // namespace facturos::api
