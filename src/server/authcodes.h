#pragma once
// Authorization codes: random, single use, alive at most 60 s, bound to the client, the redirect URI and the
// PKCE challenge, and remembering when the user entered their password. Only their hash is stored; a used
// code keeps the session it started, so a replay can revoke that session (RFC 6749 §4.1.2).

#include "core/clock.h"

#include <optional>
#include <QDateTime>
#include <QString>

namespace facturos::server {

class Database;

struct CodeGrant
{
    QString userId;
    QDateTime authTime;
    QString ip;
    QString userAgent;
};

struct CodeBinding
{
    QString clientId;
    QString redirectUri;
    QString challenge; // S256 challenge from the authorization request
};

class AuthCodeStore
{
public:
    static constexpr int kLifetime = 60;

    enum class Failure { None, Unknown, Reused, Expired, WrongClient, WrongRedirectUri, NoChallenge, WrongVerifier };

    AuthCodeStore(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    [[nodiscard]] QByteArray issue(const CodeBinding &binding, const CodeGrant &grant);
    // Spends the code whatever the outcome, so a wrong verifier cannot be retried against it. On Reused,
    // `reusedSessionId` holds the session the first redemption started (possibly empty).
    [[nodiscard]] std::optional<CodeGrant> redeem(const QByteArray &code, const QString &clientId,
                                                  const QString &redirectUri, const QByteArray &verifier,
                                                  Failure *failure, QString *reusedSessionId);
    // Remembers the session a redeemed code started.
    void attachSession(const QByteArray &code, const QString &sessionId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace facturos::server
