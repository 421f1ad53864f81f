// facturos-account-server: the reference Account API server. Prints the URL it listens on as its first line
// (and, for a support snapshot, the support sign-in as its second).
#include "core/clock.h"
#include "server/accountserver.h"
#include "server/mailboxservice.h"

#include <csignal>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_signalFds[2] = {-1, -1};

// Ctrl+C and SIGTERM stop the server cleanly (database closed). Only write() is async-signal-safe, so the
// handler wakes the event loop through a socket pair.
void installQuitOnSignal()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    const auto handler = [](int) { [[maybe_unused]] auto n = ::write(g_signalFds[0], "q", 1); };
    std::signal(SIGINT, handler);
    std::signal(SIGTERM, handler);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("facturos-account-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FACTUROS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Facturos reference Account API server (SSO + Account API)."));
    parser.addHelpOption();
    parser.addVersionOption();
    facturos::server::addServerOptions(parser);
    parser.process(app);

    QTextStream err(stderr);
    facturos::server::ServerOptions options;
    QString error;
    if (!facturos::server::readServerOptions(parser, &options, &error)) {
        err << "facturos-account-server: " << error << '\n';
        return 2;
    }

    if (options.mailboxes.rotateKey) { // a maintenance command: re-encrypt, report, exit
        QString report;
        if (!facturos::server::rotateMailboxKey(options.database, options.mailboxes, &report, &error)) {
            err << "facturos-account-server: " << error << '\n';
            return 1;
        }
        QTextStream(stdout) << report << Qt::endl;
        return 0;
    }

    facturos::SystemClock clock;
    facturos::server::AccountServer server(clock);
    if (!server.start(options, &error)) {
        err << "facturos-account-server: " << error << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << server.url().toString() << Qt::endl;
    if (const auto &support = server.supportSignIn()) { // a support snapshot: say how to sign in to it
        out << "support sign-in: " << support->emails.join(QStringLiteral(", ")) << ' '
            << (support->generated ? support->password : QStringLiteral("(the --support-password)")) << Qt::endl;
    }
    installQuitOnSignal();
    return app.exec();
}
