// Benchmark of GET /v1/account/export: seeds N activity events (default 100,000) for the demo user in a file
// database, then times whole exports over loopback HTTP and reports the peak RSS growth while exporting.
// The client is a bare socket that counts bytes, so the time is the server's (plus the loopback).
//   bench_export [events] [runs]
#include "server/database.h"
#include "server/exportwriter.h"
#include "server/servercontext.h"
#include "testserver.h"

#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace facturos;
using namespace facturos::test;

namespace {

qint64 statusKiB(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Linux resets VmHWM to the current RSS on "5" (proc(5)), so the peak measured is the export's alone.
void resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

// One export over a raw socket; the whole response when `keep`, else only its size. -1 on failure.
qint64 fetchExport(const QUrl &base, const QByteArray &token, QByteArray *kept)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(base.port()));
    if (!socket.waitForConnected(5000))
        return -1;
    socket.write("GET /v1/account/export HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
                 "\r\nConnection: close\r\n\r\n");
    qint64 total = 0;
    QByteArray tail;
    // The server lives in this thread: waitForReadyRead would starve it, so spin the event loop instead.
    while (socket.state() == QAbstractSocket::ConnectedState || socket.bytesAvailable() > 0) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        const QByteArray data = socket.readAll();
        total += data.size();
        if (kept)
            kept->append(data);
        tail = (tail + data).right(5);
        if (tail == "0\r\n\r\n")
            break;
    }
    return tail == "0\r\n\r\n" ? total : -1;
}

// The body of a chunked response, for the validity check.
QByteArray dechunk(const QByteArray &response)
{
    qsizetype pos = response.indexOf("\r\n\r\n") + 4;
    QByteArray body;
    while (pos < response.size()) {
        const qsizetype eol = response.indexOf("\r\n", pos);
        const qint64 size = response.mid(pos, eol - pos).toLongLong(nullptr, 16);
        if (size == 0)
            break;
        body.append(response.mid(eol + 2, size));
        pos = eol + 2 + size + 2;
    }
    return body;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int events = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 5;
    QTemporaryDir dir;
    TestServer server(QString(), dir.filePath(QStringLiteral("bench.db")));
    if (!server.isRunning()) {
        std::fprintf(stderr, "server: %s\n", qPrintable(server.error()));
        return 1;
    }
    const QString userId = server.userId(kDemoEmail);
    auto &db = server.server().database();
    const qint64 start = server.clock().now().toSecsSinceEpoch() - events * 60;
    const char *agents[] = {"Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
                            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                            "Chrome/126.0.0.0 Safari/537.36",
                            "FacturosAccount/0.1.0 (Linux; x86_64)"};
    const char *ips[] = {"203.0.113.24", "198.51.100.7", "192.0.2.10", "127.0.0.1"};
    db.transaction();
    for (int i = 0; i < events; ++i)
        db.exec(QStringLiteral("INSERT INTO activity (user_id, time, kind, ip, user_agent) VALUES (?, ?, ?, ?, ?)"),
                {userId, start + i * 60, i % 7 ? QStringLiteral("sign_in") : QStringLiteral("sign_out"),
                 QString::fromLatin1(ips[i % 4]), QString::fromLatin1(agents[i % 3])});
    db.commit();
    const qint64 held =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM activity WHERE user_id = ?"), {userId}).toLongLong();
    const QByteArray token = server.signInDirect(kDemoEmail);

    QByteArray first;
    if (fetchExport(server.url(), token, &first) < 0) {
        std::fprintf(stderr, "export failed\n");
        return 1;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(dechunk(first));
    const qsizetype exported = doc.object().value(QStringLiteral("activity")).toArray().size();
    first.clear();
    first.squeeze();

    std::printf("events held: %lld, exported: %lld, valid JSON: %s\n", held, qint64(exported),
                doc.isObject() ? "yes" : "no");
    QList<double> times;
    qint64 bytes = 0;
    qint64 peakGrowth = 0;
    for (int run = 0; run < runs; ++run) {
        resetPeakRss();
        const qint64 baseline = statusKiB("VmRSS:");
        QElapsedTimer timer;
        timer.start();
        bytes = fetchExport(server.url(), token, nullptr);
        times.append(timer.nsecsElapsed() / 1e6);
        peakGrowth = std::max(peakGrowth, statusKiB("VmHWM:") - baseline);
        if (bytes < 0)
            return 1;
    }
    // The same export without HTTP: what producing the document costs the server.
    QElapsedTimer timer;
    timer.start();
    server::ExportWriter writer(server.server().context(), userId, QString());
    qint64 produced = 0;
    for (server::StreamStep step = server::StreamStep::More; step == server::StreamStep::More;) {
        QByteArray chunk;
        step = writer.next(&chunk);
        produced += chunk.size();
    }
    std::printf("writer alone: %.1f MB in %.0f ms\n", produced / 1e6, timer.nsecsElapsed() / 1e6);
    std::sort(times.begin(), times.end());
    std::printf("response: %.1f MB; %d runs: min %.0f ms, median %.0f ms, max %.0f ms; peak RSS growth %lld KiB\n",
                bytes / 1e6, runs, times.first(), times.at(times.size() / 2), times.last(), peakGrowth);
    return exported == held ? 0 : 1;
}
