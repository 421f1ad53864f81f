#include "server/ssoroutes.h"

#include "core/logredaction.h"
#include "core/validation.h"
#include "server/activitylog.h"
#include "server/apiresponses.h"
#include "server/authorizerequest.h"
#include "server/crypto.h"
#include "server/loginpage.h"
#include "server/servercontext.h"
#include "server/tokenservice.h"
#include "server/userstore.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcSso, "facturos.server.sso", QtInfoMsg)

namespace facturos::server {

namespace {

using validation::kMaxEmailLength;
constexpr int kMaxPasswordLength = 1024;

// "d***@f***.test", as the app's log masks addresses: enough to follow a support case, not enough to collect
// addresses. What is not an address (a password typed in the e-mail field) is not logged at all.
QString maskedEmail(const QString &email)
{
    return validation::isValidEmail(email) ? logredaction::maskAddress(email) : QStringLiteral("***");
}

// RFC 6749 §5.2 error. Token responses must never be cached (§5.1), errors included.
HttpResponse oauthError(const QString &error, const QString &description)
{
    return jsonResponse(
               400, QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}})
        .withHeader("Pragma", "no-cache");
}

HttpResponse tokenResponse(const IssuedTokens &tokens)
{
    return jsonResponse(200, QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(tokens.accessToken)},
                                         {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                         {QStringLiteral("expires_in"), tokens.expiresIn},
                                         {QStringLiteral("refresh_token"), QString::fromLatin1(tokens.refreshToken)}})
        .withHeader("Pragma", "no-cache");
}

// The token and revocation endpoints take a form body without repeated parameters (RFC 6749 §3.2).
std::optional<FormFields> readTokenForm(const HttpRequest &request, HttpResponse *error)
{
    if (!isFormBody(request)) {
        *error =
            oauthError(QStringLiteral("invalid_request"), QStringLiteral("Send application/x-www-form-urlencoded."));
        return std::nullopt;
    }
    FormFields fields = parseForm(request.body);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        for (qsizetype j = i + 1; j < fields.size(); ++j) {
            if (fields.at(i).first == fields.at(j).first) {
                *error = oauthError(QStringLiteral("invalid_request"),
                                    QStringLiteral("Parameter %1 is repeated.").arg(fields.at(i).first));
                return std::nullopt;
            }
        }
    }
    bool duplicate = false;
    const auto clientId = singleValue(fields, QStringLiteral("client_id"), &duplicate);
    if (!clientId || *clientId != QLatin1String(kDesktopClientId)) {
        *error = oauthError(QStringLiteral("invalid_client"), QStringLiteral("Unknown client_id."));
        return std::nullopt;
    }
    return fields;
}

} // namespace

struct SsoRoutes::PendingLogin : PasswordAttempt
{
    AuthorizeRequest authorize;
    PageLanguage language = PageLanguage::French;
};

bool isFormBody(const HttpRequest &request)
{
    return request.header("Content-Type").split(';').first().trimmed().toLower() == "application/x-www-form-urlencoded";
}

QString formField(const FormFields &fields, const char *name)
{
    bool duplicate = false;
    return singleValue(fields, QLatin1String(name), &duplicate).value_or(QString());
}

QByteArray SsoRoutes::beginPasswordAttempt(const HttpRequest &request, const Responder &responder,
                                           PasswordAttempt &attempt)
{
    attempt.accountKey = LoginThrottle::accountKey(attempt.email);
    attempt.addressKey = LoginThrottle::addressKey(request.peer);
    attempt.ip = clientIp(request.peer);
    attempt.userAgent = QString::fromUtf8(request.header("User-Agent")).left(512);
    attempt.responder = responder;
    // The attempt counts before the check, so parallel requests cannot slip past the limit.
    attempt.locked = m_throttle.isLocked(attempt.accountKey) || m_throttle.isLocked(attempt.addressKey);
    m_throttle.recordAttempt(attempt.accountKey);
    m_throttle.recordAttempt(attempt.addressKey);
    std::optional<UserRecord> user;
    if (!attempt.email.isEmpty())
        user = m_ctx.users.findByEmail(attempt.email);
    if (!user)
        return crypto::dummyPasswordHash();
    attempt.userId = user->id;
    return user->passwordHash;
}

