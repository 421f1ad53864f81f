#pragma once
// Idempotency-Key for POSTs that create something: the first successful result is stored per user and key
// for 24 hours and replayed to a retry; a retry while the first is still running gets 409, the same key with
// another request gets 422. A failure (any non-2xx answer) releases the key, so a client that fixes the
// cause (a step-up, a typo) may retry with the same key.
//
// How to apply it to a route (it replaces bearerRoute, so the token check stays in one place):
//     ctx.http.addRoute("POST", path, idempotentRoute(ctx, [](const HttpRequest &, const AuthContext &) {
//         return jsonResponse(201, …);
//     }));
// or, for a handler that answers later (after an IMAP login, say), through the Responder it is given:
//     ctx.http.addRoute("POST", path, idempotentDeferredRoute(ctx, [](const HttpRequest &, const AuthContext &,
//                                                                    const Responder &responder) { … }));
// Without the header the handler runs exactly as under bearerRoute.

#include "server/accountroutes.h"

namespace facturos::server {

struct ServerContext;

using DeferredBearerHandler =
    std::function<void(const HttpRequest &request, const AuthContext &auth, const Responder &responder)>;

[[nodiscard]] Handler idempotentRoute(ServerContext &ctx, BearerHandler handler);
[[nodiscard]] Handler idempotentDeferredRoute(ServerContext &ctx, DeferredBearerHandler handler);

namespace idempotency {
inline constexpr qint64 kLifetime = 24 * 3600;
// A key still "in progress" after this long belongs to a request that never answered (the server stopped
// mid-way): it is taken over instead of blocking retries for a day.
inline constexpr qint64 kAbandonedAfter = 300;
inline constexpr int kMaxKeyLength = 255;
} // namespace idempotency

} // namespace facturos::server
