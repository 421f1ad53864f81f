// SecurityController against the real server: sessions (current marked, sign out one, sign out all others),
// delegates (revoke), and activity paged lazily over a long seeded history — only the pages asked for are
// fetched. Every model runs under QAbstractItemModelTester.
#include "controllers/securitycontroller.h"
#include "controllertest.h"
#include "server/database.h"
#include "server/securitystore.h"

#include <QSet>
#include <QtTest>

using namespace facturos;
using namespace facturos::controllers;
using namespace facturos::test;

class TestSecurityController : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;

    static void watchModels(SecurityController &c)
    {
        testModel(c.sessions());
        testModel(c.activity());
        testModel(c.delegates());
    }

private slots:
    void init()
    {
        m_server = startServer();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    }

    void sessionsSignOutOneThenAllOthers()
    {
        AppRig rig(m_server);
        (void)m_server->signInDirect(kDemoEmail); // two more devices
        (void)m_server->signInDirect(kDemoEmail);
        SecurityController c(rig.security);
        watchModels(c);
        QVERIFY(loadNow(c));
        SessionListModel *sessions = c.sessions();
        QVERIFY(sessions->rowCount() >= 3);
        QCOMPARE(sessions->roleNames().value(SessionListModel::CurrentRole), QByteArray("current"));
        QString current, other;
        for (int row = 0; row < sessions->rowCount(); ++row) {
            const QModelIndex index = sessions->index(row);
            if (index.data(SessionListModel::CurrentRole).toBool())
                current = index.data(SessionListModel::IdRole).toString();
            else
                other = index.data(SessionListModel::IdRole).toString();
        }
        QVERIFY(!current.isEmpty());
        QVERIFY(!other.isEmpty());
        QVERIFY(!c.signOut(current)); // that is the Sign out button's job
        QVERIFY(!c.signOut(QStringLiteral("no-such-session")));

        const int before = sessions->rowCount();
        QSignalSpy removed(sessions, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(sessions, &QAbstractItemModel::modelReset);
        QSignalSpy signedOut(&c, &SecurityController::sessionSignedOut);
        QVERIFY(c.signOut(other));
        QVERIFY(signedOut.wait(10000));
        QCOMPARE(sessions->rowCount(), before - 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(sessions->rowOf(other), -1);

        QSignalSpy allOut(&c, &SecurityController::otherSessionsSignedOut);
        c.signOutAllOthers();
        QVERIFY(allOut.wait(10000));
        QCOMPARE(allOut.first().first().toInt(), before - 2);
        QCOMPARE(sessions->rowCount(), 1);
        QVERIFY(sessions->index(0).data(SessionListModel::CurrentRole).toBool());
        QVERIFY(reset.isEmpty()); // rows removed one by one, never a reset

        // The server agrees: a reload lists only this device, through dataChanged-free no-op updates.
        QSignalSpy changed(sessions, &QAbstractItemModel::dataChanged);
        QVERIFY(loadNow(c));
        QCOMPARE(sessions->rowCount(), 1);
        QVERIFY(reset.isEmpty());
    }

    void delegatesCanBeRevoked()
    {
        AppRig rig(m_server);
        SecurityController c(rig.security);
        watchModels(c);
        QVERIFY(loadNow(c));
        DelegateListModel *delegates = c.delegates();
        QVERIFY(delegates->rowCount() >= 1);
        const QString id = delegates->index(0).data(DelegateListModel::IdRole).toString();
        QVERIFY(!delegates->index(0).data(DelegateListModel::RoleRole).toString().isEmpty());
        const int before = delegates->rowCount();
        QSignalSpy revoked(&c, &SecurityController::delegateRevoked);
        QVERIFY(c.revokeDelegate(id));
        QVERIFY(revoked.wait(10000));
        QCOMPARE(delegates->rowCount(), before - 1);
        QVERIFY(loadNow(c)); // and it stays gone on the server
        QCOMPARE(delegates->rowOf(id), -1);
    }

    void activityIsFetchedOnlyAsFarAsScrolled()
    {
        const QString userId = m_server->userId(kDemoEmail);
        server::SecurityStore store(m_server->server().database(), m_server->clock());
        const QDateTime base = m_server->clock().now().addDays(-20);
        m_server->server().database().transaction();
        for (int i = 0; i < 5000; ++i)
            store.appendActivity(userId, ActivityKind::SignIn, QStringLiteral("192.0.2.%1").arg(i % 250),
                                 QStringLiteral("Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0"), base.addSecs(i * 60));
        m_server->server().database().commit();

        AppRig rig(m_server);
        SecurityController c(rig.security, 150);
        watchModels(c);
        ActivityListModel *activity = c.activity();
        QSignalSpy firstPage(activity, &ListModelBase::loaded);
        QVERIFY(loadNow(c));
        QTRY_VERIFY_WITH_TIMEOUT(!firstPage.isEmpty(), 10000);
        QCOMPARE(activity->rowCount(), 150);
        QCOMPARE(activity->pagesRequested(), 1);
        QVERIFY(activity->canFetchMore({}));

        activity->fetchMore({});
        activity->fetchMore({}); // a second call while one is in flight asks for nothing more
        QTRY_COMPARE_WITH_TIMEOUT(activity->rowCount(), 300, 10000);
        QCOMPARE(activity->pagesRequested(), 2);
        QVERIFY(!activity->isFetching());
        for (int row = 1; row < activity->rowCount(); ++row)
            QVERIFY(activity->index(row - 1).data(ActivityListModel::TimeRole).toDateTime() >=
                    activity->index(row).data(ActivityListModel::TimeRole).toDateTime());

        // Scrolling to the very end walks every page once, with no repeat.
        while (activity->canFetchMore({})) {
            const int rows = activity->rowCount();
            activity->fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(activity->rowCount() > rows || !activity->canFetchMore({}), 10000);
        }
        QVERIFY(activity->rowCount() >= 5000);
        QSet<QString> ids;
        for (const ActivityEvent &event : activity->items())
            ids.insert(event.id);
        QCOMPARE(ids.size(), activity->rowCount());
        QVERIFY(activity->pagesRequested() >= (activity->rowCount() + 149) / 150);
        QVERIFY(activity->pagesRequested() <= activity->rowCount() / 150 + 1);
    }

    void failuresAreExposed()
    {
        AppRig rig(m_server);
        SecurityController c(rig.security);
        m_server.reset();
        QSignalSpy failed(&c, &Controller::failed);
        c.load();
        QVERIFY(failed.wait(10000));
        QCOMPARE(c.state(), State::Error);
        QCOMPARE(c.error().kind, api::ApiError::Kind::Offline);
    }
};

QTEST_GUILESS_MAIN(TestSecurityController)
#include "tst_securitycontroller.moc"
