#include "core/clock.h"

#include <QRegularExpression>

namespace facturos {

QString formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // Fixed pattern rather than Qt::ISODate so milliseconds never leak into the wire format.
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QDateTime parseTime(const QString &text)
{
    // RFC 3339 section 5.6 date-time; written out by hand because Qt::ISODate also accepts forms
    // RFC 3339 forbids (a bare date, no offset meaning local time).
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.([0-9]+))?(?:([Zz])|"
                       "([+-])([0-9]{2}):([0-9]{2}))")));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int msec = 0;
    if (m.hasCaptured(7)) {
        // Precision beyond milliseconds is dropped, not rounded, so a time never moves into the next second.
        msec = m.captured(7).leftJustified(3, QLatin1Char('0')).left(3).toInt();
    }
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), msec);
    if (!date.isValid() || !time.isValid())
        return {};
    int offsetSeconds = 0;
    if (!m.hasCaptured(8)) {
        const int hours = m.captured(10).toInt();
        const int minutes = m.captured(11).toInt();
        if (hours > 23 || minutes > 59)
            return {};
        offsetSeconds = (hours * 60 + minutes) * 60;
        if (m.captured(9) == QLatin1String("-"))
            offsetSeconds = -offsetSeconds;
    }
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

} // namespace facturos
