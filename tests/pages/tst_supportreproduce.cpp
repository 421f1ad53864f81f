// Support reproduces a user's view: the user takes a snapshot through Help › Copy support snapshot…, support
// starts a second reference server from that file and signs in with the support password, and every screen
// shows the same structure — sections, status and alerts, which fields are filled and valid, choices, mailboxes
// with their statuses, sessions, the activity's first page and total, administrators, the data inventory with
// its counts, the consent history and its total, the closure state. Once on the demo account as it is, once with
// a scheduled closure, a pending e-mail change and a consent history longer than one page.

#include "snapshottest.h"

#include "core/json.h"
#include "server/closureservice.h"
#include "server/userstore.h"

#include <QFile>
#include <QLabel>

using namespace facturos;
using namespace facturos::test;

namespace {
const QString kSupportPassword = QStringLiteral("Support-reproduce-2026");
}

class TestSupportReproduce : public QObject
{
    Q_OBJECT
    QTemporaryDir files;

    // Takes the snapshot in the user's app, then reproduces it for support and compares every screen.
    void reproduce(AppHarness &user)
    {
        QVERIFY(user.startAndSignIn());
        QVERIFY2(everythingLoaded(user), "the user's app did not load every page");
        pages::SupportSnapshotDialog *dialog = nullptr;
        const QString text = takeSnapshotThroughHelp(user, &dialog);
        QVERIFY2(!text.isEmpty(), "no snapshot");
        dialog->close();
        const QStringList screens = screenStructure(user);
        const QStringList totals = listTotals(user);
        const QString userName = findWidget<QLabel>(&user.window(), QStringLiteral("nameLabel"))->text();
        user.signOut();

        const QString path =
            files.filePath(QStringLiteral("snapshot-%1.json").arg(QDateTime::currentMSecsSinceEpoch()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();
        const QJsonObject document = parseJsonObject(text.toUtf8()).value_or(QJsonObject());
        const QString supportEmail = document.value(QStringLiteral("snapshot"))
                                         .toObject()
                                         .value(QStringLiteral("supportSignIn"))
                                         .toObject()
                                         .value(QStringLiteral("email"))
                                         .toString();

        AppHarness support;
        support.server =
            std::make_unique<TestServer>([](server::ServerOptions &o) { o.supportPassword = kSupportPassword; }, path);
        QVERIFY2(support.server->isRunning(), qPrintable(support.server->error()));
        QCOMPARE(support.server->server().supportSignIn()->emails, QStringList{supportEmail});
        support.browser.email = supportEmail;
        support.browser.password = kSupportPassword;
        QVERIFY2(support.startAndSignIn(), qPrintable(support.browser.failure));
        QVERIFY2(everythingLoaded(support), "support's app did not load every page");

        // Line by line, so a difference names the screen and the fact.
        QTRY_COMPARE_WITH_TIMEOUT(screenStructure(support).size(), screens.size(), 15000);
        const QStringList reproduced = screenStructure(support);
        for (qsizetype i = 0; i < screens.size(); ++i)
            QCOMPARE(reproduced.at(i), screens.at(i));
        QCOMPARE(listTotals(support), totals);
        // The same screens, not the same person.
        const QString supportName = findWidget<QLabel>(&support.window(), QStringLiteral("nameLabel"))->text();
        QVERIFY(!supportName.isEmpty());
        QVERIFY(supportName != userName);
        support.signOut();
    }

private slots:
    void initTestCase() { QVERIFY2(keyringProblem().isEmpty(), qPrintable(keyringProblem())); }

    void supportSeesTheDemoAccountsScreens()
    {
        AppHarness user;
        QVERIFY2(user.server->isRunning(), qPrintable(user.server->error()));
        reproduce(user);
    }

    void aScheduledClosurePendingEmailAndLongHistoryAreReproduced()
    {
        AppHarness user;
        QVERIFY2(user.server->isRunning(), qPrintable(user.server->error()));
        server::AccountServer &s = user.server->server();
        const QString id = user.server->userId(kDemoEmail);
        // 150 more consent records (two pages), then the closure (which turns marketing off and records it).
        const QDateTime start(QDate(2024, 1, 8), QTime(9, 0), Qt::UTC);
        for (int i = 0; i < 150; ++i)
            s.users().appendConsent(id, {QStringLiteral("privacy.location"), i % 2 == 0}, QStringLiteral("web"),
                                    QStringLiteral("2020-01-14"), start.addDays(i));
        ClosureState closure;
        QCOMPARE(s.closures().schedule(id, QStringLiteral("moving"), true, &closure),
                 server::ClosureService::Outcome::Done);
        Profile profile = *s.users().profile(id);
        profile.pendingEmail = QStringLiteral("camille@atelier-durand.fr");
        QVERIFY(s.users().setProfile(id, profile));
        reproduce(user);
    }
};

QTEST_MAIN(TestSupportReproduce)
#include "tst_supportreproduce.moc"
