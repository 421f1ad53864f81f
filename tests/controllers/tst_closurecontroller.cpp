// ClosureController against the real server: nothing scheduled at first; the typed e-mail must be the
// account's before anything is sent; scheduling gives the date 30 days ahead with marketing stopped by
// default; cancelling during the grace period; and a failed call keeps the state for a retry.
#include "controllers/closurecontroller.h"
#include "controllertest.h"

#include <QtTest>

using namespace facturos;
using namespace facturos::controllers;
using namespace facturos::test;

class TestClosureController : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;

private slots:
    void init()
    {
        m_server = startServer();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    }

    void typedEmailMustMatchBeforeAnythingIsSent()
    {
        AppRig rig(m_server);
        ClosureController c(rig.account);
        QVERIFY(!c.schedule(kDemoEmail)); // not loaded
        QVERIFY(c.email().isEmpty());
        QVERIFY(loadNow(c));
        QCOMPARE(c.email(), kDemoEmail);
        QVERIFY(!c.isScheduled());
        QVERIFY(!c.scheduledFor().isValid());
        QSignalSpy errors(&c, &ClosureController::fieldErrorsChanged);
        QVERIFY(!c.schedule(kOtherEmail));
        QCOMPARE(c.state(), State::Idle); // nothing was sent
        QCOMPARE(errors.size(), 1);
        QCOMPARE(c.fieldErrors().first().field, QStringLiteral("confirm"));
        QCOMPARE(c.fieldErrors().first().code, ClosureController::kConfirmMismatch);
        QVERIFY(!c.cancel()); // nothing to cancel
        QVERIFY(loadNow(c));
        QVERIFY(!c.isScheduled());
    }

    void schedulesThenCancels()
    {
        AppRig rig(m_server);
        ClosureController c(rig.account);
        QVERIFY(loadNow(c));
        QSignalSpy changed(&c, &ClosureController::closureChanged);
        QVERIFY(c.schedule(QStringLiteral("  DEMO@facturos.test "), QStringLiteral("Cessation d'activité")));
        QCOMPARE(c.state(), State::Saving);
        QVERIFY(changed.wait(10000));
        QVERIFY(c.fieldErrors().isEmpty());
        QVERIFY(c.isScheduled());
        QCOMPARE(c.closure()->stopMarketing, true);
        QCOMPARE(c.scheduledFor().date(), m_server->clock().now().addDays(kClosureGraceDays).date());
        QVERIFY(!c.schedule(kDemoEmail)); // already scheduled

        ClosureController other(rig.account); // what another page or the next start sees
        QVERIFY(loadNow(other));
        QCOMPARE(other.scheduledFor(), c.scheduledFor());

        QVERIFY(c.cancel());
        QVERIFY(changed.wait(10000));
        QVERIFY(!c.isScheduled());
        QVERIFY(loadNow(other));
        QVERIFY(!other.isScheduled());
    }

    void marketingOptOutCanBeDeclined()
    {
        AppRig rig(m_server);
        ClosureController c(rig.account);
        QVERIFY(loadNow(c));
        QSignalSpy changed(&c, &ClosureController::closureChanged);
        QVERIFY(c.schedule(kDemoEmail, {}, false));
        QVERIFY(changed.wait(10000));
        QCOMPARE(c.closure()->stopMarketing, false);
    }

    void failureKeepsStateForARetry()
    {
        AppRig rig(m_server);
        ClosureController c(rig.account);
        QVERIFY(loadNow(c));
        const quint16 port = quint16(m_server->url().port());
        m_server.reset();
        QSignalSpy failed(&c, &Controller::failed);
        QVERIFY(c.schedule(kDemoEmail));
        QVERIFY(failed.wait(10000));
        QCOMPARE(c.error().kind, api::ApiError::Kind::Offline);
        QVERIFY(!c.isScheduled());
        m_server = startServer(port);
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
        QSignalSpy changed(&c, &ClosureController::closureChanged);
        QVERIFY(c.schedule(kDemoEmail));
        QVERIFY(changed.wait(10000));
        QVERIFY(c.isScheduled());
    }
};

QTEST_GUILESS_MAIN(TestClosureController)
#include "tst_closurecontroller.moc"
