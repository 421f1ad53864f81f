#pragma once
// Keychain tests need the private D-Bus session with an unlocked gnome-keyring that scripts/test provides;
// without it they fail (never skip) and say how to run them.

#include "auth/keychaintokenstore.h"

#include <QSignalSpy>
#include <QTest>

namespace facturos::test {

// A unique service name per test process, so parallel tests never see each other's entries.
inline QString testKeychainService()
{
    return QStringLiteral("fr.facturos.account.test-%1").arg(QCoreApplication::applicationPid());
}

// Empty when a real write/read round trip works; otherwise the message to fail with.
inline QString keyringProblem()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return QStringLiteral("no D-Bus session bus: run through scripts/test (dbus-run-session with an unlocked "
                              "gnome-keyring)");
    auth::KeychainTokenStore store(testKeychainService());
    QObject context;
    auth::TokenStoreStatus written = auth::TokenStoreStatus::Failed;
    bool done = false;
    store.writeSecret(QStringLiteral("probe"), "probe", &context, [&](auth::TokenStoreStatus s) {
        written = s;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000) || written != auth::TokenStoreStatus::Ok)
        return QStringLiteral("the keyring refused a write (%1): run through scripts/test (dbus-run-session with "
                              "an unlocked gnome-keyring)")
            .arg(QLatin1String(auth::toCode(written)));
    done = false;
    store.deleteSecret(QStringLiteral("probe"), &context, [&](auth::TokenStoreStatus) { done = true; });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        return QStringLiteral("the keyring did not answer a delete: run through scripts/test (dbus-run-session with "
                              "an unlocked gnome-keyring)");
    return {};
}

// Fails the calling test (usually from initTestCase) with the reason when the keyring cannot be used.
#define FACTUROS_VERIFY_KEYRING()                                                                                      \
    do {                                                                                                               \
        const QString keyringProblem_ = facturos::test::keyringProblem();                                              \
        QVERIFY2(keyringProblem_.isEmpty(), qPrintable(keyringProblem_));                                              \
    } while (false)

// Synchronous helpers over the asynchronous store, for assertions.
inline std::pair<auth::TokenStoreStatus, QByteArray> readNow(auth::TokenStore &store, const QString &key)
{
    QObject context;
    std::optional<std::pair<auth::TokenStoreStatus, QByteArray>> result;
    store.readSecret(key, &context, [&](auth::TokenStoreStatus s, const QByteArray &secret) {
        result = {{s, secret}};
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return {auth::TokenStoreStatus::Failed, QByteArray()};
    return *result;
}

inline auth::TokenStoreStatus writeNow(auth::TokenStore &store, const QString &key, const QByteArray &secret)
{
    QObject context;
    std::optional<auth::TokenStoreStatus> result;
    store.writeSecret(key, secret, &context, [&](auth::TokenStoreStatus s) { result = s; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return auth::TokenStoreStatus::Failed;
    return *result;
}

inline auth::TokenStoreStatus deleteNow(auth::TokenStore &store, const QString &key)
{
    QObject context;
    std::optional<auth::TokenStoreStatus> result;
    store.deleteSecret(key, &context, [&](auth::TokenStoreStatus s) { result = s; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return auth::TokenStoreStatus::Failed;
    return *result;
}

} // namespace facturos::test
