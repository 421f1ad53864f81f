#pragma once
// The security data of one user: sessions as devices, the activity log, and the administrator delegates.
// Every read and change is keyed by the user id first, so no id of another user's row ever matches. Lists
// are keyset-paged on (sort key, id): a cursor stays valid, without gaps or repeats, while rows are added.

#include "core/clock.h"
#include "core/page.h"
#include "core/securitydata.h"

namespace facturos::server {

class Database;

class SecurityStore
{
public:
    SecurityStore(Database &db, const Clock &clock);

    // Appends an event now (or at `time`). An empty `location` is derived from the IP address.
    void appendActivity(const QString &userId, const QString &kind, const QString &ip, const QString &userAgent,
                        const QDateTime &time = {}, const QString &location = {});
    // Newest first. Each list returns false when `cursor` is not one this store issued.
    [[nodiscard]] bool activity(const QString &userId, int limit, const QString &cursor, Page<ActivityEvent> *page);
    // Sessions not revoked, most recently seen first; the one of `currentSessionId` is marked current.
    [[nodiscard]] bool sessions(const QString &userId, const QString &currentSessionId, int limit,
                                const QString &cursor, Page<Session> *page);
    [[nodiscard]] bool hasActiveSession(const QString &userId, const QString &sessionId);
    // Delegates not revoked, oldest grant first.
    [[nodiscard]] bool delegates(const QString &userId, int limit, const QString &cursor, Page<Delegate> *page);
    // False when the user has no such delegate (unknown, another user's, or already revoked).
    [[nodiscard]] bool revokeDelegate(const QString &userId, const QString &delegateId);

    // Cursors are base64url("<sort key>.<id>"); decoding is strict so only what we issued is accepted.
    [[nodiscard]] static QString encodeCursor(qint64 key, const QString &id);
    [[nodiscard]] static bool decodeCursor(const QString &cursor, qint64 *key, QString *id);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace facturos::server