void SsoRoutes::passwordAttemptFailed(const PasswordAttempt &attempt)
{
    if (!attempt.userId.isEmpty())
        recordActivity(m_ctx, attempt.userId, ActivityKind::SignInFailed, attempt.ip, attempt.userAgent);
}

void SsoRoutes::passwordAttemptSucceeded(const PasswordAttempt &attempt)
{
    m_throttle.clear(attempt.accountKey);
    m_throttle.forgiveAttempt(attempt.addressKey);
}

bool SsoRoutes::requireFormBody(const HttpRequest &request, const Responder &responder)
{
    if (isFormBody(request))
        return true;
    responder.send(errorPageResponse(negotiateLanguage(QString(), request.header("Accept-Language")),
                                     QStringLiteral("invalid_request: form body expected")));
    return false;
}

void registerSsoRoutes(ServerContext &ctx)
{
    new SsoRoutes(ctx, &ctx.http);
}

SsoRoutes::SsoRoutes(ServerContext &ctx, QObject *parent)
    : QObject(parent), m_ctx(ctx), m_throttle(ctx.clock), m_codes(ctx.db, ctx.clock)
{
    setObjectName(QStringLiteral("ssoRoutes"));
    m_pool.setMaxThreadCount(qBound(1, QThread::idealThreadCount(), 4));
    // Compute the dummy hash now, not in the middle of the first sign-in with an unknown address.
    (void)crypto::dummyPasswordHash();

    HttpService &http = m_ctx.http;
    http.addRoute("GET", QStringLiteral("/.well-known/oauth-authorization-server"),
                  [this](const HttpRequest &r, const Responder &out) { metadata(r, out); });
    http.addRoute("GET", QStringLiteral("/oauth/authorize"),
                  [this](const HttpRequest &r, const Responder &out) { showLogin(r, out); });
    http.addRoute("POST", QStringLiteral("/oauth/authorize"),
                  [this](const HttpRequest &r, const Responder &out) { submitLogin(r, out); });
    http.addRoute("POST", QStringLiteral("/oauth/token"),
                  [this](const HttpRequest &r, const Responder &out) { token(r, out); });
    http.addRoute("POST", QStringLiteral("/oauth/revoke"),
                  [this](const HttpRequest &r, const Responder &out) { revoke(r, out); });
    addPasswordChangeRoutes();
}

SsoRoutes::~SsoRoutes()
{
    // Checks still queued would answer nobody; running ones finish (tens of ms) before the pool goes away.
    m_pool.clear();
    m_pool.waitForDone();
}

QString SsoRoutes::issuer() const
{
    return m_ctx.issuer.toString(QUrl::StripTrailingSlash);
}

void SsoRoutes::metadata(const HttpRequest &, const Responder &responder) const
{
    const QString base = issuer();
    auto list = [](std::initializer_list<const char *> values) {
        QJsonArray array;
        for (const char *value : values)
            array.append(QLatin1String(value));
        return array;
    };
    responder.send(
        jsonResponse(200, QJsonObject{
                              {QStringLiteral("issuer"), base},
                              {QStringLiteral("authorization_endpoint"), base + QStringLiteral("/oauth/authorize")},
                              {QStringLiteral("token_endpoint"), base + QStringLiteral("/oauth/token")},
                              {QStringLiteral("revocation_endpoint"), base + QStringLiteral("/oauth/revoke")},
                              // Not in RFC 8414: where the apps send the user to change their password.
                              {QStringLiteral("password_change_endpoint"), base + QStringLiteral("/account/password")},
                              {QStringLiteral("response_types_supported"), list({"code"})},
                              {QStringLiteral("response_modes_supported"), list({"query"})},
                              {QStringLiteral("grant_types_supported"), list({"authorization_code", "refresh_token"})},
                              {QStringLiteral("code_challenge_methods_supported"), list({"S256"})},
                              {QStringLiteral("token_endpoint_auth_methods_supported"), list({"none"})},
                              {QStringLiteral("revocation_endpoint_auth_methods_supported"), list({"none"})},
                              {QStringLiteral("ui_locales_supported"), list({"fr", "en"})},
                              {QStringLiteral("prompt_values_supported"), list({"none", "login"})},
                              {QStringLiteral("authorization_response_iss_parameter_supported"), true},
                          }));
}

