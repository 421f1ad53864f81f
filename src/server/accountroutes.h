#pragma once
// What the Account API route files share: their logging category and the wrapper that turns a bearer-only
// handler into a route, so no handler can forget the token check or reach a user other than the token's.

#include "server/httpservice.h"
#include "server/tokenservice.h"

#include <functional>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAccount)

namespace facturos::server {

using BearerHandler = std::function<HttpResponse(const HttpRequest &request, const AuthContext &auth)>;

// Answers 401 with WWW-Authenticate unless the request carries a valid access token; otherwise runs
// `handler` with the token's context and sends what it returns.
[[nodiscard]] Handler bearerRoute(TokenService &tokens, BearerHandler handler);

// The languages of our HTML pages; French unless the browser prefers English (Accept-Language).
enum class PageLanguage { French, English };
[[nodiscard]] PageLanguage pageLanguage(const HttpRequest &request);

} // namespace facturos::server
