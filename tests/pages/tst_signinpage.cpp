// The sign-in screen: its default state, a real browser sign-in (the test is the browser) up to the overview,
// cancel, "copy the link", an unreachable server, and the silent sign-in at the next start (the window shows
// with the account on it, or after a short wait with the Overview loading when the server is slow).

#include "guitest.h"

#include "auth/keychaintokenstore.h"
#include "auth/ssosession.h"
#include "holdingproxy.h"
#include "pages/errortext.h"

#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QProgressBar>
#include <QStackedWidget>
#include <QTcpServer>

using namespace facturos;
using namespace facturos::test;
using Status = controllers::SessionController::Status;

namespace {
// Calls `shown` when `widget` gets its Show event.
struct ShowWatch final : QObject
{
    ShowWatch(QWidget *widget, std::function<void()> shown) : m_shown(std::move(shown))
    {
        widget->installEventFilter(this);
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Show)
            m_shown();
        return false;
    }
    std::function<void()> m_shown;
};
} // namespace

class TestSignInPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<AppHarness> h;

private slots:
    void initTestCase() { QVERIFY2(keyringProblem().isEmpty(), qPrintable(keyringProblem())); }
    void init()
    {
        h = std::make_unique<AppHarness>();
        QVERIFY2(h->server->isRunning(), qPrintable(h->server->error()));
    }
    void cleanup()
    {
        h->signOut();
        h.reset();
    }

    void shouldShowTheSignInScreenWhenNothingIsStored()
    {
        h->start();
        QTRY_COMPARE(h->app->session().status(), Status::SignedOut);
        auto *root = findWidget<QStackedWidget>(&h->window(), QStringLiteral("rootStackedWidget"));
        QVERIFY(root);
        QCOMPARE(root->currentWidget()->objectName(), QStringLiteral("signInPage"));
        auto *signIn = findWidget<QPushButton>(&h->window(), QStringLiteral("signInButton"));
        QVERIFY(signIn);
        QTRY_VERIFY(signIn->isVisible());
        QVERIFY(signIn->isEnabled());
        QCOMPARE(signIn->accessibleName(), QStringLiteral("Sign in with Facturos"));
        QVERIFY(!signIn->accessibleDescription().isEmpty());
        QVERIFY(!findWidget<QLabel>(&h->window(), QStringLiteral("signInErrorLabel"))->isVisible());
        QVERIFY(!findWidget<QPushButton>(&h->window(), QStringLiteral("tryAgainButton"))->isVisible());
        QVERIFY(h->browser.opened.isEmpty()); // the silent sign-in never opens the browser
    }

    void shouldSignInThroughTheBrowserAndShowTheOverview()
    {
        QVERIFY(h->startAndSignIn());
        QCOMPARE(h->browser.opened.size(), 1);
        auto *name = findWidget<QLabel>(&h->window(), QStringLiteral("nameLabel"));
        QVERIFY(name);
        QTRY_COMPARE(name->text(), QStringLiteral("Camille Durand"));
        QCOMPARE(findWidget<QLabel>(&h->window(), QStringLiteral("emailLabel"))->text(), kDemoEmail);
        QTRY_VERIFY(name->isVisible());
        QCOMPARE(h->window().currentSection(), pages::section::Overview);
    }

    void shouldSignInSilentlyAtTheNextStart()
    {
        QVERIFY(h->startAndSignIn());
        h->app.reset(); // quit without signing out: the refresh token stays in the keychain
        h->browser.opened.clear();
        h->showDeadlineMs = 60000; // however slow this machine is today
        h->start();
        // The window waits for the account: its first frame shows it, not an empty shell.
        QCOMPARE(h->app->session().status(), Status::Restoring);
        QVERIFY(!h->window().isVisible());
        auto *name = findWidget<QLabel>(&h->window(), QStringLiteral("nameLabel"));
        QVERIFY(name);
        QString nameWhenShown = QStringLiteral("(not shown)");
        ShowWatch watch(&h->window(), [&] { nameWhenShown = name->text(); });
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("Camille Durand"), 15000);
        QTRY_VERIFY(h->window().isVisible());
        QCOMPARE(nameWhenShown, QStringLiteral("Camille Durand"));
        QVERIFY(h->browser.opened.isEmpty());
    }

    // As the real app (no keyring service given): the refresh token is the profile's own, where --diagnose and
    // --support-snapshot look for it, and another profile does not see it.
    void shouldKeepTheSignInInTheProfilesOwnKeyringEntry()
    {
        h->keychainService.clear();
        QVERIFY(h->startAndSignIn());
        const QString key = auth::SsoSession::refreshTokenKey(h->server->url(), h->server->userId(kDemoEmail));
        auth::KeychainTokenStore profileStore(auth::KeychainTokenStore::serviceForProfile(h->profile.path()));
        QCOMPARE(readNow(profileStore, key).first, auth::TokenStoreStatus::Ok);
        auth::KeychainTokenStore defaultStore(auth::KeychainTokenStore::kDefaultService);
        QCOMPARE(readNow(defaultStore, key).first, auth::TokenStoreStatus::NotFound);

        h->app.reset(); // quit without signing out
        h->start();
        QTRY_COMPARE_WITH_TIMEOUT(h->app->session().status(), Status::SignedIn, 15000);
        QCOMPARE(h->browser.opened.size(), 1); // the first sign-in only

        // Another profile with the same settings (same server, same account): it looks in its own entry.
        AppHarness other;
        other.server.reset(); // h's serves both
        other.keychainService.clear();
        const QString settingsFile = QFileInfo(h->app->settingsPath()).fileName();
        h->app.reset();
        QVERIFY(QFile::copy(h->profile.filePath(settingsFile), other.profile.filePath(settingsFile)));
        other.start(h->server->url());
        QCOMPARE(other.app->session().status(), Status::Restoring); // it found the account in the settings
        QTRY_COMPARE_WITH_TIMEOUT(other.app->session().status(), Status::SignedOut, 15000);
        QVERIFY(other.browser.opened.isEmpty());
    }

    void shouldShowTheWindowSoonWhenTheServerIsSlowAtTheNextStart()
    {
        HoldingProxy proxy; // between the app and the server, to hold the account's answer
        QVERIFY(proxy.listen());
        h->server = std::make_unique<TestServer>([&proxy](server::ServerOptions &o) { o.issuer = proxy.url(); });
        QVERIFY2(h->server->isRunning(), qPrintable(h->server->error()));
        proxy.setUpstream(h->server->url());
        QVERIFY(h->startAndSignIn(proxy.url()));
        h->app.reset();

        proxy.holdAnswer("/v1/account", 0);
        QElapsedTimer sinceStart;
        sinceStart.start();
        h->start(proxy.url());
        QVERIFY(!h->window().isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(h->window().isVisible(), 5000);
        QVERIFY(sinceStart.elapsed() >= h->showDeadlineMs - 5);
        // Shown at the deadline: the sections, and the Overview saying that it is loading.
        QTRY_VERIFY(proxy.isHolding());
        auto *name = findWidget<QLabel>(&h->window(), QStringLiteral("nameLabel"));
        QCOMPARE(name->text(), QString());
        QVERIFY(findWidget<QProgressBar>(&h->window(), QStringLiteral("loadingProgressBar"))->isVisible());
        QCOMPARE(findWidget<QStackedWidget>(&h->window(), QStringLiteral("rootStackedWidget"))
                     ->currentWidget()
                     ->objectName(),
                 QStringLiteral("shellPage"));
        proxy.release();
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("Camille Durand"), 15000);
        h->signOut(); // while the proxy is still there
    }

    void shouldCopyTheLinkAndCancel()
    {
        h->browser.act = false; // a machine where no browser opens
        h->start();
        QTRY_COMPARE(h->app->session().status(), Status::SignedOut);
        QTest::mouseClick(findWidget<QPushButton>(&h->window(), QStringLiteral("signInButton")), Qt::LeftButton);
        QTRY_COMPARE(h->app->session().status(), Status::WaitingForBrowser);
        auto *waiting = findWidget<QLabel>(&h->window(), QStringLiteral("waitingLabel"));
        QVERIFY(waiting);
        QTRY_VERIFY(waiting->isVisible());
        QTRY_VERIFY2(waiting->text().contains(QStringLiteral("did not open")), qPrintable(waiting->text()));
        QTest::mouseClick(findWidget<QPushButton>(&h->window(), QStringLiteral("copyLinkButton")), Qt::LeftButton);
        QCOMPARE(h->browser.opened.size(), 1);
        QCOMPARE(QGuiApplication::clipboard()->text(), h->browser.opened.constFirst().toString(QUrl::FullyEncoded));
        QVERIFY(!findWidget<QLabel>(&h->window(), QStringLiteral("copiedLabel"))->text().isEmpty());

        QTest::mouseClick(findWidget<QPushButton>(&h->window(), QStringLiteral("cancelButton")), Qt::LeftButton);
        auto *error = findWidget<QLabel>(&h->window(), QStringLiteral("signInErrorLabel"));
        QTRY_COMPARE(error->text(), pages::ErrorText::forSession(auth::SessionError::Cancelled));
        QVERIFY(error->isVisible());
        QVERIFY(findWidget<QPushButton>(&h->window(), QStringLiteral("signInButton"))->isVisible());
    }

    void shouldSayPlainlyWhenTheServerIsUnreachable()
    {
        QTcpServer probe; // a port nobody listens on any more
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        QUrl closed(QStringLiteral("http://127.0.0.1"));
        closed.setPort(probe.serverPort());
        probe.close();
        h->start(closed);
        QTRY_VERIFY(h->app->session().status() != Status::Restoring);
        QTest::mouseClick(findWidget<QPushButton>(&h->window(), QStringLiteral("signInButton")), Qt::LeftButton);
        auto *error = findWidget<QLabel>(&h->window(), QStringLiteral("signInErrorLabel"));
        QTRY_COMPARE_WITH_TIMEOUT(error->text(), pages::ErrorText::forSession(auth::SessionError::ServerUnreachable),
                                  10000);
        QVERIFY(error->text().contains(QStringLiteral("can't be reached")));
        QVERIFY(h->browser.opened.isEmpty());
    }
};

QTEST_MAIN(TestSignInPage)
#include "tst_signinpage.moc"
