// SsoSession against the real reference server and the real keychain: browser sign-in through the UrlOpener,
// silent sign-in on the next start, refresh with rotation, sign-out with revocation, and the two ways a
// refresh can fail (refused → signed out; offline → token kept).
#include "sessionharness.h"

#include "auth/loopbacklistener.h"

#include <QFileInfo>
#include <QTcpSocket>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;
using auth::SessionError;
using auth::SessionState;

class TestSsoSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { FACTUROS_VERIFY_KEYRING(); }

    void signInThroughTheBrowserStoresOnlyTheRefreshToken()
    {
        SessionHarness h;
        QVERIFY2(h.server->isRunning(), qPrintable(h.server->error()));
        h.browser.sendGarbageFirst = true; // a stray wrong-state request must not break the flow
        auto session = h.makeSession();
        QSignalSpy started(session.get(), &auth::SsoSession::authorizationStarted);
        QSignalSpy states(session.get(), &auth::SsoSession::stateChanged);
        FACTUROS_VERIFY_SIGN_IN(*session, h);

        QCOMPARE(started.size(), 1);
        const QUrl url = started.at(0).at(0).toUrl();
        QVERIFY(started.at(0).at(1).toBool());
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QVERIFY(query.queryItemValue(QStringLiteral("state")).size() >= 22);
        QVERIFY(BrowserOpener::redirectUriOf(url).startsWith(QLatin1String("http://127.0.0.1:")));
        QCOMPARE(h.browser.callbackStatus, 200);
        QCOMPARE(states.first().at(0).value<SessionState>(), SessionState::SigningIn);

        QCOMPARE(session->state(), SessionState::SignedIn);
        QCOMPARE(session->accountId(), h.server->userId(kDemoEmail));
        QVERIFY(session->authorizationUrl().isEmpty());
        QCOMPARE(HttpClient().get(h.server->url(QStringLiteral("/v1/account")), session->accessToken()).status, 200);
        const QByteArray stored = h.storedToken(kDemoEmail);
        QVERIFY(!stored.isEmpty());
        QVERIFY(stored != session->accessToken());
        QVERIFY(!h.settings.allKeys().isEmpty());
        for (const QString &key : h.settings.allKeys())
            QVERIFY(!h.settings.value(key).toByteArray().contains(stored)); // no secret in the settings
        QVERIFY(!session->isMemoryOnly());

        // The listener closed after success: its port no longer answers.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, QUrl(BrowserOpener::redirectUriOf(url)).port());
        QVERIFY(!probe.waitForConnected(2000));
        h.cleanup();
    }

    void nextStartSignsInSilentlyFromTheKeychain()
    {
        SessionHarness h;
        {
            auto first = h.makeSession();
            FACTUROS_VERIFY_SIGN_IN(*first, h);
        }
        const QByteArray before = h.storedToken(kDemoEmail);
        auto next = h.makeSession();
        QSignalSpy signedIn(next.get(), &auth::SsoSession::signedIn);
        next->restoreSession();
        QCOMPARE(next->state(), SessionState::Restoring);
        QVERIFY(signedIn.wait(10000));
        QCOMPARE(signedIn.at(0).at(0).toString(), h.server->userId(kDemoEmail));
        QCOMPARE(h.browser.opened.size(), 1); // only the first session opened the browser
        QCOMPARE(HttpClient().get(h.server->url(QStringLiteral("/v1/account")), next->accessToken()).status, 200);
        QVERIFY(h.storedToken(kDemoEmail) != before); // the silent refresh rotated and stored the token
        h.cleanup();
    }

    void nothingStoredMeansSignedOut()
    {
        SessionHarness h;
        auto session = h.makeSession();
        session->restoreSession();
        QCOMPARE(session->state(), SessionState::SignedOut);
        QVERIFY(h.browser.opened.isEmpty());
    }

    void refreshRotatesAndStoresTheNewTokenBeforeAnnouncingIt()
    {
        SessionHarness h;
        auto session = h.makeSession();
        FACTUROS_VERIFY_SIGN_IN(*session, h);
        const QByteArray oldAccess = session->accessToken();
        const QByteArray oldRefresh = h.storedToken(kDemoEmail);
        // Dated an hour back: a rewrite would show, however coarse the file system's clock.
        const QDateTime settingsWritten = QDateTime::currentDateTime().addSecs(-3600);
        {
            QFile file(h.settings.fileName());
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(settingsWritten, QFileDevice::FileModificationTime));
        }
        h.server->clock().advance(11 * 60);
        QCOMPARE(HttpClient().get(h.server->url(QStringLiteral("/v1/account")), oldAccess).status, 401);

        QByteArray storedWhenAnnounced;
        connect(session.get(), &auth::SsoSession::refreshed, this, [&] { storedWhenAnnounced = h.store.lastWritten; });
        QSignalSpy refreshed(session.get(), &auth::SsoSession::refreshed);
        session->requestRefresh();
        session->requestRefresh(); // shared with the refresh in flight
        QCOMPARE(session->state(), SessionState::Refreshing);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(session->state(), SessionState::SignedIn);
        QVERIFY(session->accessToken() != oldAccess);
        QCOMPARE(HttpClient().get(h.server->url(QStringLiteral("/v1/account")), session->accessToken()).status, 200);
        const QByteArray newRefresh = h.storedToken(kDemoEmail);
        QVERIFY(!newRefresh.isEmpty());
        QVERIFY(newRefresh != oldRefresh);
        QCOMPARE(storedWhenAnnounced, newRefresh);
        // Same issuer, same account: the settings file is not written again at each rotation.
        QCOMPARE(QFileInfo(h.settings.fileName()).lastModified().toSecsSinceEpoch(),
                 settingsWritten.toSecsSinceEpoch());
        QCOMPARE(h.settings.value(QStringLiteral("auth/lastAccountId")).toString(), session->accountId());
        h.cleanup();
    }

    void signOutRevokesAndDeletesTheEntry()
    {
        SessionHarness h;
        auto session = h.makeSession();
        FACTUROS_VERIFY_SIGN_IN(*session, h);
        const QByteArray refresh = h.storedToken(kDemoEmail);
        QVERIFY(!refresh.isEmpty());
        QSignalSpy signedOut(session.get(), &auth::SsoSession::signedOut);
        session->signOut();
        QCOMPARE(session->state(), SessionState::SignedOut);
        QVERIFY(session->accessToken().isEmpty());
        QVERIFY(session->accountId().isEmpty());
        QVERIFY(signedOut.wait(10000));
        QCOMPARE(readNow(h.store, h.keyFor(kDemoEmail)).first, auth::TokenStoreStatus::NotFound);
        QCOMPARE(h.tryRefresh(refresh).error, QStringLiteral("invalid_grant"));
        QVERIFY(h.settings.allKeys().isEmpty());

        auto next = h.makeSession(); // and the next start stays signed out
        next->restoreSession();
        QCOMPARE(next->state(), SessionState::SignedOut);
    }

    void signOutOfflineStillDeletesTheEntry()
    {
        SessionHarness h;
        auto session = h.makeSession();
        FACTUROS_VERIFY_SIGN_IN(*session, h);
        const QString key = h.keyFor(kDemoEmail);
        QCOMPARE(readNow(h.store, key).first, auth::TokenStoreStatus::Ok);
        h.server.reset(); // the server is gone: connection refused
        QSignalSpy signedOut(session.get(), &auth::SsoSession::signedOut);
        session->signOut();
        QVERIFY(signedOut.wait(10000));
        QCOMPARE(readNow(h.store, key).first, auth::TokenStoreStatus::NotFound);
        QVERIFY(h.settings.allKeys().isEmpty());
    }

    void refusedRefreshSignsOutCleanly()
    {
        SessionHarness h;
        auto session = h.makeSession();
        FACTUROS_VERIFY_SIGN_IN(*session, h);
        QCOMPARE(SsoBrowser(h.issuer).revoke(h.storedToken(kDemoEmail), QStringLiteral("refresh_token")).status, 200);

        QSignalSpy failed(session.get(), &auth::SsoSession::refreshFailed);
        QSignalSpy signedOut(session.get(), &auth::SsoSession::signedOut);
        session->requestRefresh();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).toBool(), true); // needs an interactive sign-in
        QCOMPARE(signedOut.size(), 1);
        QCOMPARE(session->state(), SessionState::SignedOut);
        QCOMPARE(session->lastError(), SessionError::SessionExpired);
        QVERIFY(session->accessToken().isEmpty());
        QTRY_COMPARE(readNow(h.store, h.keyFor(kDemoEmail)).first, auth::TokenStoreStatus::NotFound);
    }

    void offlineRefreshKeepsTheToken()
    {
        SessionHarness h;
        auto session = h.makeSession();
        FACTUROS_VERIFY_SIGN_IN(*session, h);
        const QByteArray stored = h.storedToken(kDemoEmail);
        const QString account = session->accountId();
        h.server.reset();

        QSignalSpy failed(session.get(), &auth::SsoSession::refreshFailed);
        session->requestRefresh();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).toBool(), false); // transient: try again later
        QCOMPARE(session->state(), SessionState::SignedIn);
        QCOMPARE(session->lastError(), SessionError::ServerUnreachable);
        QCOMPARE(session->accountId(), account);
        QCOMPARE(readNow(h.store, auth::SsoSession::refreshTokenKey(h.issuer, account)).second, stored);
        (void)deleteNow(h.store, auth::SsoSession::refreshTokenKey(h.issuer, account));
    }
};

QTEST_MAIN(TestSsoSession)
#include "tst_ssosession.moc"
