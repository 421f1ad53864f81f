// `facturos-account --support-snapshot FILE`, the real executable in a child process with no display: with a
// stored sign-in it writes the snapshot (the same document as Help › Copy support snapshot…, which the reference
// server loads for a support sign-in) and exits 0 with no secret on its output; without one, or when the server
// cannot be reached, it exits 1 with a sentence and writes nothing.
#include "browseropener.h"
#include "keyringcheck.h"
#include "ssobrowser.h"
#include "storedsignin.h"
#include "testserver.h"

#include "auth/ssosession.h"
#include "core/json.h"
#include "pages/diagnostics.h"
#include "pages/supportsnapshotcommand.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace facturos;
using namespace facturos::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the app without blocking the event loop: the in-process server must answer meanwhile.
Run snapshotCommand(const QUrl &server, const QString &profile, const QString &file)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")); // a GUI would abort: none is made
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(FACTUROS_ACCOUNT_BINARY),
                  {QStringLiteral("--support-snapshot"), file, QStringLiteral("--server"), server.toString(),
                   QStringLiteral("--profile"), profile, QStringLiteral("--lang"), QStringLiteral("en")});
    Run run;
    if (!process.waitForStarted(10000) || !(finished.wait(90000) || !finished.isEmpty()))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestSnapshotCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static bool signInTo(TestServer &server, const QString &profile) { return storeSignIn(server, profile); }

private slots:
    void initTestCase() { FACTUROS_VERIFY_KEYRING(); }

    void writesTheSnapshotOfTheStoredSignIn()
    {
        TestServer server;
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        const QString profile = m_dir.filePath(QStringLiteral("signed-in"));
        QVERIFY(signInTo(server, profile));
        const QString file = m_dir.filePath(QStringLiteral("snapshot.json"));

        const Run run = snapshotCommand(server.url(), profile, file);
        QVERIFY2(run.exitCode == pages::snapshotexit::Ok, qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("Support snapshot written to")));
        QVERIFY(!run.err.contains(kDemoEmail) && !run.out.contains(kDemoEmail));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner); // the user's file alone (0600)
        const QByteArray text = written.readAll();
        const auto document = parseJsonObject(text);
        QVERIFY(document);
        const QJsonObject meta = document->value(QStringLiteral("snapshot")).toObject();
        QCOMPARE(meta.value(QStringLiteral("sections")).toArray().size(), 8);
        QCOMPARE(meta.value(QStringLiteral("server")).toString(), server.url().toString());
        QCOMPARE(meta.value(QStringLiteral("lists"))
                     .toObject()
                     .value(QStringLiteral("sessions"))
                     .toObject()
                     .value(QStringLiteral("total")),
                 4); // the demo's three and the one this profile signed in with
        QVERIFY(!text.contains(kDemoEmail.toUtf8()) && !text.contains("Durand"));

        // Support loads it and signs in as its user.
        TestServer reproduced([](server::ServerOptions &o) { o.supportPassword = QStringLiteral("Support-2026-x"); },
                              file);
        QVERIFY2(reproduced.isRunning(), qPrintable(reproduced.error()));
        const QString email =
            meta.value(QStringLiteral("supportSignIn")).toObject().value(QStringLiteral("email")).toString();
        QVERIFY(SsoBrowser(reproduced.url()).signIn(email, QStringLiteral("Support-2026-x")));

        auth::KeychainTokenStore store(auth::KeychainTokenStore::serviceForProfile(profile));
        QCOMPARE(deleteNow(store, auth::SsoSession::refreshTokenKey(server.url(), server.userId(kDemoEmail))),
                 auth::TokenStoreStatus::Ok);
    }

    void saysWhyAndWritesNothingWithoutASignIn()
    {
        TestServer server;
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        const QString file = m_dir.filePath(QStringLiteral("none.json"));
        const Run run = snapshotCommand(server.url(), m_dir.filePath(QStringLiteral("empty-profile")), file);
        QVERIFY2(run.exitCode == pages::snapshotexit::Failed, qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("No one is signed in")), qPrintable(run.err));
        QVERIFY(!QFile::exists(file));
    }

    void saysWhyWhenTheServerIsUnreachable()
    {
        QString profile;
        QUrl url;
        QString userId;
        {
            TestServer server;
            QVERIFY2(server.isRunning(), qPrintable(server.error()));
            profile = m_dir.filePath(QStringLiteral("gone"));
            QVERIFY(signInTo(server, profile));
            url = server.url();
            userId = server.userId(kDemoEmail);
        } // the server is gone; the sign-in stays stored
        const QString file = m_dir.filePath(QStringLiteral("unreachable.json"));
        const Run run = snapshotCommand(url, profile, file);
        QVERIFY2(run.exitCode == pages::snapshotexit::Failed, qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("No support snapshot: Facturos can't be reached")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(file));
        // A network failure keeps the stored sign-in: remove it now.
        auth::KeychainTokenStore store(auth::KeychainTokenStore::serviceForProfile(profile));
        QCOMPARE(deleteNow(store, auth::SsoSession::refreshTokenKey(url, userId)), auth::TokenStoreStatus::Ok);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotCommand)
#include "tst_snapshotcommand.moc"