HttpResponse SsoRoutes::redirectToClient(const QString &redirectUri, QList<QPair<QString, QString>> parameters) const
{
    // RFC 9207: naming the issuer lets a client that talks to several servers detect a mix-up.
    parameters.append({QStringLiteral("iss"), issuer()});
    HttpResponse response;
    response.status = 302;
    response.withHeader("Location", redirectUri.toUtf8() + '?' + encodeForm(parameters));
    return response;
}

HttpResponse SsoRoutes::authorizeErrorResponse(const AuthorizeRequest &partial, const AuthorizeError &error,
                                               const HttpRequest &request) const
{
    if (error.showPage) {
        return errorPageResponse(negotiateLanguage(QString(), request.header("Accept-Language")),
                                 error.error + QStringLiteral(": ") + error.description);
    }
    FormFields parameters{{QStringLiteral("error"), error.error},
                          {QStringLiteral("error_description"), error.description}};
    if (!partial.state.isEmpty())
        parameters.append({QStringLiteral("state"), partial.state});
    return redirectToClient(partial.redirectUri, parameters);
}

void SsoRoutes::showLogin(const HttpRequest &request, const Responder &responder) const
{
    const AuthorizeValidation validation =
        validateAuthorizeRequest(parseForm(request.query.query(QUrl::FullyEncoded).toUtf8()));
    if (!validation.ok()) {
        qCInfo(lcSso) << "authorization request refused:" << validation.error->description;
        responder.send(authorizeErrorResponse(validation.request, *validation.error, request));
        return;
    }
    // There is no browser session to reuse, so every request (max_age=0 and prompt=login included) shows
    // the form and every code carries the time of this password entry.
    LoginPage page;
    page.request = validation.request;
    page.language = negotiateLanguage(page.request.uiLocales, request.header("Accept-Language"));
    page.email = page.request.loginHint;
    responder.send(loginPageResponse(page));
}

void SsoRoutes::submitLogin(const HttpRequest &request, const Responder &responder)
{
    if (!requireFormBody(request, responder))
        return;
    const FormFields fields = parseForm(request.body);
    // The request travelled in hidden fields the browser could alter: validate it all again.
    const AuthorizeValidation validation = validateAuthorizeRequest(fields);
    if (!validation.ok()) {
        qCInfo(lcSso) << "sign-in form refused:" << validation.error->description;
        responder.send(authorizeErrorResponse(validation.request, *validation.error, request));
        return;
    }

    PendingLogin login;
    login.authorize = validation.request;
    login.language = negotiateLanguage(login.authorize.uiLocales, request.header("Accept-Language"));
    login.email = formField(fields, "email").trimmed().left(kMaxEmailLength);
    const QString password = formField(fields, "password").left(kMaxPasswordLength);
    const QByteArray hash = beginPasswordAttempt(request, responder, login);

    // The watcher delivers the result on this (the server's) thread, where the database may be used; if the
    // server goes away first the watcher goes with it and nothing is delivered.
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, login = std::move(login)] {
        watcher->deleteLater();
        finishLogin(login, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [hash, password] { return crypto::verifyPassword(hash, password); }));
}

void SsoRoutes::finishLogin(const PendingLogin &login, bool passwordMatches)
{
    if (!passwordMatches || login.userId.isEmpty() || login.locked) {
        qCInfo(lcSso) << "sign-in failed for" << maskedEmail(login.email) << "from" << login.ip
                      << (login.locked ? "(locked)" : "");
        passwordAttemptFailed(login);
        LoginPage page;
        page.request = login.authorize;
        page.language = login.language;
        page.email = login.email;
        page.failed = true;
        login.responder.send(loginPageResponse(page));
        return;
    }
    passwordAttemptSucceeded(login);
    const QByteArray code =
        m_codes.issue(CodeBinding{login.authorize.clientId, login.authorize.redirectUri, login.authorize.codeChallenge},
                      CodeGrant{login.userId, m_ctx.clock.now(), login.ip, login.userAgent});
    qCInfo(lcSso) << "sign-in succeeded for user" << login.userId.left(8) << "from" << login.ip;
    recordActivity(m_ctx, login.userId, ActivityKind::SignIn, login.ip, login.userAgent);
    FormFields parameters{{QStringLiteral("code"), QString::fromLatin1(code)}};
    if (!login.authorize.state.isEmpty())
        parameters.append({QStringLiteral("state"), login.authorize.state});
    login.responder.send(redirectToClient(login.authorize.redirectUri, parameters));
}

