// The Security and "Your data" resources: sessions (sign out one device), the activity log, administrator
// delegates (revoke) and the data inventory. Ids in paths are looked up together with the token's user, so
// another user's id and an unknown one get the same 404.
#include "core/securitydata.h"
#include "server/accountroutes.h"
#include "server/activitylog.h"
#include "server/apiresponses.h"
#include "server/datainventory.h"
#include "server/securitystore.h"
#include "server/servercontext.h"

#include <memory>

Q_LOGGING_CATEGORY(lcSecurity, "facturos.server.security", QtInfoMsg)

namespace facturos::server {

namespace {

struct SecurityRoutes
{
    ServerContext &ctx;
    SecurityStore store{ctx.db, ctx.clock};

    HttpResponse revokeSession(const HttpRequest &request, const AuthContext &auth)
    {
        const QString id = request.params.value(QStringLiteral("id"));
        if (!store.hasActiveSession(auth.userId, id))
            return notFound(QStringLiteral("No such session is signed in."));
        ctx.tokens.revokeSession(id);
        const bool current = id == auth.sessionId;
        recordActivity(ctx, auth.userId, current ? ActivityKind::SignOut : ActivityKind::SessionRevoked, request);
        qCInfo(lcSecurity) << "session" << id.left(8) << "signed out by its user" << auth.userId.left(8)
                           << (current ? "(current)" : "");
        return noContent();
    }

    HttpResponse revokeDelegate(const HttpRequest &request, const AuthContext &auth)
    {
        const QString id = request.params.value(QStringLiteral("id"));
        if (!store.revokeDelegate(auth.userId, id))
            return notFound(QStringLiteral("No such administrator has access."));
        recordActivity(ctx, auth.userId, ActivityKind::DelegateRevoked, request);
        qCInfo(lcSecurity) << "delegate" << id.left(8) << "revoked by user" << auth.userId.left(8);
        return noContent();
    }
};

} // namespace

void registerSecurityRoutes(ServerContext &ctx)
{
    auto routes = std::make_shared<SecurityRoutes>(SecurityRoutes{ctx});
    HttpService &http = ctx.http;
    http.addRoute("GET", QStringLiteral("/v1/account/sessions"),
                  bearerRoute(ctx.tokens, [routes](const HttpRequest &request, const AuthContext &auth) {
                      return pagedResponse<Session>(
                          request, [&](int limit, const QString &cursor, Page<Session> *page) {
                              return routes->store.sessions(auth.userId, auth.sessionId, limit, cursor, page);
                          });
                  }));
    http.addRoute("DELETE", QStringLiteral("/v1/account/sessions/{id}"),
                  bearerRoute(ctx.tokens, [routes](const HttpRequest &request, const AuthContext &auth) {
                      return routes->revokeSession(request, auth);
                  }));
    http.addRoute("GET", QStringLiteral("/v1/account/activity"),
                  bearerRoute(ctx.tokens, [routes](const HttpRequest &request, const AuthContext &auth) {
                      return pagedResponse<ActivityEvent>(
                          request, [&](int limit, const QString &cursor, Page<ActivityEvent> *page) {
                              return routes->store.activity(auth.userId, limit, cursor, page);
                          });
                  }));
    http.addRoute("GET", QStringLiteral("/v1/account/delegates"),
                  bearerRoute(ctx.tokens, [routes](const HttpRequest &request, const AuthContext &auth) {
                      return pagedResponse<Delegate>(
                          request, [&](int limit, const QString &cursor, Page<Delegate> *page) {
                              return routes->store.delegates(auth.userId, limit, cursor, page);
                          });
                  }));
    http.addRoute("DELETE", QStringLiteral("/v1/account/delegates/{id}"),
                  bearerRoute(ctx.tokens, [routes](const HttpRequest &request, const AuthContext &auth) {
                      return routes->revokeDelegate(request, auth);
                  }));
    http.addRoute("GET", QStringLiteral("/v1/account/data"),
                  bearerRoute(ctx.tokens, [&ctx](const HttpRequest &, const AuthContext &auth) {
                      return jsonResponse(200, dataInventoryToJson(dataInventory(ctx.db, ctx.users, auth.userId)));
                  }));
}

} // namespace facturos::server
