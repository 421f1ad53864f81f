#pragma once
// What the two measured programs of bench_startup print once their window is on screen: "ready <peak RSS in
// KiB>" (VmHWM from /proc/self/status), then they quit. The driver times the line from the process start.

#include <cstdio>
#include <QCoreApplication>
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

// Paints `window` now (what it shows is on screen, not merely set), then reports.
inline void reportReadyAndQuit(QWidget *window)
{
    window->repaint();
    std::printf("ready %lld\n", static_cast<long long>(peakRssKib()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace facturos::bench
