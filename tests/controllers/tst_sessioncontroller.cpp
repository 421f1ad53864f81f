// SessionController over a real SsoSession (real server, real keyring in scripts/test's D-Bus session, the
// test as the browser): signed out → waiting for the browser (with the link) → signed in → signed out; the
// link to copy when no browser opened; cancel.
#include "controllers/sessioncontroller.h"
#include "sessionharness.h"

#include <QtTest>

using namespace facturos;
using namespace facturos::controllers;
using namespace facturos::test;
using Status = SessionController::Status;

class TestSessionController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { FACTUROS_VERIFY_KEYRING(); }

    void signsInThroughTheBrowserAndOut()
    {
        SessionHarness h;
        QVERIFY2(h.server->isRunning(), qPrintable(h.server->error()));
        auto session = h.makeSession();
        SessionController c(*session);
        QCOMPARE(c.status(), Status::SignedOut);
        QVERIFY(c.signInLink().isEmpty());
        QSignalSpy statuses(&c, &SessionController::statusChanged);
        QSignalSpy links(&c, &SessionController::linkChanged);
        QSignalSpy signedIn(&c, &SessionController::signedIn);
        c.signIn();
        QVERIFY(signedIn.wait(15000));
        QCOMPARE(statuses.first().first().value<Status>(), Status::WaitingForBrowser);
        QCOMPARE(c.status(), Status::SignedIn);
        QVERIFY(c.browserOpened());
        QCOMPARE(links.first().first().toUrl(), h.browser.opened.first());
        QVERIFY(c.signInLink().isEmpty()); // gone once signed in
        QCOMPARE(c.accountId(), h.server->userId(kDemoEmail));
        QVERIFY(!c.isMemoryOnly());

        QSignalSpy signedOut(&c, &SessionController::signedOut);
        c.signOut();
        QVERIFY(signedOut.wait(15000));
        QCOMPARE(c.status(), Status::SignedOut);
        h.cleanup();
    }

    void withoutABrowserTheLinkIsThereToCopy()
    {
        SessionHarness h;
        QVERIFY2(h.server->isRunning(), qPrintable(h.server->error()));
        h.browser.act = false;
        auto session = h.makeSession();
        SessionController c(*session);
        QSignalSpy links(&c, &SessionController::linkChanged);
        c.signIn();
        QTRY_COMPARE_WITH_TIMEOUT(c.status(), Status::WaitingForBrowser, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!c.signInLink().isEmpty(), 10000);
        QVERIFY(!c.browserOpened());
        QCOMPARE(c.signInLink(), session->authorizationUrl());
        QSignalSpy errors(&c, &SessionController::errorOccurred);
        c.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(c.status(), Status::Error, 10000);
        QCOMPARE(c.errorCode(), auth::SessionError::Cancelled);
        QVERIFY(c.signInLink().isEmpty());
        QCOMPARE(errors.size(), 1);
        h.cleanup();
    }
};

QTEST_GUILESS_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
