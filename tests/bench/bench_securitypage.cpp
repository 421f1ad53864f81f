// Benchmark of the Security page over a long sign-in history: seeds N activity events (default 100,000) for
// the demo account on an in-process reference server, signs the real app in (composition root, offscreen, this
// program acting as the browser), then times
//   - showing the Security section once its data is there (switch + synchronous paint),
//   - a full reload as the Reload button does it: sessions, administrators and the first activity page, painted,
//   - scrolling the activity table screen by screen (Page Down + synchronous paint), the table fetching one more
//     page whenever the user reaches the bottom, until S screens were scrolled; each fetch is timed apart.
//   bench_securitypage [events] [screens]
#include "guitest.h"

#include "core/securitydata.h"
#include "server/database.h"
#include "server/securitystore.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <sys/resource.h>

using namespace facturos;
using namespace facturos::test;

namespace {

struct Stats
{
    double median = 0, p95 = 0, max = 0;
};

Stats summarize(QList<double> ms)
{
    if (ms.isEmpty())
        return {};
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.at(qMin(ms.size() - 1, int(ms.size() * 0.95))), ms.last()};
}

double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// Runs the event loop until `done`, checked whenever one of `watched` is shown or hidden (the page's progress
// bars) and on `model`'s new rows: no polling, so the figures are the app's own time. Not QTest::qWaitFor,
// which sleeps 10 ms between passes, and the app and the in-process server need several passes per request.
class Waiter final : public QObject
{
public:
    Waiter(QList<QWidget *> watched, QAbstractItemModel *model) : m_watched(std::move(watched))
    {
        for (QWidget *widget : m_watched)
            widget->installEventFilter(this);
        connect(model, &QAbstractItemModel::rowsInserted, this, [this] { check(); });
    }
    bool waitUntil(std::function<bool()> done, int timeoutMs = 20000)
    {
        if (done())
            return true;
        m_done = std::move(done);
        QTimer::singleShot(timeoutMs, &m_loop, &QEventLoop::quit);
        m_loop.exec();
        return m_done();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show || event->type() == QEvent::Hide)
            check();
        return QObject::eventFilter(watched, event);
    }

private:
    void check()
    {
        if (m_done && m_loop.isRunning() && m_done())
            m_loop.quit();
    }
    QList<QWidget *> m_watched;
    std::function<bool()> m_done;
    QEventLoop m_loop;
};

