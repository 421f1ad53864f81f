#pragma once
// Sessions and the tokens that belong to them. A session is one sign-in on one device: its refresh tokens
// form one family that rotates on every use; presenting a rotated-out refresh token revokes the family.
// Only SHA-256 hashes of tokens are stored.

#include "core/clock.h"
#include "server/httpservice.h"

#include <optional>
#include <QDateTime>
#include <QHash>

namespace facturos::server {

class Database;

struct AuthContext
{
    QString userId;
    QString sessionId;
    QString clientId;
    QDateTime authTime; // when the user last entered their password in this session
};

struct IssuedTokens
{
    QByteArray accessToken;
    QByteArray refreshToken;
    int expiresIn = 0;
    QString sessionId;
};

class TokenService
{
public:
    static constexpr int kAccessTokenLifetime = 600;                // 10 minutes
    static constexpr qint64 kRefreshTokenLifetime = 30 * 24 * 3600; // 30 days of inactivity
    static constexpr int kStepUpMaxAge = 300;                       // RFC 9470 max_age for sensitive operations

    TokenService(Database &db, const Clock &clock);

    // A new session after a successful password check.
    [[nodiscard]] IssuedTokens startSession(const QString &userId, const QString &clientId, const QDateTime &authTime,
                                            const QString &ip, const QString &userAgent);
    // Rotates a refresh token. std::nullopt means invalid_grant (unknown, expired, revoked, other client, or
    // reused — in which case the whole family has just been revoked).
    [[nodiscard]] std::optional<IssuedTokens> refresh(const QByteArray &refreshToken, const QString &clientId);
    [[nodiscard]] std::optional<AuthContext> authenticate(const QByteArray &accessToken);

    // RFC 7009: a refresh token revokes its session; an access token only itself. Unknown tokens are ignored.
    void revokeToken(const QByteArray &token);
    void revokeSession(const QString &sessionId);
    void revokeAllSessions(const QString &userId);

    // The bearer context of a request, or a 401 response carrying WWW-Authenticate.
    [[nodiscard]] std::optional<AuthContext> requireBearer(const HttpRequest &request, HttpResponse *error);
    // Step-up (RFC 9470): false with a 401 insufficient_user_authentication when the password is older than
    // kStepUpMaxAge.
    [[nodiscard]] bool requireRecentAuthentication(const AuthContext &context, HttpResponse *error) const;

private:
    IssuedTokens issue(const QString &sessionId, const QString &userId);

    Database &m_db;
    const Clock &m_clock;
    // Every API request authenticates: valid access tokens are remembered by hash until they expire. Any
    // revocation empties the cache, so a revoked token is refused on its next use.
    struct CachedAccess
    {
        AuthContext context;
        qint64 expiresAt = 0;
    };
    QHash<QByteArray, CachedAccess> m_accessCache;
};

} // namespace facturos::server