void SsoRoutes::token(const HttpRequest &request, const Responder &responder)
{
    HttpResponse error;
    const auto fields = readTokenForm(request, &error);
    if (!fields) {
        responder.send(error);
        return;
    }
    const QString clientId = formField(*fields, "client_id");
    const QString grantType = formField(*fields, "grant_type");
    if (grantType == QLatin1String("authorization_code")) {
        const QByteArray code = formField(*fields, "code").toUtf8();
        if (code.isEmpty()) {
            responder.send(oauthError(QStringLiteral("invalid_request"), QStringLiteral("code is missing.")));
            return;
        }
        AuthCodeStore::Failure failure = AuthCodeStore::Failure::None;
        QString reusedSession;
        const auto grant = m_codes.redeem(code, clientId, formField(*fields, "redirect_uri"),
                                          formField(*fields, "code_verifier").toUtf8(), &failure, &reusedSession);
        if (!grant) {
            if (failure == AuthCodeStore::Failure::Reused && !reusedSession.isEmpty()) {
                // Someone else holds a copy of the code: what it issued can no longer be trusted.
                qCWarning(lcSso) << "authorization code replayed; revoking session" << reusedSession.left(8);
                m_ctx.tokens.revokeSession(reusedSession);
            }
            qCInfo(lcSso) << "code exchange refused, reason" << int(failure);
            responder.send(oauthError(QStringLiteral("invalid_grant"),
                                      QStringLiteral("The authorization code is invalid, expired or already used, "
                                                     "or does not match the request.")));
            return;
        }
        // The session is the client that holds the tokens (the desktop app), not the browser where the
        // password was typed: the sign-in activity keeps the browser's agent, the session the client's.
        const QString clientAgent = QString::fromUtf8(request.header("User-Agent")).left(512);
        const IssuedTokens tokens = m_ctx.tokens.startSession(grant->userId, clientId, grant->authTime, grant->ip,
                                                              clientAgent.isEmpty() ? grant->userAgent : clientAgent);
        m_codes.attachSession(code, tokens.sessionId);
        responder.send(tokenResponse(tokens));
    } else if (grantType == QLatin1String("refresh_token")) {
        const QByteArray refreshToken = formField(*fields, "refresh_token").toUtf8();
        if (refreshToken.isEmpty()) {
            responder.send(oauthError(QStringLiteral("invalid_request"), QStringLiteral("refresh_token is missing.")));
            return;
        }
        const auto tokens = m_ctx.tokens.refresh(refreshToken, clientId);
        if (!tokens) {
            responder.send(oauthError(QStringLiteral("invalid_grant"),
                                      QStringLiteral("The refresh token is invalid, expired or revoked.")));
            return;
        }
        responder.send(tokenResponse(*tokens));
    } else if (grantType.isEmpty()) {
        responder.send(oauthError(QStringLiteral("invalid_request"), QStringLiteral("grant_type is missing.")));
    } else {
        responder.send(oauthError(QStringLiteral("unsupported_grant_type"),
                                  QStringLiteral("Use authorization_code or refresh_token.")));
    }
}

void SsoRoutes::revoke(const HttpRequest &request, const Responder &responder)
{
    HttpResponse error;
    const auto fields = readTokenForm(request, &error);
    if (!fields) {
        responder.send(error);
        return;
    }
    const QByteArray token = formField(*fields, "token").toUtf8();
    if (token.isEmpty()) {
        responder.send(oauthError(QStringLiteral("invalid_request"), QStringLiteral("token is missing.")));
        return;
    }
    // RFC 7009 §2.2: the same 200 whether the token was known, so the endpoint reveals nothing. The hint is
    // only an optimisation; TokenService looks the token up as either kind.
    recordSignOut(m_ctx, token, request);
    m_ctx.tokens.revokeToken(token);
    HttpResponse response;
    response.status = 200;
    responder.send(response);
}

} // namespace facturos::server
