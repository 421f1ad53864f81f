#pragma once
// The user's session with the Facturos SSO (any RFC 8414 OAuth 2.0 server): browser sign-in with PKCE over a
// loopback redirect, silent sign-in from the keychain, refresh with rotation, step-up, sign-out with
// revocation. Holds the access token in memory only; the refresh token goes to the TokenStore. No user-facing
// text: states and error codes only.

#include "api/accesstokensource.h"
#include "auth/callbackpagetexts.h"
#include "auth/tokenstore.h"

#include <functional>
#include <memory>
#include <QList>
#include <QNetworkReply>
#include <QUrl>
#include <utility>
#include <vector>

class QNetworkAccessManager;
class QSettings;

namespace facturos::auth {

class LoopbackListener;
class UrlOpener;
struct HttpAnswer;
struct ServerMetadata;
struct TokenAnswer;

enum class SessionState {
    SignedOut,
    Restoring,     // reading the keychain / refreshing at start (silent sign-in)
    SigningIn,     // waiting for the browser; authorizationUrl() holds the link
    SignedIn,      // accountId() is set; accessToken() is usable
    Refreshing,    // signed in, a refresh grant is in flight
    KeyringLocked, // the keychain is locked or access was denied: retryKeyring() after unlocking
    Error,         // the last attempt failed: lastError() says why; signIn() or restoreSession() may retry
};

enum class SessionError {
    None,
    ServerUnreachable,   // network error or timeout talking to the server
    ServerError,         // unexpected HTTP status or malformed answer
    InvalidMetadata,     // the RFC 8414 document is missing, wrong issuer, non-https endpoints, no S256
    Cancelled,           // cancelSignIn()
    TimedOut,            // the browser never came back to the loopback listener
    AuthorizationDenied, // the server redirected back with an error (access_denied, …)
    ListenerFailed,      // could not listen on 127.0.0.1
    SessionExpired,      // the refresh token was refused (invalid_grant): interactive sign-in needed
    WrongAccount,        // step-up: another user signed in in the browser
    KeyringLocked,       // see SessionState::KeyringLocked
    KeyringUnavailable,  // no keychain: the session lives in memory only (see isMemoryOnly())
};

// Stable snake_case codes for logs and support snapshots (never shown to the user as such).
[[nodiscard]] const char *toCode(SessionState state);
[[nodiscard]] const char *toCode(SessionError error);

struct SsoConfig
{
    QUrl issuer; // e.g. https://account.facturos.fr
    QString clientId = QStringLiteral("facturos-desktop");
    QUrl accountUrl;   // GET → {"id": …} with the access token; empty: <issuer>/v1/account
    QString uiLocales; // optional ui_locales for the login page ("fr", "en")
    int listenerTimeoutMs = 10 * 60 * 1000;
    int requestTimeoutMs = 30 * 1000;
    // Silent sign-in retries a transient keychain failure after each of these delays before giving up.
    QList<int> restoreRetryDelaysMs = {500, 2000};
    CallbackPageTexts pageTexts;
};

class SsoSession final : public api::AccessTokenSource
{
    Q_OBJECT
public:
    // `settings` keeps only the pointer to the last signed-in account (issuer + account id, no secret).
    SsoSession(SsoConfig config, QNetworkAccessManager &network, TokenStore &store, UrlOpener &opener,
               QSettings &settings, QObject *parent = nullptr);
    ~SsoSession() override;

    // The keychain key of an account's refresh token: one entry per issuer and account.
    [[nodiscard]] static QString refreshTokenKey(const QUrl &issuer, const QString &accountId);