template <typename T> T *find(QWidget &root, const char *name)
{
    T *widget = root.findChild<T *>(QLatin1String(name));
    if (!widget) {
        std::fprintf(stderr, "no widget %s\n", name);
        std::exit(1);
    }
    return widget;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("FACTUROS_SOURCE_DIR")) // where TestServer finds the demo fixture
        qputenv("FACTUROS_SOURCE_DIR", FACTUROS_SOURCE_TREE);
    QApplication app(argc, argv);
    const int events = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int screens = argc > 2 ? QByteArray(argv[2]).toInt() : 100;

    AppHarness h; // the app as the GUI tests build it; confirmations are answered yes
    TestServer &server = *h.server;
    if (!server.isRunning()) {
        std::fprintf(stderr, "server: %s\n", qPrintable(server.error()));
        return 1;
    }
    QElapsedTimer seeding;
    seeding.start();
    {
        server::Database &db = server.server().database();
        server::SecurityStore store(db, server.clock());
        const QString userId = server.userId(kDemoEmail);
        const QDateTime newest = server.clock().now().addSecs(-60);
        db.transaction();
        for (int i = 0; i < events; ++i)
            store.appendActivity(userId, i % 40 == 0 ? ActivityKind::SignInFailed : ActivityKind::SignIn,
                                 QStringLiteral("192.0.2.%1").arg(i % 250),
                                 QStringLiteral("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 "
                                                "Firefox/145.0"),
                                 newest.addSecs(-300 * qint64(i)));
        db.commit();
    }
    std::printf("seeded %d activity events for the demo account in %.1f s\n", events, seeding.elapsed() / 1000.0);

    if (!h.startAndSignIn()) {
        std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(h.browser.failure));
        return 1;
    }
    app::CompositionRoot &root = *h.app;
    pages::MainWindow &window = root.window();
    using Status = controllers::SessionController::Status;
    QWidget *page = window.page(pages::section::Security); // built when first shown or asked for
    auto *busy = find<QProgressBar>(*page, "securityLoadingProgressBar");
    auto *fetching = find<QProgressBar>(*page, "securityActivityProgressBar");
    auto *activity = find<QTableView>(*page, "securityActivityTableView");
    const auto settled = [&] { return !busy->isVisibleTo(page) && !fetching->isVisibleTo(page); };
    Waiter waiter({busy, fetching}, activity->model());
    // The page loads in the background at sign-in.
    (void)QTest::qWaitFor([&] { return settled() && activity->model()->rowCount() > 0; }, 20000);

    std::printf("%-56s %9s %9s %9s\n", "(ms)", "median", "p95", "max");
    // Switching to a section and painting the window at once; Cookies & tracking, a page of switches, for scale.
    for (const QString &key : {pages::section::Cookies, pages::section::Security}) {
        QList<double> show;
        for (int i = 0; i < 21; ++i) {
            window.showSection(pages::section::Overview);
            window.repaint();
            QElapsedTimer timer;
            timer.start();
            window.showSection(key);
            window.repaint();
            if (i > 0) // the first one also lays the page out and loads its fonts and icons
                show.append(msSince(timer));
        }
        const Stats s = summarize(show);
        std::printf(
            "%-56s %9.2f %9.2f %9.2f\n",
            qPrintable(QStringLiteral("show the %1 section (data already read)").arg(pages::MainWindow::titleFor(key))),
            s.median, s.p95, s.max);
    }

    auto *reload = find<QPushButton>(*page, "securityReloadButton");
    QList<double> loads;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        reload->click();
        waiter.waitUntil([&] { return settled() && activity->model()->rowCount() > 0; });
        window.repaint();
        loads.append(msSince(timer));
    }
    Stats s = summarize(loads);
    std::printf("%-56s %9.2f %9.2f %9.2f\n", "reload: 3 lists + first activity page, painted", s.median, s.p95, s.max);

    auto *tabs = find<QTabWidget>(*page, "securityTabWidget");
    tabs->setCurrentWidget(find<QWidget>(*page, "securityActivityTab"));
    window.repaint();
    activity->setFocus();
    activity->setCurrentIndex(activity->model()->index(0, 0));
    QList<double> steps;
    QList<double> fetches;
    int fetched = 0;
    for (int i = 0; i < screens; ++i) {
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(activity, Qt::Key_PageDown);
        activity->viewport()->repaint();
        steps.append(msSince(timer));
        // At the bottom the view asks for the next page (from a zero timer): wait for its rows to arrive.
        QElapsedTimer wait;
        wait.start();
        const int before = activity->model()->rowCount();
        QCoreApplication::processEvents();
        if (fetching->isVisibleTo(page)) {
            waiter.waitUntil([&] { return !fetching->isVisibleTo(page); });
            activity->viewport()->repaint();
            fetches.append(msSince(wait));
            fetched += activity->model()->rowCount() - before;
        }
    }
    s = summarize(steps);
    std::printf("%-56s %9.2f %9.2f %9.2f\n",
                qPrintable(QStringLiteral("scroll one screen (Page Down + paint), %1x").arg(screens)), s.median, s.p95,
                s.max);
    s = summarize(fetches);
    std::printf("%-56s %9.2f %9.2f %9.2f\n",
                qPrintable(QStringLiteral("fetch the next page at the bottom, %1x").arg(fetches.size())), s.median,
                s.p95, s.max);
    // The same fetch with the window hidden: network, server, decoding and row insertion without painting (the
    // in-process server shares the GUI thread, so above its work and the paint add up; apart they overlap).
    window.hide();
    QList<double> unpainted;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer timer;
        timer.start();
        const int before = activity->model()->rowCount();
        activity->model()->fetchMore({});
        waiter.waitUntil([&] { return activity->model()->rowCount() > before; });
        unpainted.append(msSince(timer));
    }
    s = summarize(unpainted);
    std::printf("%-56s %9.2f %9.2f %9.2f\n", "fetch the next page, window hidden, 10x", s.median, s.p95, s.max);
    const int visible = activity->viewport()->height() / activity->verticalHeader()->defaultSectionSize();
    std::printf("rows visible per screen: %d; rows read: %d of %d (%d fetched while scrolling %d screens)\n", visible,
                activity->model()->rowCount(), events, fetched, screens);
    std::printf("peak RSS of the whole process (server and its database included): %ld MiB\n", peakRssMiB());
    root.session().signOut();
    (void)QTest::qWaitFor([&] { return root.session().status() != Status::SignedIn; }, 10000);
    return 0;
}
