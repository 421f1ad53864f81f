#include "server/tokenservice.h"

#include "server/apiresponses.h"
#include "server/crypto.h"
#include "server/database.h"

#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcTokens, "facturos.server.tokens", QtInfoMsg)

namespace facturos::server {

namespace {
constexpr qsizetype kAccessCacheLimit = 10000;
}

namespace {
// A null QString binds as SQL NULL, which the NOT NULL columns refuse: the session would silently not exist.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
} // namespace

TokenService::TokenService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

IssuedTokens TokenService::startSession(const QString &userId, const QString &clientId, const QDateTime &authTime,
                                        const QString &ip, const QString &userAgent)
{
    const QString sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    m_db.exec(QStringLiteral("INSERT INTO sessions (id, user_id, client_id, created_at, last_seen, auth_time, ip, "
                             "user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
              {sessionId, userId, clientId, now, now, authTime.toSecsSinceEpoch(), notNull(ip),
               notNull(userAgent.left(512))});
    return issue(sessionId, userId);
}

IssuedTokens TokenService::issue(const QString &sessionId, const QString &userId)
{
    IssuedTokens tokens;
    tokens.sessionId = sessionId;
    tokens.accessToken = crypto::randomToken(32);
    tokens.refreshToken = crypto::randomToken(32);
    tokens.expiresIn = kAccessTokenLifetime;
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    m_db.exec(
        QStringLiteral("INSERT INTO access_tokens (hash, session_id, user_id, expires_at) VALUES (?, ?, ?, ?)"),
        {QString::fromLatin1(crypto::secretHash(tokens.accessToken)), sessionId, userId, now + kAccessTokenLifetime});
    m_db.exec(
        QStringLiteral("INSERT INTO refresh_tokens (hash, session_id, created_at, expires_at) "
                       "VALUES (?, ?, ?, ?)"),
        {QString::fromLatin1(crypto::secretHash(tokens.refreshToken)), sessionId, now, now + kRefreshTokenLifetime});
    return tokens;
}

std::optional<IssuedTokens> TokenService::refresh(const QByteArray &refreshToken, const QString &clientId)
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT r.session_id, r.expires_at, r.used_at, s.user_id, s.client_id, "
                                           "s.revoked_at FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id "
                                           "WHERE r.hash = ?"),
                            {QString::fromLatin1(crypto::secretHash(refreshToken))});
    if (!q.next())
        return std::nullopt;
    const QString sessionId = q.value(0).toString();
    const qint64 expiresAt = q.value(1).toLongLong();
    const bool used = !q.value(2).isNull();
    const QString userId = q.value(3).toString();
    const QString sessionClient = q.value(4).toString();
    const bool revoked = !q.value(5).isNull();
    q.finish();
    if (revoked || sessionClient != clientId)
        return std::nullopt;
    if (used) {
        // A rotated-out token came back: someone holds a copy. Revoke the whole family (RFC 6819 §5.2.2.3).
        qCWarning(lcTokens) << "refresh token reuse detected; revoking session" << sessionId.left(8);
        revokeSession(sessionId);
        return std::nullopt;
    }
    if (expiresAt <= now)
        return std::nullopt;
    m_db.transaction();
    m_db.exec(QStringLiteral("UPDATE refresh_tokens SET used_at = ? WHERE hash = ?"),
              {now, QString::fromLatin1(crypto::secretHash(refreshToken))});
    m_db.exec(QStringLiteral("UPDATE sessions SET last_seen = ? WHERE id = ?"), {now, sessionId});
    IssuedTokens tokens = issue(sessionId, userId);
    m_db.commit();
    return tokens;
}

