// Benchmark (not a test): how long the server's IMAP check takes against a local Dovecot — resolve, connect,
// TLS handshake (implicit or STARTTLS) with verification, LOGIN — as the median of N checks per mode.
//   bench_imap [N]   (default 20; needs /usr/sbin/dovecot and openssl)
#include "dovecot.h"
#include "server/crypto.h"
#include "server/imapverifier.h"

#include <algorithm>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSslCertificate>
#include <QTextStream>

using namespace facturos;

namespace {

// One check; returns milliseconds, or -1 on failure.
double checkOnce(const server::ImapVerifierConfig &config, const ImapSettings &settings, const QString &password)
{
    server::ImapVerifier verifier(config);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&verifier, &server::ImapVerifier::finished, &loop, [&](const server::ImapVerification &r) {
        ok = r.ok;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    verifier.start(settings, password);
    loop.exec();
    return ok ? double(timer.nsecsElapsed()) / 1e6 : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 20;
    QTextStream out(stdout);
    (void)server::crypto::initialize();
    const QString password = QStringLiteral("Facturos-imap-2026");
    test::Dovecot dovecot({{QStringLiteral("camille"), password}});
    if (!dovecot.start()) {
        out << "cannot start Dovecot: " << dovecot.error() << Qt::endl;
        return 1;
    }
    server::ImapVerifierConfig config;
    config.allowPrivateHosts = true;
    config.extraCaCertificates = QSslCertificate::fromPath(dovecot.caFile());
    out << "IMAP check against local Dovecot (localhost, ECDSA P-256 certificate, LOGIN), " << runs
        << " checks per mode after one warm-up\n";
    for (const QString &mode : {QStringLiteral("tls"), QStringLiteral("starttls")}) {
        const ImapSettings settings{QStringLiteral("localhost"),
                                    mode == QLatin1String("tls") ? dovecot.tlsPort() : dovecot.plainPort(), mode,
                                    QStringLiteral("camille")};
        (void)checkOnce(config, settings, password); // warm-up: first TLS context, Dovecot's auth process
        QList<double> times;
        for (int i = 0; i < runs; ++i) {
            const double ms = checkOnce(config, settings, password);
            if (ms < 0) {
                out << mode << ": a check failed\n" << dovecot.log().right(1000) << Qt::endl;
                return 1;
            }
            times.append(ms);
        }
        std::sort(times.begin(), times.end());
        const double median = times.size() % 2 ? times.at(times.size() / 2)
                                               : (times.at(times.size() / 2 - 1) + times.at(times.size() / 2)) / 2;
        out << QStringLiteral("%1: median %2 ms, min %3 ms, max %4 ms\n")
                   .arg(mode, -8)
                   .arg(median, 0, 'f', 1)
                   .arg(times.first(), 0, 'f', 1)
                   .arg(times.last(), 0, 'f', 1);
    }
    out.flush();
    return 0;
}
