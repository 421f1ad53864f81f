// OverviewController against the real server: the account summary and the alerts computed from the data —
// a mailbox needing reconnection, a privacy statement updated since the user's acknowledgement (cleared by
// acknowledgeStatement()), a scheduled closure with its date, and the memory-only sign-in notice.
#include "controllers/closurecontroller.h"
#include "controllers/overviewcontroller.h"
#include "controllertest.h"

#include <QtTest>

using namespace facturos;
using namespace facturos::controllers;
using namespace facturos::test;

using Kind = OverviewAlert::Kind;

class TestOverviewController : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;

private slots:
    void init()
    {
        m_server = startServer();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    }

    void showsTheAccountAndItsAlerts()
    {
        AppRig rig(m_server);
        OverviewController c(rig.account, rig.mailboxes);
        QVERIFY(!c.hasLoaded());
        QVERIFY(c.alerts().isEmpty());
        QSignalSpy alerts(&c, &OverviewController::alertsChanged);
        QVERIFY(loadNow(c));
        QCOMPARE(c.state(), State::Idle);
        QCOMPARE(c.account()->email, kDemoEmail);
        QCOMPARE(c.account()->id, m_server->userId(kDemoEmail));
        QVERIFY(c.account()->memberSince.isValid());
        QCOMPARE(alerts.size(), 1);
        QVERIFY(c.hasAlert(Kind::MailboxNeedsReconnection));
        const auto mailbox = std::find_if(c.alerts().begin(), c.alerts().end(), [](const OverviewAlert &a) {
            return a.kind == Kind::MailboxNeedsReconnection;
        });
        QCOMPARE(mailbox->subject, QStringLiteral("contact@atelier-durand.fr"));
        QCOMPARE(mailbox->reason, MailboxReason::AuthenticationFailed);
        // The demo user acknowledged the 2018 statement; a newer one is current.
        QVERIFY(c.hasAlert(Kind::StatementUpdated));
        QVERIFY(!c.hasAlert(Kind::ClosureScheduled));
        QVERIFY(!c.hasAlert(Kind::MemoryOnlySession));
    }

    void acknowledgingTheStatementClearsItsAlert()
    {
        AppRig rig(m_server);
        OverviewController c(rig.account, rig.mailboxes);
        QVERIFY(loadNow(c));
        QSignalSpy acknowledged(&c, &OverviewController::statementAcknowledged);
        QVERIFY(c.acknowledgeStatement());
        QVERIFY(acknowledged.wait(10000));
        QVERIFY(!c.hasAlert(Kind::StatementUpdated));
        OverviewController fresh(rig.account, rig.mailboxes);
        QVERIFY(loadNow(fresh));
        QVERIFY(!fresh.hasAlert(Kind::StatementUpdated));
    }

    void scheduledClosureAndMemoryOnlyNotice()
    {
        AppRig rig(m_server);
        ClosureController closure(rig.account);
        QSignalSpy closureLoaded(&closure, &ClosureController::loaded);
        closure.load();
        QVERIFY(closureLoaded.wait(10000));
        QSignalSpy scheduled(&closure, &ClosureController::closureChanged);
        QVERIFY(closure.schedule(kDemoEmail));
        QVERIFY(scheduled.wait(10000));

        OverviewController c(rig.account, rig.mailboxes);
        QVERIFY(loadNow(c));
        QVERIFY(c.hasAlert(Kind::ClosureScheduled));
        for (const OverviewAlert &alert : c.alerts()) {
            if (alert.kind == Kind::ClosureScheduled)
                QCOMPARE(alert.date, closure.scheduledFor());
        }
        QSignalSpy alerts(&c, &OverviewController::alertsChanged);
        c.setMemoryOnly(true);
        QCOMPARE(alerts.size(), 1);
        QVERIFY(c.hasAlert(Kind::MemoryOnlySession));
    }

    void failureIsExposed()
    {
        AppRig rig(m_server);
        OverviewController c(rig.account, rig.mailboxes);
        m_server.reset();
        QSignalSpy failed(&c, &Controller::failed);
        c.load();
        QVERIFY(failed.wait(10000));
        QCOMPARE(c.error().kind, api::ApiError::Kind::Offline);
        QVERIFY(!c.hasLoaded());
    }
};

QTEST_GUILESS_MAIN(TestOverviewController)
#include "tst_overviewcontroller.moc"
