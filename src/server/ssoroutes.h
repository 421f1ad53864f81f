#pragma once
// The SSO half of the server, an OAuth 2.0 authorization server for the public desktop client: metadata
// (RFC 8414), the sign-in page and its password check, the token endpoint (authorization code with PKCE
// S256, refresh with rotation), revocation (RFC 7009) and the password change page (ssopasswordchange.cpp).
// Password checks run on a small thread pool and answer later, so the event loop keeps serving other clients
// meanwhile.

#include "core/form.h"
#include "server/authcodes.h"
#include "server/httpservice.h"
#include "server/loginthrottle.h"

#include <QObject>
#include <QThreadPool>

namespace facturos::server {

struct AuthorizeRequest;
struct AuthorizeError;
struct HttpRequest;
struct HttpResponse;
struct ServerContext;
class Responder;

// Shared by the SSO's form endpoints (ssoroutes.cpp, ssopasswordchange.cpp): the body is
// application/x-www-form-urlencoded; a repeated field reads as empty.
[[nodiscard]] bool isFormBody(const HttpRequest &request);
[[nodiscard]] QString formField(const FormFields &fields, const char *name);

class SsoRoutes : public QObject
{
    Q_OBJECT
public:
    // Owned by `parent` (the HttpService); registers its routes on ctx.http.
    SsoRoutes(ServerContext &ctx, QObject *parent);
    ~SsoRoutes() override;

    // Argon2id takes ~64 MiB per check, so only a few run at once. Exposed so that tests can hold it busy
    // and show that other requests are still served while a check waits.
    [[nodiscard]] QThreadPool &passwordCheckPool() { return m_pool; }

private:
    // One password entry on the sign-in or the password change page, from the form to the answer.
    struct PasswordAttempt
    {
        QString email;
        QString userId; // empty for an unknown e-mail
        bool locked = false;
        QString accountKey;
        QString addressKey;
        QString ip;
        QString userAgent;
        Responder responder;
    };
    struct PendingLogin;
    struct PendingPasswordChange;

    void metadata(const HttpRequest &request, const Responder &responder) const;
    void showLogin(const HttpRequest &request, const Responder &responder) const;
    void submitLogin(const HttpRequest &request, const Responder &responder);
    void finishLogin(const PendingLogin &login, bool passwordMatches);
    void token(const HttpRequest &request, const Responder &responder);
    void revoke(const HttpRequest &request, const Responder &responder);
    // ssopasswordchange.cpp: GET/POST /account/password, throttled together with the sign-in page.
    void addPasswordChangeRoutes();
    void showPasswordChange(const HttpRequest &request, const Responder &responder) const;
    void submitPasswordChange(const HttpRequest &request, const Responder &responder);
    void finishPasswordChange(const PendingPasswordChange &change, const QByteArray &newHash);
    // Counts `attempt` (its e-mail set) against the throttle and fills it in; returns the hash the typed password
    // is checked against: the account's, or a dummy one, so that locked, unknown and known accounts all cost one
    // full check and neither the answer nor its timing tells them apart.
    [[nodiscard]] QByteArray beginPasswordAttempt(const HttpRequest &request, const Responder &responder,
                                                  PasswordAttempt &attempt);
    // The two ends of an attempt. A wrong password goes into the owner's activity (an unknown e-mail leaves no
    // trace); a right one clears the account's count and forgives the address this attempt.
    void passwordAttemptFailed(const PasswordAttempt &attempt);
    void passwordAttemptSucceeded(const PasswordAttempt &attempt);
    // False, with an error page sent, when `request` has no form body.
    [[nodiscard]] static bool requireFormBody(const HttpRequest &request, const Responder &responder);

    [[nodiscard]] HttpResponse authorizeErrorResponse(const AuthorizeRequest &partial, const AuthorizeError &error,
                                                      const HttpRequest &request) const;
    [[nodiscard]] HttpResponse redirectToClient(const QString &redirectUri,
                                                QList<QPair<QString, QString>> parameters) const;
    [[nodiscard]] QString issuer() const;

    ServerContext &m_ctx;
    LoginThrottle m_throttle;
    AuthCodeStore m_codes;
    QThreadPool m_pool;
};

} // namespace facturos::server
