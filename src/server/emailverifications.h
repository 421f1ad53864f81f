#pragma once
// E-mail address changes waiting for proof that the user reads the new mailbox: single-use tokens kept
// only as hashes for 24 hours, and the messages that carry them, queued in the outbox table.

#include "core/clock.h"

#include <QByteArray>
#include <QString>

namespace facturos::server {

class Database;
class UserStore;

class EmailVerifications
{
public:
    static constexpr qint64 kTokenLifetime = 24 * 3600;

    enum class Status {
        Valid,     // unused, unexpired and still the user's pending address
        Confirmed, // confirm() just switched the address
        Unknown,   // never issued, or replaced by a later request
        Expired,
        Used,
        Taken, // another account took the address in the meantime
    };

    EmailVerifications(Database &db, const Clock &clock);

    // Replaces any earlier unused request of the user and returns the token for the link. Call inside the
    // transaction that stores the pending address.
    [[nodiscard]] QByteArray create(const QString &userId, const QString &newEmail);
    // Forgets the user's unused requests (the pending address was withdrawn).
    void cancel(const QString &userId);
    struct Outcome
    {
        Status status = Status::Unknown;
        QString userId;
        QString previousEmail; // the address replaced, set when Confirmed
        QString newEmail;
    };
    // Read-only: what confirm() would do with this token.
    [[nodiscard]] Outcome check(const QByteArray &token, UserStore &users);
    // Makes the pending address the account's address and uses up the token, in one transaction.
    [[nodiscard]] Outcome confirm(const QByteArray &token, UserStore &users);

    void queueMessage(const QString &userId, const QString &recipient, const QString &kind, const QString &subject,
                      const QString &body);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace facturos::server
