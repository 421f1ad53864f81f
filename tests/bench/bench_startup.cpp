// Start-up benchmark (issue 5): time from process start to a populated overview on screen with a stored refresh
// token and a local server, and peak RSS, against a bare QApplication + QMainWindow built the same way.
// Goals: app time ≤ 2 × bare time + one round trip; app peak RSS ≤ bare + 25 MiB.
// Run through scripts/bench-startup (private keyring session; an Xvfb display, then the offscreen platform).
//   bench_startup BARE_BINARY APP_BINARY [RUNS [LIBS_BINARY [FLOOR_BINARY]]]
// LIBS_BINARY (bench_startup_libs) links the app's libraries and reports at once: the share of the app's time
// that goes to starting the process and loading them. FLOOR_BINARY (bench_startup_floor) does the least any
// program must do to show the signed-in account (keyring, refresh, account, one line of text): the floor of
// the app's time on this machine.
// BENCH_STARTUP_TRACE=1 prints the programs' logs (with QT_MESSAGE_PATTERN="%{time process} %{message}" and
// QT_LOGGING_RULES, where the time goes).

#include "httpclient.h"
#include "keyringcheck.h"
#include "storedsignin.h"
#include "testserver.h"

#include <algorithm>
#include <cstdio>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

using namespace facturos;

namespace {

struct Run
{
    double ms = -1;
    qint64 rssKib = -1;
};

// Starts `program`, keeps this process's event loop (and so the in-process server) running, and times the
// "ready <kib>" line from the start.
Run runOnce(const QString &program, const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QEventLoop loop;
    Run run;
    QElapsedTimer timer;
    QByteArray out;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, [&] {
        out += process.readAllStandardOutput();
        const int at = out.indexOf("ready ");
        if (at >= 0 && out.indexOf('\n', at) > at) {
            run.ms = double(timer.nsecsElapsed()) / 1e6;
            run.rssKib = out.mid(at + 6, out.indexOf('\n', at) - at - 6).toLongLong();
            loop.quit();
        }
    });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    timer.start();
    process.start(program, args);
    loop.exec();
    if (!process.waitForFinished(10000))
        process.kill();
    if (run.ms < 0 || qEnvironmentVariableIsSet("BENCH_STARTUP_TRACE"))
        std::fprintf(stderr, "%s: %s\n", qPrintable(program), process.readAllStandardError().constData());
    return run;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? -1 : values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_startup BARE_BINARY APP_BINARY [RUNS [LIBS_BINARY [FLOOR_BINARY]]]\n");
        return 2;
    }
    const int runs = std::max(3, args.value(3, QStringLiteral("11")).toInt());
    if (const QString problem = test::keyringProblem(); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 1;
    }
    test::TestServer server;
    QTemporaryDir profile;
    if (!server.isRunning() || !test::storeSignIn(server, profile.path())) {
        std::fprintf(stderr, "could not sign in once to store a refresh token %s\n", qPrintable(server.error()));
        return 1;
    }

    // One round trip of the app's kind: an authenticated GET on the loopback server.
    const QByteArray token = server.signInDirect(test::kDemoEmail);
    std::vector<double> trips;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer timer;
        timer.start();
        (void)test::HttpClient().get(server.url(QStringLiteral("/v1/account")), token);
        trips.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    const QStringList appArgs = {server.url().toString(), profile.path()};
    const QString libs = args.value(4), floor = args.value(5);
    (void)runOnce(args.at(1), {}); // warm the page cache for each
    (void)runOnce(args.at(2), appArgs);
    if (!libs.isEmpty())
        (void)runOnce(libs, {});
    if (!floor.isEmpty())
        (void)runOnce(floor, appArgs);
    std::vector<double> bareMs, appMs, libsMs, floorMs;
    qint64 bareRss = 0, appRss = 0;
    for (int i = 0; i < runs; ++i) {
        const Run bare = runOnce(args.at(1), {});
        const Run measured = runOnce(args.at(2), appArgs);
        const Run loaded = libs.isEmpty() ? Run{0, 0} : runOnce(libs, {});
        const Run least = floor.isEmpty() ? Run{0, 0} : runOnce(floor, appArgs);
        if (bare.ms < 0 || measured.ms < 0 || loaded.ms < 0 || least.ms < 0)
            return 1;
        bareMs.push_back(bare.ms);
        appMs.push_back(measured.ms);
        libsMs.push_back(loaded.ms);
        floorMs.push_back(least.ms);
        bareRss = std::max(bareRss, bare.rssKib);
        appRss = std::max(appRss, measured.rssKib);
    }
    const double bare = median(bareMs), measured = median(appMs), trip = median(trips);
    const double timeGoal = 2 * bare + trip;
    const double rssGoalMib = double(bareRss) / 1024 + 25;
    std::printf("runs: %d (medians), platform: %s\n", runs, qPrintable(QGuiApplication::platformName()));
    std::printf("bare QMainWindow:  %7.1f ms   peak RSS %6.1f MiB\n", bare, double(bareRss) / 1024);
    std::printf("facturos-account:  %7.1f ms   peak RSS %6.1f MiB   (overview populated)\n", measured,
                double(appRss) / 1024);
    if (!libs.isEmpty())
        std::printf("its libraries only: %6.1f ms   (process start and loading, before main)\n", median(libsMs));
    if (!floor.isEmpty())
        std::printf("least possible:    %7.1f ms   (keyring, refresh, account, one line of text)\n", median(floorMs));
    std::printf("one round trip:    %7.2f ms\n", trip);
    std::printf("time goal ≤ %.1f ms: %s;  RSS goal ≤ %.1f MiB: %s\n", timeGoal,
                measured <= timeGoal ? "met" : "MISSED", rssGoalMib,
                double(appRss) / 1024 <= rssGoalMib ? "met" : "MISSED");
    return 0;
}
