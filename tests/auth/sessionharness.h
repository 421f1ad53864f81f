#pragma once
// Everything an SsoSession test needs, real all the way: the reference server on an ephemeral port, the real
// keychain (private gnome-keyring), the test browser behind the UrlOpener, settings in a temp file.

#include "browseropener.h"
#include "keyringcheck.h"
#include "testserver.h"

#include "auth/keychaintokenstore.h"
#include "auth/ssosession.h"

#include <memory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace facturos::test {

// Passes every call to the real keychain and remembers the last write that completed, so a test can tell
// what was on disk at the moment a signal fired (QtKeychain runs jobs one by one, so a test cannot read the
// keychain from inside a slot called by a finishing job).
class RecordingStore final : public auth::TokenStore
{
public:
    explicit RecordingStore(auth::TokenStore &inner) : m_inner(inner) {}
    QByteArray lastWritten;

    void readSecret(const QString &key, QObject *context, ReadCallback done) override
    {
        m_inner.readSecret(key, context, std::move(done));
    }
    void writeSecret(const QString &key, const QByteArray &secret, QObject *context, DoneCallback done) override
    {
        m_inner.writeSecret(key, secret, context, [this, secret, done](auth::TokenStoreStatus status) {
            if (status == auth::TokenStoreStatus::Ok)
                lastWritten = secret;
            done(status);
        });
    }
    void deleteSecret(const QString &key, QObject *context, DoneCallback done) override
    {
        m_inner.deleteSecret(key, context, std::move(done));
    }

private:
    auth::TokenStore &m_inner;
};

struct SessionHarness
{
    std::unique_ptr<TestServer> server = std::make_unique<TestServer>();
    QNetworkAccessManager network;
    auth::KeychainTokenStore keychain{testKeychainService()};
    RecordingStore store{keychain};
    BrowserOpener browser;
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    QUrl issuer = server->url();

    [[nodiscard]] auth::SsoConfig config() const
    {
        auth::SsoConfig config;
        config.issuer = issuer;
        config.requestTimeoutMs = 5000;
        config.restoreRetryDelaysMs = {10, 20};
        return config;
    }

    [[nodiscard]] std::unique_ptr<auth::SsoSession> makeSession(const auth::SsoConfig &config)
    {
        return std::make_unique<auth::SsoSession>(config, network, store, browser, settings);
    }
    [[nodiscard]] std::unique_ptr<auth::SsoSession> makeSession() { return makeSession(config()); }

    [[nodiscard]] QString keyFor(const QString &email)
    {
        return auth::SsoSession::refreshTokenKey(issuer, server->userId(email));
    }
    [[nodiscard]] QByteArray storedToken(const QString &email)
    {
        const auto [status, secret] = readNow(store, keyFor(email));
        return status == auth::TokenStoreStatus::Ok ? secret : QByteArray();
    }
    // The token endpoint's verdict on a refresh token, as any client would get it.
    [[nodiscard]] TokenResponse tryRefresh(const QByteArray &refreshToken)
    {
        return SsoBrowser(issuer).refresh(refreshToken);
    }
    void cleanup()
    {
        for (const QString &email : {kDemoEmail, kOtherEmail})
            (void)deleteNow(store, keyFor(email));
    }
};

// Runs a browser sign-in to the end; false with a message on failure.
inline bool signInThroughBrowser(auth::SsoSession &session, SessionHarness &harness, QString *why)
{
    if (!harness.server || !harness.server->isRunning()) {
        *why = QStringLiteral("the reference server did not start: %1")
                   .arg(harness.server ? harness.server->error() : QString());
        return false;
    }
    QSignalSpy signedIn(&session, &auth::SsoSession::signedIn);
    session.signIn();
    if (!signedIn.wait(15000) && signedIn.isEmpty()) {
        *why = QStringLiteral("not signed in: state %1 error %2 browser %3")
                   .arg(QLatin1String(auth::toCode(session.state())), QLatin1String(auth::toCode(session.lastError())),
                        harness.browser.failure);
        return false;
    }
    return true;
}

} // namespace facturos::test

// Signs `session` in through the browser, or fails the calling test with the reason.
#define FACTUROS_VERIFY_SIGN_IN(session, harness)                                                                      \
    do {                                                                                                               \
        QString signInFailure_;                                                                                        \
        QVERIFY2(facturos::test::signInThroughBrowser(session, harness, &signInFailure_), qPrintable(signInFailure_)); \
    } while (false)
