#include "server/loginthrottle.h"

namespace facturos::server {

namespace {
constexpr int kSweepEvery = 1000;
} // namespace

void LoginThrottle::prune(QList<qint64> &times, qint64 now) const
{
    while (!times.isEmpty() && times.constFirst() <= now - kWindowSeconds)
        times.removeFirst();
}

bool LoginThrottle::isLocked(const QString &key)
{
    auto it = m_attempts.find(key);
    if (it == m_attempts.end())
        return false;
    prune(*it, m_clock.now().toSecsSinceEpoch());
    return it->size() >= kMaxFailures;
}

void LoginThrottle::recordAttempt(const QString &key)
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    // Forget idle keys now and then so that a spray of random e-mail addresses cannot grow memory forever.
    if (++m_sinceSweep >= kSweepEvery) {
        m_sinceSweep = 0;
        for (auto it = m_attempts.begin(); it != m_attempts.end();) {
            prune(*it, now);
            it = it->isEmpty() ? m_attempts.erase(it) : std::next(it);
        }
    }
    QList<qint64> &times = m_attempts[key];
    prune(times, now);
    // Beyond the limit only the newest times matter for when the lock lifts.
    if (times.size() >= kMaxFailures * 2)
        times.removeFirst();
    times.append(now);
}

void LoginThrottle::forgiveAttempt(const QString &key)
{
    auto it = m_attempts.find(key);
    if (it == m_attempts.end() || it->isEmpty())
        return;
    it->removeLast();
    if (it->isEmpty())
        m_attempts.erase(it);
}

QString LoginThrottle::accountKey(const QString &email)
{
    return QStringLiteral("account:") + email.trimmed().toCaseFolded();
}

QString LoginThrottle::addressKey(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QStringLiteral("ip:") + QHostAddress(v4).toString();
    Q_IPV6ADDR v6 = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        v6[i] = 0;
    return QStringLiteral("ip6:") + QHostAddress(v6).toString() + QStringLiteral("/64");
}

} // namespace facturos::server