    [[nodiscard]] SessionState state() const { return m_state; }
    [[nodiscard]] SessionError lastError() const { return m_error; }
    [[nodiscard]] QString accountId() const { return m_accountId; }
    // The link of the browser sign-in in progress (sign-in or step-up), for "copy the link"; empty otherwise.
    [[nodiscard]] QUrl authorizationUrl() const;
    // True when the keychain could not keep the refresh token: the user will have to sign in next time.
    [[nodiscard]] bool isMemoryOnly() const { return m_memoryOnly; }
    [[nodiscard]] bool isSteppingUp() const;
    // The server's password change page (metadata "password_change_endpoint") in the sign-in's language, to
    // open in the browser; empty before discovery or when the server offers none.
    [[nodiscard]] QUrl passwordChangeUrl() const;
    // The redirect listener of the browser flow in progress, or null (tests check its address and port).
    [[nodiscard]] const LoopbackListener *listener() const;

    // Silent sign-in at start: last account pointer → keychain → refresh grant. Ends SignedIn or SignedOut
    // (or KeyringLocked / Error). Never opens the browser.
    void restoreSession();
    // After the user unlocked the keyring (state KeyringLocked): try the silent sign-in again.
    void retryKeyring() { restoreSession(); }
    // Browser sign-in: discovery, listener, opens the browser through the UrlOpener.
    void signIn();
    // Stops a sign-in or step-up that waits for the browser (Error/Cancelled, stepUpFinished(false)).
    void cancelSignIn();
    // Revokes the refresh token (RFC 7009), deletes the keychain entry and forgets everything in memory.
    // Offline, the entry is still deleted. Ends SignedOut.
    void signOut();

    // api::AccessTokenSource
    [[nodiscard]] QByteArray accessToken() const override { return m_accessToken; }
    void requestRefresh() override;
    void requestStepUp(int maxAgeSeconds) override;

signals:
    void stateChanged(facturos::auth::SessionState state);
    void signedIn(const QString &accountId);
    void signedOut();
    // A browser flow (sign-in or step-up) waits for the user; `browserOpened` false: show the link to copy.
    void authorizationStarted(const QUrl &url, bool browserOpened);
    void errorOccurred(facturos::auth::SessionError error);
    void memoryOnlyChanged(bool memoryOnly);

private:
    struct Flow;
    void setState(SessionState state);
    void fail(SessionError error);
    // Reads the server metadata once; calls made while it is being read wait for that same answer.
    void discover(std::function<void()> then, std::function<void(SessionError)> failed);
    // ssosessionflows.cpp: the browser flow shared by sign-in and step-up.
    void startBrowserFlow(bool stepUp);
    void exchangeCode(const QString &code);
    void finishBrowserFlow(const TokenAnswer &tokens, const QString &accountId);
    void abortBrowserFlow(SessionError error);
    void fetchAccountId(const QByteArray &accessToken, std::function<void(SessionError, QString)> done);
    // ssosession.cpp: keychain, refresh, sign-out.
    void readStoredToken(int attempt);
    void runRefresh();
    void refreshAnswered(const HttpAnswer &answer);
    void storeRefreshToken(std::function<void()> then);
    void revoke(const QByteArray &token, std::function<void()> then);
    void clearPointer();
    [[nodiscard]] QString storeKey(const QString &accountId) const;

    SsoConfig m_config;
    QNetworkAccessManager &m_network;
    TokenStore &m_store;
    UrlOpener &m_opener;
    QSettings &m_settings;
    std::unique_ptr<ServerMetadata> m_metadata;
    std::vector<std::pair<std::function<void()>, std::function<void(SessionError)>>> m_discoveryWaiters;
    std::unique_ptr<Flow> m_flow;
    SessionState m_state = SessionState::SignedOut;
    SessionError m_error = SessionError::None;
    QString m_accountId;
    QByteArray m_accessToken;
    QByteArray m_refreshToken;
    bool m_memoryOnly = false;
    bool m_refreshing = false;
    bool m_noBackend = false; // seen once: skip further writes (each may stall 25 s on a D-Bus timeout)
    bool m_restoring = false;
    quint64 m_generation = 0; // bumped by sign-out so late answers of an old session are dropped
};

} // namespace facturos::auth

Q_DECLARE_METATYPE(facturos::auth::SessionState)
Q_DECLARE_METATYPE(facturos::auth::SessionError)
