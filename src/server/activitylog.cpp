#include "server/activitylog.h"

#include "core/securitydata.h"
#include "server/crypto.h"
#include "server/database.h"
#include "server/securitystore.h"
#include "server/servercontext.h"

namespace facturos::server {

QString clientIp(const QHostAddress &peer)
{
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : peer.toString();
}

void recordActivity(ServerContext &ctx, const QString &userId, const QString &kind, const QString &ip,
                    const QString &userAgent)
{
    SecurityStore(ctx.db, ctx.clock).appendActivity(userId, kind, ip, userAgent);
}

void recordActivity(ServerContext &ctx, const QString &userId, const QString &kind, const HttpRequest &request)
{
    recordActivity(ctx, userId, kind, clientIp(request.peer), QString::fromUtf8(request.header("User-Agent")));
}

void recordSignOut(ServerContext &ctx, const QByteArray &token, const HttpRequest &request)
{
    const QVariant userId =
        ctx.db.scalar(QStringLiteral("SELECT s.user_id FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id "
                                     "WHERE r.hash = ? AND s.revoked_at IS NULL"),
                      {QString::fromLatin1(crypto::secretHash(token))});
    if (userId.isValid())
        recordActivity(ctx, userId.toString(), ActivityKind::SignOut, request);
}

} // namespace facturos::server
