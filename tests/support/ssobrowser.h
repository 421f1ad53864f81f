#pragma once
// Plays both the user's browser and the native app through the SSO sign-in, over real HTTP: makes a PKCE
// verifier and state, listens on a real loopback port for the redirect, opens the authorization URL, fills
// in the login form, follows the redirect to the listener and exchanges the code at the token endpoint.
// signIn() does it all; the step methods let a test break one step and look at the answer.

#include "httpclient.h"

#include <optional>
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QTcpServer>
#include <QUrl>

namespace facturos::test {

// Request parameters in order. As overrides: a pair replaces the parameter of that name (or adds it);
// a pair whose value is a null QString() removes it.
using FormParams = QList<QPair<QString, QString>>;

struct SsoTokens
{
    QByteArray accessToken;
    QByteArray refreshToken;
    QString tokenType;
    int expiresIn = 0;

    [[nodiscard]] bool isValid() const { return !accessToken.isEmpty() && !refreshToken.isEmpty(); }
};

struct TokenResponse
{
    HttpResult http;
    SsoTokens tokens; // filled on 200
    QString error;    // RFC 6749 §5.2 "error" on failure

    [[nodiscard]] bool ok() const { return http.status == 200 && tokens.isValid(); }
};

// The sign-in form found in a login page: where it posts and the hidden fields it carries.
struct LoginForm
{
    QUrl action;
    QString method;
    FormParams hiddenFields;
};

// What the loopback listener received: the request line and the decoded query parameters.
struct CallbackRequest
{
    QByteArray requestLine;
    QString path;
    FormParams parameters;

    [[nodiscard]] bool has(const QString &name) const;
    [[nodiscard]] QString value(const QString &name) const;
};

class SsoBrowser
{
public:
    inline static const QString kClientId = QStringLiteral("facturos-desktop");

    // `server`: the base URL of the authorization server. The listener binds `loopback` on an ephemeral
    // port (127.0.0.1 by default; pass QHostAddress::LocalHostIPv6 for the [::1] redirect form).
    explicit SsoBrowser(const QUrl &server, const QHostAddress &loopback = QHostAddress::LocalHost);
    ~SsoBrowser();
    SsoBrowser(const SsoBrowser &) = delete;
    SsoBrowser &operator=(const SsoBrowser &) = delete;

    // A fresh PKCE verifier/challenge and state, as a new sign-in attempt of the app would make.
    void startAttempt();
    [[nodiscard]] QByteArray codeVerifier() const { return m_verifier; }
    [[nodiscard]] QByteArray codeChallenge() const;
    [[nodiscard]] QString state() const { return m_state; }
    [[nodiscard]] bool isListening() const { return m_listener.isListening(); }
    // http://127.0.0.1:PORT/callback (or http://[::1]:PORT/callback) on the listener.
    [[nodiscard]] QString redirectUri() const;
    // Requests the listener has received, oldest first.
    [[nodiscard]] const QList<CallbackRequest> &callbacks() const { return m_callbacks; }

    // Headers the "browser" sends on every page request (empty: Qt's default Accept-Language applies).
    void setAcceptLanguage(const QByteArray &value) { m_acceptLanguage = value; }
    void setUserAgent(const QByteArray &value) { m_userAgent = value; }

    // Step 1: the authorization request, as the app would build it, with `overrides` applied.
    [[nodiscard]] FormParams authorizeParameters(const FormParams &overrides = {}) const;
    [[nodiscard]] QUrl authorizeUrl(const FormParams &overrides = {}) const;
    HttpResult openAuthorize(const FormParams &overrides = {});
    // Step 2: the form in a login page; nullopt when the page holds none. `pageUrl` resolves the action.
    [[nodiscard]] static std::optional<LoginForm> parseLoginForm(const QByteArray &html, const QUrl &pageUrl);
    // Step 3: submit the form with credentials (`extra` overrides form fields, like a tampering browser).
    HttpResult submitLogin(const LoginForm &form, const QString &email, const QString &password,
                           const FormParams &extra = {});
    // Step 4: follow a redirect to the listener by really sending the GET to it. nullopt when `response`
    // is not a redirect to this browser's listener (then nothing is sent) or nothing arrived.
    std::optional<CallbackRequest> followRedirect(const HttpResult &response);
    // Steps 1–4: the authorization code, or empty with the reason in `failure`.
    QString authorize(const QString &email, const QString &password, const FormParams &authorizeOverrides = {},
                      QString *failure = nullptr);

    // Step 5, as the app: exchange a code (redirect_uri, client_id and verifier from this attempt).
    TokenResponse exchangeCode(const QString &code, const FormParams &overrides = {});
    TokenResponse refresh(const QByteArray &refreshToken, const FormParams &overrides = {});
    HttpResult revoke(const QByteArray &token, const QString &tokenTypeHint = {});
    [[nodiscard]] HttpResult discover()
    {
        return m_http.get(endpoint(QStringLiteral("/.well-known/oauth-authorization-server")));
    }

    // A whole sign-in with a fresh attempt; nullopt with the reason in `failure`.
    std::optional<SsoTokens> signIn(const QString &email, const QString &password,
                                    const FormParams &authorizeOverrides = {}, QString *failure = nullptr);

    [[nodiscard]] QUrl endpoint(const QString &path) const;
    [[nodiscard]] static FormParams applyOverrides(FormParams params, const FormParams &overrides);
    [[nodiscard]] static TokenResponse parseTokenResponse(const HttpResult &result);

private:
    void acceptCallback();
    HttpResult postForm(const QUrl &url, const FormParams &fields, const Headers &extraHeaders = {});
    [[nodiscard]] Headers browserHeaders() const;

    QUrl m_server;
    HttpClient m_http;
    QTcpServer m_listener;
    QByteArray m_verifier;
    QString m_state;
    QByteArray m_acceptLanguage = "fr-FR,fr;q=0.9,en;q=0.8";
    QByteArray m_userAgent = "Mozilla/5.0 (X11; Linux x86_64) FacturosTestBrowser/1.0";
    QList<CallbackRequest> m_callbacks;
};

} // namespace facturos::test
