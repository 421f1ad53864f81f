// facturos-account-server: the reference Account API server. Prints the URL it listens on as its first line.
#include "core/clock.h"
#include "server/accountserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <csignal>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("facturos-account-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FACTUROS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Facturos reference Account API server (SSO + Account API)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("listen"), QStringLiteral("Address and port to listen on (port 0: any free port)."),
         QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8470")},
        {QStringLiteral("database"), QStringLiteral("SQLite database file, or :memory:."), QStringLiteral("FILE"),
         QStringLiteral(":memory:")},
        {QStringLiteral("fixture"),
         QStringLiteral("Seed an empty database from FILE (default: the built-in demo account; none: no data)."),
         QStringLiteral("FILE")},
        {QStringLiteral("issuer"), QStringLiteral("Issuer URL announced in the SSO metadata (default: the listening URL)."),
         QStringLiteral("URL")},
    });
    parser.process(app);

    QTextStream err(stderr);
    facturos::server::ServerOptions options;
    const QString listen = parser.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (!portOk || port > 65535 || !options.host.setAddress(host)) {
        err << "facturos-account-server: --listen expects HOST:PORT with a numeric address, e.g. 127.0.0.1:0\n";
        return 2;
    }
    options.port = quint16(port);
    options.database = parser.value(QStringLiteral("database"));
    options.fixture = parser.value(QStringLiteral("fixture"));
    if (parser.isSet(QStringLiteral("issuer"))) {
        options.issuer = QUrl(parser.value(QStringLiteral("issuer")), QUrl::StrictMode);
        if (!options.issuer.isValid() || options.issuer.scheme().isEmpty()) {
            err << "facturos-account-server: --issuer expects an absolute URL\n";
            return 2;
        }
    }

    facturos::SystemClock clock;
    facturos::server::AccountServer server(clock);
    QString error;
    if (!server.start(options, &error)) {
        err << "facturos-account-server: " << error << '\n';
        return 1;
    }
    QTextStream(stdout) << server.url().toString() << Qt::endl;

    // Stop cleanly on Ctrl+C or SIGTERM so the database is closed properly.
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    return app.exec();
}
