#include "server/emailverifications.h"

#include "server/crypto.h"
#include "server/database.h"
#include "server/userstore.h"

namespace facturos::server {

EmailVerifications::EmailVerifications(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QByteArray EmailVerifications::create(const QString &userId, const QString &newEmail)
{
    // Only the latest link works: an older one may sit in a mailbox the user no longer wants.
    cancel(userId);
    const QByteArray token = crypto::randomToken(32);
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    m_db.exec(QStringLiteral("INSERT INTO email_verifications (token_hash, user_id, new_email, created_at, "
                             "expires_at) VALUES (?, ?, ?, ?, ?)"),
              {QString::fromLatin1(crypto::secretHash(token)), userId, newEmail, now, now + kTokenLifetime});
    return token;
}

void EmailVerifications::cancel(const QString &userId)
{
    m_db.exec(QStringLiteral("DELETE FROM email_verifications WHERE user_id = ? AND used_at IS NULL"), {userId});
}

EmailVerifications::Outcome EmailVerifications::check(const QByteArray &token, UserStore &users)
{
    Outcome outcome;
    // Tokens are 43 characters; anything far off is not worth a query.
    if (token.isEmpty() || token.size() > 128)
        return outcome;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT user_id, new_email, expires_at, used_at FROM email_verifications "
                                           "WHERE token_hash = ?"),
                            {QString::fromLatin1(crypto::secretHash(token))});
    if (!q.next())
        return outcome;
    outcome.userId = q.value(0).toString();
    outcome.newEmail = q.value(1).toString();
    const qint64 expiresAt = q.value(2).toLongLong();
    const bool used = !q.value(3).isNull();
    q.finish();
    if (used) {
        outcome.status = Status::Used;
        return outcome;
    }
    if (expiresAt <= m_clock.now().toSecsSinceEpoch()) {
        outcome.status = Status::Expired;
        return outcome;
    }
    // The user may have withdrawn or replaced the request since the message was sent.
    const auto profile = users.profile(outcome.userId);
    if (!profile || profile->pendingEmail != outcome.newEmail)
        return outcome;
    const auto holder = users.findByEmail(outcome.newEmail);
    outcome.status = holder && holder->id != outcome.userId ? Status::Taken : Status::Valid;
    return outcome;
}

EmailVerifications::Outcome EmailVerifications::confirm(const QByteArray &token, UserStore &users)
{
    m_db.transaction();
    Outcome outcome = check(token, users);
    if (outcome.status != Status::Valid) {
        m_db.rollback();
        return outcome;
    }
    Profile profile = *users.profile(outcome.userId);
    outcome.previousEmail = profile.email;
    profile.email = outcome.newEmail;
    profile.pendingEmail.clear();
    if (!users.setProfile(outcome.userId, profile)) {
        m_db.rollback();
        outcome.status = Status::Taken;
        return outcome;
    }
    m_db.exec(QStringLiteral("UPDATE email_verifications SET used_at = ? WHERE token_hash = ?"),
              {m_clock.now().toSecsSinceEpoch(), QString::fromLatin1(crypto::secretHash(token))});
    m_db.commit();
    outcome.status = Status::Confirmed;
    return outcome;
}

void EmailVerifications::queueMessage(const QString &userId, const QString &recipient, const QString &kind,
                                      const QString &subject, const QString &body)
{
    m_db.exec(QStringLiteral("INSERT INTO outbox (user_id, recipient, kind, subject, body, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"),
              {userId, recipient, kind, subject, body, m_clock.now().toSecsSinceEpoch()});
}

} // namespace facturos::server
