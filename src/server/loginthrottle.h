#pragma once
// Counts failed sign-ins per key (an account's e-mail, a client address) in a sliding window and says when
// a key is locked. Attempts are counted when they start, not when they fail, so a burst of parallel
// requests cannot slip past the limit while their password checks are still running.

#include "core/clock.h"

#include <QHash>
#include <QHostAddress>
#include <QList>

namespace facturos::server {

class LoginThrottle
{
public:
    static constexpr int kMaxFailures = 10;
    static constexpr qint64 kWindowSeconds = 15 * 60;

    explicit LoginThrottle(const Clock &clock) : m_clock(clock) {}

    [[nodiscard]] bool isLocked(const QString &key);
    // Counts one attempt against `key`; call before the password check.
    void recordAttempt(const QString &key);
    // The attempt just recorded succeeded: take it back (an address keeps its other failures).
    void forgiveAttempt(const QString &key);
    // A successful sign-in clears the account's failures.
    void clear(const QString &key) { m_attempts.remove(key); }

    // Keys for the two limits: e-mail case-folded; IPv4-mapped addresses as IPv4; IPv6 by /64, because one
    // host usually owns the whole prefix.
    [[nodiscard]] static QString accountKey(const QString &email);
    [[nodiscard]] static QString addressKey(const QHostAddress &address);

private:
    void prune(QList<qint64> &times, qint64 now) const;

    const Clock &m_clock;
    QHash<QString, QList<qint64>> m_attempts; // key → attempt times (seconds since epoch), oldest first
    int m_sinceSweep = 0;
};

} // namespace facturos::server
