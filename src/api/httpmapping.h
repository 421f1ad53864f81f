#pragma once
// Internal to src/api: how an HTTP answer that is not a success becomes an ApiError, and the header parsing
// that needs. Kept apart from ApiClient so the mapping reads as one table.

#include "api/apierror.h"

#include <QNetworkReply>

namespace facturos::api::detail {

[[nodiscard]] ApiError makeError(ApiError::Kind kind, const QString &code, const QString &detail, int status = 0);
[[nodiscard]] bool isJsonContentType(const QByteArray &contentType);
// One auth-param of a WWW-Authenticate challenge, quoted or not (error="x", max_age=300).
[[nodiscard]] QString challengeParam(const QByteArray &header, const QString &name);
// Delta-seconds or an HTTP date; -1 when absent or unreadable.
[[nodiscard]] int retryAfterSeconds(const QByteArray &value);
// Failures below HTTP (connection, DNS, socket, TLS, proxy).
[[nodiscard]] bool isTransportError(QNetworkReply::NetworkError error);
// Every non-2xx status except 401 (re-authentication) — problem+json decoded when present; 412's body is the
// current representation; HTML error pages keep a short excerpt in `detail` for logs.
[[nodiscard]] ApiError errorForStatus(int status, const QByteArray &contentType, const QByteArray &body,
                                      const QByteArray &etag, const QByteArray &retryAfter);

} // namespace facturos::api::detail
