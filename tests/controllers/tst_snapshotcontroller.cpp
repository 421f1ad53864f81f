// SupportSnapshot against the real server: it reads every list to its end (the totals are the server's), marks
// a list cut at the limit as a lower bound, leaves out the current session and its sign-in for the support
// sign-in to replace, reports the first failure as failed() with nothing taken, and says nothing once cancelled
// (while reading or while building).
#include "controllertest.h"

#include "controllers/supportsnapshot.h"
#include "server/database.h"

#include <QJsonArray>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

class TestSnapshotController : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> server;
    std::unique_ptr<AppRig> rig;
    std::unique_ptr<controllers::SupportSnapshot> snapshot;

    int countOf(const char *table)
    {
        return server->server()
            .database()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE user_id = ?").arg(QLatin1String(table)),
                    {server->userId(kDemoEmail)})
            .toInt();
    }
    QJsonObject list(const char *name) const
    {
        return snapshot->document()
            .value(QStringLiteral("snapshot"))
            .toObject()
            .value(QStringLiteral("lists"))
            .toObject()
            .value(QLatin1String(name))
            .toObject();
    }
    bool take()
    {
        QSignalSpy taken(snapshot.get(), &controllers::SupportSnapshot::taken);
        snapshot->take(controllers::snapshotContext(server->url(), QStringLiteral("fr"), {QStringLiteral("overview")}));
        return taken.wait(20000);
    }

private slots:
    void init()
    {
        server = startServer();
        QVERIFY2(server->isRunning(), qPrintable(server->error()));
        rig = std::make_unique<AppRig>(server);
        snapshot = std::make_unique<controllers::SupportSnapshot>(
            controllers::SupportSnapshot::Apis{rig->account, rig->mailboxes, rig->security, rig->data});
    }
    void cleanup()
    {
        snapshot.reset();
        rig.reset();
        server.reset();
    }

    void readsEveryListToItsEnd()
    {
        QSignalSpy progressed(snapshot.get(), &controllers::SupportSnapshot::progressed);
        QVERIFY(take());
        QCOMPARE(snapshot->state(), controllers::State::Idle);
        QCOMPARE(progressed.last().at(0).toInt(), progressed.last().at(1).toInt());
        QCOMPARE(list("activity").value(QStringLiteral("total")).toInt(), countOf("activity"));
        QCOMPARE(list("activity").value(QStringLiteral("totalIsLowerBound")).toBool(), false);
        QCOMPARE(list("consents").value(QStringLiteral("total")).toInt(), countOf("consents"));
        QCOMPARE(list("sessions").value(QStringLiteral("total")).toInt(), countOf("sessions"));
        QCOMPARE(list("sessions").value(QStringLiteral("leftForTheSupportSignIn")).toInt(), 1); // this rig's
        const QJsonObject user = snapshot->document().value(QStringLiteral("users")).toArray().at(0).toObject();
        QCOMPARE(user.value(QStringLiteral("sessions")).toArray().size(), countOf("sessions") - 1);
        QCOMPARE(snapshot->document().value(QStringLiteral("snapshot")).toObject().value(QStringLiteral("language")),
                 QStringLiteral("fr"));
        QVERIFY(snapshot->json().startsWith(QByteArrayLiteral("{\n    \""))); // indented, as the user reads it
    }

    void aListCutAtTheLimitIsALowerBound()
    {
        snapshot->setListLimit(50);
        QVERIFY(take());
        QCOMPARE(list("activity").value(QStringLiteral("total")).toInt(), 50);
        QCOMPARE(list("activity").value(QStringLiteral("totalIsLowerBound")).toBool(), true);
        QCOMPARE(list("consents").value(QStringLiteral("totalIsLowerBound")).toBool(), false); // 5 < 50
    }

    void theFirstFailureIsReportedAndNothingIsTaken()
    {
        server.reset(); // nothing answers any more
        QSignalSpy failed(snapshot.get(), &controllers::SupportSnapshot::failed);
        QSignalSpy taken(snapshot.get(), &controllers::SupportSnapshot::taken);
        snapshot->take(controllers::snapshotContext(QUrl(), QStringLiteral("en"), {}));
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(snapshot->state(), controllers::State::Error);
        QCOMPARE(snapshot->error().kind, api::ApiError::Kind::Offline);
        QVERIFY(taken.isEmpty());
        QVERIFY(snapshot->document().isEmpty());
    }

    // Cancelled while reading, then while the document is built on the worker thread: neither says anything,
    // and the snapshot taken next is its own.
    void cancelledSaysNothing()
    {
        QSignalSpy taken(snapshot.get(), &controllers::SupportSnapshot::taken);
        QSignalSpy failed(snapshot.get(), &controllers::SupportSnapshot::failed);
        snapshot->take(controllers::snapshotContext(server->url(), QStringLiteral("en"), {}));
        QVERIFY(snapshot->isBusy());
        snapshot->cancel();
        QCOMPARE(snapshot->state(), controllers::State::Idle);

        // Queued: runs once the last part is in and the build has begun (its result is queued behind this).
        bool cancelledWhileBuilding = false;
        const auto connection = connect(
            snapshot.get(), &controllers::SupportSnapshot::progressed, this,
            [&](int done, int total) {
                if (done == total && snapshot->isBusy()) {
                    snapshot->cancel();
                    cancelledWhileBuilding = true;
                }
            },
            Qt::QueuedConnection);
        snapshot->take(controllers::snapshotContext(server->url(), QStringLiteral("en"), {}));
        QTRY_VERIFY_WITH_TIMEOUT(cancelledWhileBuilding, 20000);
        disconnect(connection);
        QCOMPARE(snapshot->state(), controllers::State::Idle);
        QVERIFY(snapshot->document().isEmpty());

        QVERIFY(take()); // in French: a document from one of the cancelled ones would be in English
        QCOMPARE(taken.size(), 1);
        QVERIFY(failed.isEmpty());
        QCOMPARE(snapshot->document().value(QStringLiteral("snapshot")).toObject().value(QStringLiteral("language")),
                 QStringLiteral("fr"));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotController)
#include "tst_snapshotcontroller.moc"
