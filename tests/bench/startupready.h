#pragma once
// What the two measured programs of bench_startup print once their window is painted: "ready <peak RSS in
// KiB>" (VmHWM from /proc/self/status), then they quit. The driver times the line from the process start.

#include <cstdio>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QWidget>

namespace facturos::bench {

inline qint64 peakRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline void reportReadyAndQuit()
{
    std::printf("ready %lld\n", static_cast<long long>(peakRssKib()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

// Reports once `widget` has been painted next (what it shows is on screen, not merely set): the report is queued
// behind the paint's event, so it runs after the frame is flushed.
inline void reportWhenPainted(QWidget *widget)
{
    struct PaintWatch final : QObject
    {
        using QObject::QObject;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint) {
                watched->removeEventFilter(this);
                QMetaObject::invokeMethod(qApp, [] { reportReadyAndQuit(); }, Qt::QueuedConnection);
            }
            return false;
        }
    };
    widget->installEventFilter(new PaintWatch(widget));
}

} // namespace facturos::bench
