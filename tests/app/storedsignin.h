#pragma once
// A sign-in stored as the app stores it (browser flow, the test acting as the browser) into a --profile
// folder: its settings file and that profile's own keychain service, which --diagnose and --support-snapshot
// then read.

#include "browseropener.h"
#include "testserver.h"

#include "auth/keychaintokenstore.h"
#include "auth/ssosession.h"
#include "pages/diagnostics.h"

#include <memory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>

namespace facturos::test {

// False with `failure` saying why (what the browser saw) when the sign-in did not complete.
inline bool storeSignIn(TestServer &server, const QString &profile, QByteArray *accessToken = nullptr,
                        QString *failure = nullptr)
{
    const std::unique_ptr<QSettings> settings = pages::Diagnostics::profileSettings(profile);
    auth::KeychainTokenStore store(auth::KeychainTokenStore::serviceForProfile(profile));
    QNetworkAccessManager network;
    BrowserOpener browser;
    auth::SsoConfig config;
    config.issuer = server.url();
    config.requestTimeoutMs = 5000;
    auth::SsoSession session(config, network, store, browser, *settings);
    QSignalSpy signedIn(&session, &auth::SsoSession::signedIn);
    session.signIn();
    if (!signedIn.wait(15000) && signedIn.isEmpty()) {
        if (failure)
            *failure = browser.failure;
        return false;
    }
    if (accessToken)
        *accessToken = session.accessToken();
    settings->sync();
    return true;
}

} // namespace facturos::test
