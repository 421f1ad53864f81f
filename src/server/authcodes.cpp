#include "server/authcodes.h"

#include "server/crypto.h"
#include "server/database.h"

namespace facturos::server {

namespace {
// Used codes are kept a day after expiry so that a late replay still finds, and revokes, its session.
constexpr qint64 kKeepUsedCodes = 24 * 3600;

// A null QString binds as SQL NULL, which the NOT NULL columns refuse.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
} // namespace

QByteArray AuthCodeStore::issue(const CodeBinding &binding, const CodeGrant &grant)
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    m_db.exec(QStringLiteral("DELETE FROM auth_codes WHERE expires_at < ?"), {now - kKeepUsedCodes});
    const QByteArray code = crypto::randomToken(32);
    m_db.exec(QStringLiteral("INSERT INTO auth_codes (hash, client_id, redirect_uri, challenge, user_id, auth_time, "
                             "expires_at, ip, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {QString::fromLatin1(crypto::secretHash(code)), binding.clientId, binding.redirectUri, binding.challenge,
               grant.userId, grant.authTime.toSecsSinceEpoch(), now + kLifetime, notNull(grant.ip),
               notNull(grant.userAgent.left(512))});
    return code;
}

std::optional<CodeGrant> AuthCodeStore::redeem(const QByteArray &code, const QString &clientId,
                                               const QString &redirectUri, const QByteArray &verifier, Failure *failure,
                                               QString *reusedSessionId)
{
    const QString hash = QString::fromLatin1(crypto::secretHash(code));
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT client_id, redirect_uri, challenge, user_id, auth_time, "
                                           "expires_at, used_at, session_id, ip, user_agent FROM auth_codes "
                                           "WHERE hash = ?"),
                            {hash});
    if (!q.next()) {
        *failure = Failure::Unknown;
        return std::nullopt;
    }
    const CodeBinding binding{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    const CodeGrant grant{q.value(3).toString(), QDateTime::fromSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC),
                          q.value(8).toString(), q.value(9).toString()};
    const qint64 expiresAt = q.value(5).toLongLong();
    const bool used = !q.value(6).isNull();
    const QString sessionId = q.value(7).toString();
    q.finish();

    if (used) {
        *failure = Failure::Reused;
        *reusedSessionId = sessionId;
        return std::nullopt;
    }
    m_db.exec(QStringLiteral("UPDATE auth_codes SET used_at = ? WHERE hash = ?"), {now, hash});

    if (expiresAt <= now)
        *failure = Failure::Expired;
    else if (binding.clientId != clientId)
        *failure = Failure::WrongClient;
    else if (binding.redirectUri != redirectUri)
        *failure = Failure::WrongRedirectUri;
    else if (binding.challenge.isEmpty())
        *failure = Failure::NoChallenge; // a verifier without a challenge proves nothing
    else if (!crypto::isValidPkceVerifier(verifier) ||
             !crypto::constantTimeEquals(crypto::pkceChallenge(verifier), binding.challenge.toLatin1()))
        *failure = Failure::WrongVerifier;
    else
        *failure = Failure::None;
    if (*failure != Failure::None)
        return std::nullopt;
    return grant;
}

void AuthCodeStore::attachSession(const QByteArray &code, const QString &sessionId)
{
    m_db.exec(QStringLiteral("UPDATE auth_codes SET session_id = ? WHERE hash = ?"),
              {sessionId, QString::fromLatin1(crypto::secretHash(code))});
}

} // namespace facturos::server