std::optional<AuthContext> TokenService::authenticate(const QByteArray &accessToken)
{
    if (accessToken.isEmpty() || accessToken.size() > 256)
        return std::nullopt;
    const QByteArray hash = crypto::secretHash(accessToken);
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    if (const auto cached = m_accessCache.constFind(hash); cached != m_accessCache.cend()) {
        if (cached->expiresAt > now)
            return cached->context;
        m_accessCache.erase(cached);
        return std::nullopt;
    }
    const QVariantList row = m_db.row(QStringLiteral("SELECT a.user_id, a.session_id, a.expires_at, s.client_id, "
                                                     "s.auth_time, s.revoked_at FROM access_tokens a JOIN sessions s "
                                                     "ON s.id = a.session_id WHERE a.hash = ?"),
                                      {QString::fromLatin1(hash)});
    if (row.isEmpty())
        return std::nullopt;
    const qint64 expiresAt = row.at(2).toLongLong();
    if (!row.at(5).isNull() || expiresAt <= now)
        return std::nullopt;
    AuthContext context;
    context.userId = row.at(0).toString();
    context.sessionId = row.at(1).toString();
    context.clientId = row.at(3).toString();
    context.authTime = QDateTime::fromSecsSinceEpoch(row.at(4).toLongLong(), Qt::UTC);
    if (m_accessCache.size() >= kAccessCacheLimit)
        m_accessCache.clear();
    m_accessCache.insert(hash, {context, expiresAt});
    return context;
}

void TokenService::revokeToken(const QByteArray &token)
{
    m_accessCache.clear();
    const QString hash = QString::fromLatin1(crypto::secretHash(token));
    const QVariant sessionId =
        m_db.scalar(QStringLiteral("SELECT session_id FROM refresh_tokens WHERE hash = ?"), {hash});
    if (sessionId.isValid()) {
        revokeSession(sessionId.toString());
        return;
    }
    m_db.exec(QStringLiteral("DELETE FROM access_tokens WHERE hash = ?"), {hash});
}

void TokenService::revokeSession(const QString &sessionId)
{
    m_accessCache.clear();
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    m_db.transaction();
    m_db.exec(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
              {now, sessionId});
    m_db.exec(QStringLiteral("DELETE FROM access_tokens WHERE session_id = ?"), {sessionId});
    m_db.exec(QStringLiteral("UPDATE refresh_tokens SET used_at = COALESCE(used_at, ?) WHERE session_id = ?"),
              {now, sessionId});
    m_db.commit();
}

void TokenService::revokeAllSessions(const QString &userId)
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT id FROM sessions WHERE user_id = ? AND revoked_at IS NULL"), {userId});
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    q.finish();
    for (const QString &id : ids)
        revokeSession(id);
}

std::optional<AuthContext> TokenService::requireBearer(const HttpRequest &request, HttpResponse *error)
{
    const QByteArray authorization = request.header("Authorization");
    const bool isBearer =
        authorization.size() > 7 && authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0;
    if (isBearer) {
        if (auto context = authenticate(authorization.mid(7).trimmed()))
            return context;
    }
    Problem problem = Problem::make(401, QStringLiteral("unauthorized"), QStringLiteral("Unauthorized"),
                                    isBearer ? QStringLiteral("The access token is invalid or has expired.")
                                             : QStringLiteral("Send an access token in the Authorization header."));
    *error = problemResponse(problem).withHeader("WWW-Authenticate",
                                                 isBearer ? R"(Bearer realm="facturos", error="invalid_token")"
                                                          : R"(Bearer realm="facturos")");
    return std::nullopt;
}

bool TokenService::requireRecentAuthentication(const AuthContext &context, HttpResponse *error) const
{
    if (context.authTime.secsTo(m_clock.now()) <= kStepUpMaxAge)
        return true;
    Problem problem = Problem::make(401, QStringLiteral("insufficient_user_authentication"),
                                    QStringLiteral("Recent sign-in required"),
                                    QStringLiteral("Sign in again (max_age=300) to confirm this change."));
    *error = problemResponse(problem).withHeader(
        "WWW-Authenticate", R"(Bearer realm="facturos", error="insufficient_user_authentication", )"
                            R"(error_description="A recent sign-in is required", max_age=300)");
    return false;
}

} // namespace facturos::server
