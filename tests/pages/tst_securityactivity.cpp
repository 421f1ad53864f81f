// The Security page's activity table over a long history (5,000 seeded events on top of the demo's year): the
// first page only at start, one more page each time the user reaches the bottom and never the whole history,
// rows of one fixed height; "This wasn't me" on a row (button and context menu) signing out every other
// session and opening the password change page, a declined one sending nothing; a page that cannot be read
// said in words with Try again.

#include "guitest.h"

#include "core/securitydata.h"
#include "pages/errortext.h"
#include "server/database.h"
#include "server/securitystore.h"

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>
#include <QTabWidget>

using namespace facturos;
using namespace facturos::test;

namespace {
constexpr int kSeeded = 5000;
constexpr int kPage = 100; // the app's activity page size
} // namespace

class TestSecurityActivity : public QObject
{
    Q_OBJECT
    std::unique_ptr<AppHarness> h;

    QWidget *page() { return findWidget<QWidget>(&h->window(), QStringLiteral("securityPage")); }
    template <typename T> T *w(const char *name) { return findWidget<T>(page(), QLatin1String(name)); }
    QTableView *activity() { return w<QTableView>("securityActivityTableView"); }
    int rows() { return activity()->model()->rowCount(); }
    bool fetching() { return w<QProgressBar>("securityActivityProgressBar")->isVisible(); }
    void clickRow(int row)
    {
        QTest::mouseClick(activity()->viewport(), Qt::LeftButton, {},
                          activity()->visualRect(activity()->model()->index(row, 1)).center());
    }
    QStringList serverSessions(const QByteArray &token, bool current)
    {
        const HttpResult answer = HttpClient().get(h->server->url(QStringLiteral("/v1/account/sessions")), token);
        QStringList ids;
        for (const QJsonValue &item : answer.json().value(QStringLiteral("items")).toArray()) {
            if (item.toObject().value(QStringLiteral("current")).toBool() == current)
                ids.append(item.toObject().value(QStringLiteral("id")).toString());
        }
        return ids;
    }
    QUrl passwordPage()
    {
        QUrl url = h->server->url(QStringLiteral("/account/password"));
        url.setQuery(QStringLiteral("ui_locales=en"));
        return url;
    }

private slots:
    void initTestCase() { QVERIFY2(keyringProblem().isEmpty(), qPrintable(keyringProblem())); }
    void init()
    {
        h = std::make_unique<AppHarness>();
        QVERIFY2(h->server->isRunning(), qPrintable(h->server->error()));
        server::Database &db = h->server->server().database();
        server::SecurityStore store(db, h->server->clock());
        const QString userId = h->server->userId(kDemoEmail);
        const QDateTime newest = h->server->clock().now().addSecs(-60);
        QVERIFY(db.transaction());
        for (int i = 0; i < kSeeded; ++i)
            store.appendActivity(
                userId, i % 25 == 0 ? ActivityKind::SignInFailed : ActivityKind::SignIn,
                QStringLiteral("192.0.2.%1").arg(i % 250),
                QStringLiteral("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"),
                newest.addSecs(-60 * i));
        QVERIFY(db.commit());

        QVERIFY(h->startAndSignIn());
        QVERIFY(h->window().showSection(pages::section::Security));
        auto *tabs = w<QTabWidget>("securityTabWidget");
        tabs->setCurrentWidget(w<QWidget>("securityActivityTab"));
        QTRY_VERIFY(rows() > 0 && !fetching());
        QTRY_VERIFY(w<QTableView>("securitySessionsTableView")->model()->rowCount() == 4);
    }
    void cleanup()
    {
        h->signOut();
        h.reset();
    }

    void shouldFetchPagesOnlyAsTheUserScrolls()
    {
        QTableView *view = activity();
        QCOMPARE(rows(), kPage);
        QVERIFY(view->model()->canFetchMore({}));
        QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("Sign-in succeeded")); // this sign-in
        QCOMPARE(view->model()->index(1, 4).data().toString(), QStringLiteral("Firefox 128"));
        QCOMPARE(view->model()->index(1, 3).data().toString(), QStringLiteral("Linux"));

        // A screen down is not the bottom: the last row is out of sight and the scroll bar short of its end (the
        // two conditions on which a view asks its model for more), and nothing is fetched, then or after the
        // view's deferred layout.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_PageDown);
        QScrollBar *scrollBar = view->verticalScrollBar();
        QVERIFY(scrollBar->value() > 0 && scrollBar->value() < scrollBar->maximum());
        QVERIFY(!view->viewport()->rect().intersects(view->visualRect(view->model()->index(rows() - 1, 0))));
        QVERIFY(!fetching());
        for (int round = 0; round < 3; ++round) // the layout request, then the zero timer it may start
            QCoreApplication::processEvents();
        QVERIFY(!fetching());
        QCOMPARE(rows(), kPage);

