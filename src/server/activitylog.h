#pragma once
// One-line hooks through which any route appends to the user's activity log (see ActivityKind), with the
// requester's address and User-Agent, so route files owned by others need no more than a call.

#include "core/securitydata.h"
#include "server/httpservice.h"

namespace facturos::server {

struct ServerContext;

// The client address as stored and shown: IPv4-mapped IPv6 ("::ffff:1.2.3.4") is written as plain IPv4.
[[nodiscard]] QString clientIp(const QHostAddress &peer);

void recordActivity(ServerContext &ctx, const QString &userId, const QString &kind, const HttpRequest &request);
void recordActivity(ServerContext &ctx, const QString &userId, const QString &kind, const QString &ip,
                    const QString &userAgent);
// For RFC 7009 revocation: when `token` is the refresh token of a live session, logs its user's sign_out.
// Call before revoking. Unknown tokens log nothing, so the endpoint still reveals nothing.
void recordSignOut(ServerContext &ctx, const QByteArray &token, const HttpRequest &request);

} // namespace facturos::server
