#pragma once
// The only source of "now" for code that depends on time (token expiry, grace periods, rate limits),
// so tests can move time instead of waiting for it.

#include <QDateTime>

namespace facturos {

class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0; // always UTC
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until told to move; starts at the system time unless given one.
class ManualClock final : public Clock
{
public:
    ManualClock() : m_now(QDateTime::currentDateTimeUtc()) {}
    explicit ManualClock(QDateTime start) : m_now(start.toUTC()) {}
    [[nodiscard]] QDateTime now() const override { return m_now; }
    void setNow(const QDateTime &now) { m_now = now.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

// RFC 3339 in UTC with second precision: "2026-11-26T03:59:48Z".
[[nodiscard]] QString formatTime(const QDateTime &time);
// Accepts RFC 3339 with "Z" or a numeric offset; returns an invalid QDateTime otherwise.
[[nodiscard]] QDateTime parseTime(const QString &text);

} // namespace facturos