        // Each time the user reaches the bottom, one more page, never the whole history.
        for (int page = 2; page <= 4; ++page) {
            QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
            QTRY_COMPARE(rows(), page * kPage);
            QTRY_VERIFY(!fetching());
        }
        QVERIFY(rows() < kSeeded);
        QVERIFY(view->model()->canFetchMore({}));
        QCOMPARE(view->currentIndex().row(), 3 * kPage - 1); // where the user pressed Ctrl+End last
        QVERIFY(view->verticalScrollBar()->value() < view->verticalScrollBar()->maximum());

        // One line per row at one fixed height, and no column measured from the rows.
        QHeaderView *rowsHeader = view->verticalHeader();
        QCOMPARE(rowsHeader->sectionResizeMode(0), QHeaderView::Fixed);
        QCOMPARE(rowsHeader->sectionSize(rows() - 1), rowsHeader->sectionSize(0));
        QVERIFY(!view->wordWrap());
        for (int column = 0; column < view->model()->columnCount(); ++column)
            QVERIFY(view->horizontalHeader()->sectionResizeMode(column) != QHeaderView::ResizeToContents);
    }

    void shouldSignOutOthersAndOpenThePasswordPage()
    {
        auto *notMe = w<QPushButton>("securityNotMeButton");
        QVERIFY(!notMe->isEnabled());
        clickRow(3);
        QVERIFY(notMe->isEnabled());
        const int opened = int(h->browser.opened.size());
        QTest::mouseClick(notMe, Qt::LeftButton);
        QCOMPARE(h->prompter.asked.size(), 1);
        // "session(s)" until the lead regenerates the English .ts, "sessions" after.
        QVERIFY(h->prompter.asked.first().details.contains(
            QRegularExpression(QStringLiteral("the 3 other session(\\(s\\)|s) signed in"))));
        QTRY_COMPARE(h->browser.opened.size(), opened + 1);
        QCOMPARE(h->browser.opened.last(), passwordPage());
        QCOMPARE(w<QTableView>("securitySessionsTableView")->model()->rowCount(), 1);
        QVERIFY(w<QLabel>("securityStatusLabel")->text().contains(QStringLiteral("Every other session")));

        // On the server, no other session is left besides this app's (and the one made here to look).
        const QByteArray token = h->server->signInDirect(kDemoEmail);
        QCOMPARE(serverSessions(token, false).size(), 1);
        QCOMPARE(serverSessions(token, true).size(), 1);
    }

    void shouldOfferItInTheContextMenuAndSendNothingWhenDeclined()
    {
        const QByteArray token = h->server->signInDirect(kDemoEmail);
        const QStringList before = serverSessions(token, false);
        QTableView *view = activity();
        const QPoint position = view->visualRect(view->model()->index(2, 1)).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, position, view->viewport()->mapToGlobal(position));
        QCoreApplication::sendEvent(view->viewport(), &event);
        auto *menu = page()->findChild<QMenu *>(QStringLiteral("securityActivityMenu"));
        QVERIFY(menu);
        QTRY_VERIFY(menu->isVisible());
        QCOMPARE(view->selectionModel()->selectedRows().value(0).row(), 2);
        auto *action = menu->findChild<QAction *>(QStringLiteral("securityNotMeAction"));
        QVERIFY(action && action->isEnabled());

        h->prompter.answer = false;
        const int opened = int(h->browser.opened.size());
        menu->close();
        action->trigger();
        QCOMPARE(h->prompter.asked.size(), 1);
        QCOMPARE(h->prompter.asked.first().title, QStringLiteral("This wasn't me"));
        QVERIFY(!w<QProgressBar>("securityLoadingProgressBar")->isVisible());
        QCOMPARE(h->browser.opened.size(), opened);
        QCOMPARE(serverSessions(token, false), before);
        QCOMPARE(w<QTableView>("securitySessionsTableView")->model()->rowCount(), 4);
    }

    void shouldSayWhenMoreActivityCannotBeRead()
    {
        h->server.reset();
        activity()->setFocus();
        QTest::keyClick(activity(), Qt::Key_End, Qt::ControlModifier);
        QTRY_VERIFY(w<QWidget>("securityActivityErrorFrame")->isVisible());
        QCOMPARE(w<QLabel>("securityActivityErrorLabel")->text(),
                 pages::ErrorText::forSession(auth::SessionError::ServerUnreachable));
        QVERIFY(w<QPushButton>("securityActivityRetryButton")->isVisible());
        QCOMPARE(rows(), kPage); // what was read stays
    }
};

QTEST_MAIN(TestSecurityActivity)
#include "tst_securityactivity.moc"
