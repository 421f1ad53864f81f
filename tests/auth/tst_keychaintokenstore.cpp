// KeychainTokenStore against a real gnome-keyring: write/read/delete in the unlocked keyring of the private
// D-Bus session, and in child processes the two failure environments: no session bus (no backend) and a
// keyring that exists but is locked. Plus the QtKeychain error → status mapping at unit level.
#include "keyringcheck.h"

#include "auth/secretservice.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace facturos::auth;
using namespace facturos::test;

namespace {

struct ProbeRun
{
    QStringList lines;
    qint64 elapsedMs = 0;
};

// Runs `script` under sh with the probe's path in $PROBE and the given environment.
ProbeRun runShell(const QString &script, QProcessEnvironment env)
{
    env.insert(QStringLiteral("PROBE"), QStringLiteral(KEYCHAIN_PROBE));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
    process.waitForFinished(60000);
    ProbeRun run;
    run.elapsedMs = timer.elapsed();
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (!line.trimmed().isEmpty())
            run.lines.append(QString::fromUtf8(line.trimmed()));
    }
    return run;
}

} // namespace

class TestKeychainTokenStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { FACTUROS_VERIFY_KEYRING(); }

    void writeReadDelete()
    {
        KeychainTokenStore store(testKeychainService());
        const QString key = QStringLiteral("refresh_token:https://account.facturos.fr:u1");
        QCOMPARE(readNow(store, key).first, TokenStoreStatus::NotFound);
        QCOMPARE(writeNow(store, key, "first"), TokenStoreStatus::Ok);
        QCOMPARE(readNow(store, key).first, TokenStoreStatus::Ok);
        QCOMPARE(readNow(store, key).second, QByteArray("first"));
        QCOMPARE(writeNow(store, key, "second"), TokenStoreStatus::Ok); // overwrite, as rotation does
        QCOMPARE(readNow(store, key).second, QByteArray("second"));
        QCOMPARE(readNow(store, key + QStringLiteral("x")).first, TokenStoreStatus::NotFound); // per account
        QCOMPARE(deleteNow(store, key), TokenStoreStatus::Ok);
        QCOMPARE(readNow(store, key).first, TokenStoreStatus::NotFound);
        QCOMPARE(deleteNow(store, key), TokenStoreStatus::Ok); // already gone is fine
    }

    // The store reads and writes the common case straight over the Secret Service API; entries must stay
    // exactly what QtKeychain reads and writes (tokens stored by earlier versions, and its fallback path).
    // QtKeychain's own jobs run in the probe: libsecret serves one thread per process.
    void directPathAndQtKeychainReadEachOther()
    {
        const QString service = testKeychainService();
        const QString key = QStringLiteral("refresh_token:https://account.facturos.fr:compat");
        const auto qtKeychain = [&](const QString &arguments) {
            return runShell(QStringLiteral("\"$PROBE\" ") + arguments, QProcessEnvironment::systemEnvironment()).lines;
        };
        const QString target = service + QLatin1Char(' ') + key;
        // Written by QtKeychain (as earlier versions did): read straight and through the store.
        QCOMPARE(qtKeychain(QStringLiteral("qtkeychain-write ") + target + QStringLiteral(" from-qtkeychain")),
                 QStringList{QStringLiteral("ok")});
        QCOMPARE(secretservice::read(service, key), std::optional<QByteArray>("from-qtkeychain"));
        KeychainTokenStore store(service);
        QCOMPARE(readNow(store, key).second, QByteArray("from-qtkeychain"));
        // Replaced straight (one item, not two): QtKeychain reads the new value.
        QVERIFY(secretservice::write(service, key, "written-straight"));
        QCOMPARE(qtKeychain(QStringLiteral("qtkeychain-read ") + target),
                 QStringList{QStringLiteral("written-straight")});
        QCOMPARE(writeNow(store, key, "through-the-store"), TokenStoreStatus::Ok);
        QCOMPARE(qtKeychain(QStringLiteral("qtkeychain-read ") + target),
                 QStringList{QStringLiteral("through-the-store")});
        QCOMPARE(deleteNow(store, key), TokenStoreStatus::Ok);
        QCOMPARE(secretservice::read(service, key), std::nullopt); // nothing: left to QtKeychain, which says so
        QCOMPARE(readNow(store, key).first, TokenStoreStatus::NotFound);
    }

    void answersLaterAndOnlyWhileTheContextLives()
    {
        KeychainTokenStore store(testKeychainService());
        bool called = false;
        {
            QObject context;
            store.writeSecret(QStringLiteral("k"), "v", &context, [&](TokenStoreStatus) { called = true; });
            QVERIFY(!called); // never from inside the call
        }
        QCOMPARE(deleteNow(store, QStringLiteral("k")), TokenStoreStatus::Ok);
        QVERIFY(!called);
    }

    void noSessionBusMeansNoBackend_data()
    {
        QTest::addColumn<QString>("busAddress");
        QTest::newRow("unset") << QString();
        QTest::newRow("dead socket") << QStringLiteral("unix:path=/nonexistent/facturos-test-bus");
    }

    void noSessionBusMeansNoBackend()
    {
        QFETCH(QString, busAddress);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY")); // no X11 autolaunch either
        if (busAddress.isEmpty())
            env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        else
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
        const ProbeRun run = runShell(QStringLiteral("\"$PROBE\" write; \"$PROBE\" read"), env);
        QCOMPARE(run.lines, QStringList({QStringLiteral("no_backend"), QStringLiteral("no_backend")}));
        QVERIFY2(run.elapsedMs < 5000, qPrintable(QString::number(run.elapsedMs)));
    }

    void lockedKeyringMeansLocked()
    {
        // A keyring is created (and unlocked) in a first private session, then a second session starts the
        // daemon on the same files without unlocking: the collection is locked and no prompter can open.
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        const ProbeRun created =
            runShell(QStringLiteral("dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock "
                                    "--components=secrets >/dev/null; \"$PROBE\" write' 2>/dev/null"),
                     env);
        QCOMPARE(created.lines, QStringList{QStringLiteral("ok")});
        const ProbeRun locked =
            runShell(QStringLiteral("dbus-run-session -- sh -c 'gnome-keyring-daemon --start --components=secrets "
                                    ">/dev/null; \"$PROBE\" write; \"$PROBE\" read' 2>/dev/null"),
                     env);
        // Writing says "locked"; reading a locked collection is reported by the Secret Service path of
        // QtKeychain 0.13 as EntryNotFound (the item is not visible), which the session treats as signed out.
        QCOMPARE(locked.lines, QStringList({QStringLiteral("locked"), QStringLiteral("not_found")}));
    }

    void mapsEveryQtKeychainError()
    {
        QCOMPARE(KeychainTokenStore::statusFor(QKeychain::NoError, {}), TokenStoreStatus::Ok);
        QCOMPARE(KeychainTokenStore::statusFor(QKeychain::EntryNotFound, {}), TokenStoreStatus::NotFound);
        QCOMPARE(KeychainTokenStore::statusFor(QKeychain::AccessDenied, {}), TokenStoreStatus::Locked);
        QCOMPARE(KeychainTokenStore::statusFor(QKeychain::AccessDeniedByUser, {}), TokenStoreStatus::Locked);
        QCOMPARE(KeychainTokenStore::statusFor(QKeychain::NoBackendAvailable, {}), TokenStoreStatus::NoBackend);
        QCOMPARE(KeychainTokenStore::statusFor(QKeychain::OtherError, QStringLiteral("Could not connect: x")),
                 TokenStoreStatus::NoBackend);
        QCOMPARE(KeychainTokenStore::statusFor(QKeychain::OtherError,
                                               QStringLiteral("org.freedesktop.DBus.Error.NoReply: Did not receive")),
                 TokenStoreStatus::NoBackend);
        QCOMPARE(KeychainTokenStore::statusFor(QKeychain::OtherError, QStringLiteral("disk full")),
                 TokenStoreStatus::Failed);
        QCOMPARE(KeychainTokenStore::statusFor(QKeychain::CouldNotDeleteEntry, {}), TokenStoreStatus::Failed);
    }
};

QTEST_MAIN(TestKeychainTokenStore)
#include "tst_keychaintokenstore.moc"
