// A development stand-in for Google's OAuth endpoints, served under /dev/mail-provider/ only when the server
// runs with --dev-mail-provider (demo and tests). It behaves like the real provider over HTTP — a consent
// page, single-use codes bound to PKCE S256 and the redirect URI, tokens, the Gmail profile call and RFC 7009
// revocation — and says plainly on its page that it is not Google. Its state lives in memory only.
#include "core/json.h"
#include "server/apiresponses.h"
#include "server/crypto.h"
#include "server/mailboxservice.h"
#include "server/servercontext.h"

#include <memory>
#include <QHash>
#include <QJsonArray>

namespace facturos::server {

namespace {

const QString kPrefix = QStringLiteral("/dev/mail-provider");

struct PendingCode
{
    QString challenge;
    QString redirectUri;
    QString clientId;
    QString email;
    qint64 expiresAt = 0;
};

struct DevState
{
    QHash<QString, PendingCode> codes;
    QHash<QString, QString> tokens; // access and refresh tokens → address
    QJsonArray revocations;         // what was revoked, for people and tests to look at
};

QString field(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

HttpResponse oauthError(int status, const QString &error)
{
    return jsonResponse(status, {{QStringLiteral("error"), error}});
}

HttpResponse consentPage(const QUrlQuery &query)
{
    QString hidden;
    for (const QString &name :
         {QStringLiteral("client_id"), QStringLiteral("redirect_uri"), QStringLiteral("scope"), QStringLiteral("state"),
          QStringLiteral("code_challenge"), QStringLiteral("code_challenge_method")})
        hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
                      .arg(name, field(query, name).toHtmlEscaped());
    QString email = field(query, QStringLiteral("login_hint"));
    if (email.isEmpty())
        email = QStringLiteral("atelier.durand.factures@gmail.com");
    const QString html =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Development mail provider"
            "</title></head><body><p><strong>Development stand-in for Google — this is not Google.</strong> "
            "Fournisseur de développement, ce n'est pas Google.</p><h1>Facturos wants full access to your "
            "mailbox</h1><p>Scope: <code>%1</code> (read, send and delete all your e-mail).</p>"
            "<form method=\"post\" action=\"%2/authorize\">%3<label>Address <input name=\"email\" value=\"%4\">"
            "</label> <button name=\"decision\" value=\"allow\">Allow</button> "
            "<button name=\"decision\" value=\"deny\">Deny</button></form></body></html>\n")
            .arg(field(query, QStringLiteral("scope")).toHtmlEscaped(), kPrefix, hidden, email.toHtmlEscaped());
    HttpResponse response;
    response.contentType = "text/html; charset=utf-8";
    response.body = html.toUtf8();
    return response;
}

QUrl withParameters(const QString &redirectUri, const QList<QPair<QString, QString>> &parameters)
{
    QUrl url(redirectUri);
    QUrlQuery query(url);
    for (const auto &[name, value] : parameters)
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(query);
    return url;
}

HttpResponse redirect(const QUrl &to)
{
    HttpResponse response;
    response.status = 302;
    response.withHeader("Location", to.toString(QUrl::FullyEncoded).toUtf8());
    return response;
}

QUrlQuery form(const HttpRequest &request)
{
    return QUrlQuery(QString::fromUtf8(request.body).replace(QLatin1Char('+'), QLatin1Char(' ')));
}

} // namespace

void registerDevMailProvider(ServerContext &ctx)
{
    auto state = std::make_shared<DevState>();
    MailboxService *service = ctx.mailboxes;

    ctx.http.addRoute("GET", kPrefix + QStringLiteral("/authorize"),
                      [service](const HttpRequest &request, const Responder &responder) {
                          const QUrlQuery &q = request.query;
                          // Like Google: a wrong client or redirect URI is shown on the provider's page, never
                          // redirected.
                          if (field(q, QStringLiteral("redirect_uri")) !=
                                  service->callbackUrl().toString(QUrl::FullyEncoded) ||
                              field(q, QStringLiteral("client_id")) != service->provider().endpoints().clientId ||
                              field(q, QStringLiteral("response_type")) != QLatin1String("code") ||
                              field(q, QStringLiteral("code_challenge_method")) != QLatin1String("S256") ||
                              field(q, QStringLiteral("code_challenge")).isEmpty()) {
                              responder.send(oauthError(400, QStringLiteral("invalid_request")));
                              return;
                          }
                          responder.send(consentPage(q));
                      });

    ctx.http.addRoute(
        "POST", kPrefix + QStringLiteral("/authorize"),
        [&ctx, state, service](const HttpRequest &request, const Responder &responder) {
            const QUrlQuery f = form(request);
            const QString redirectUri = field(f, QStringLiteral("redirect_uri"));
            if (redirectUri != service->callbackUrl().toString(QUrl::FullyEncoded)) {
                responder.send(oauthError(400, QStringLiteral("redirect_uri_mismatch")));
                return;
            }
            const QString stateValue = field(f, QStringLiteral("state"));
            if (field(f, QStringLiteral("decision")) != QLatin1String("allow")) {
                responder.send(
                    redirect(withParameters(redirectUri, {{QStringLiteral("error"), QStringLiteral("access_denied")},
                                                          {QStringLiteral("state"), stateValue}})));
                return;
            }
            const QString code = QString::fromLatin1(crypto::randomToken(24));
            state->codes.insert(code, {field(f, QStringLiteral("code_challenge")), redirectUri,
                                       field(f, QStringLiteral("client_id")), field(f, QStringLiteral("email")),
                                       ctx.clock.now().toSecsSinceEpoch() + 60});
            responder.send(redirect(
                withParameters(redirectUri, {{QStringLiteral("code"), code}, {QStringLiteral("state"), stateValue}})));
        });

    ctx.http.addRoute("POST", kPrefix + QStringLiteral("/token"),
                      [&ctx, state](const HttpRequest &request, const Responder &responder) {
                          const QUrlQuery f = form(request);
                          const PendingCode pending = state->codes.take(field(f, QStringLiteral("code"))); // single use
                          const QByteArray verifier = field(f, QStringLiteral("code_verifier")).toLatin1();
                          if (field(f, QStringLiteral("grant_type")) != QLatin1String("authorization_code") ||
                              pending.expiresAt == 0 || pending.expiresAt < ctx.clock.now().toSecsSinceEpoch() ||
                              pending.redirectUri != field(f, QStringLiteral("redirect_uri")) ||
                              pending.clientId != field(f, QStringLiteral("client_id")) ||
                              QString::fromLatin1(crypto::pkceChallenge(verifier)) != pending.challenge) {
                              responder.send(oauthError(400, QStringLiteral("invalid_grant")));
                              return;
                          }
                          const QString access =
                              QStringLiteral("dev-at.") + QString::fromLatin1(crypto::randomToken(32));
                          const QString refresh =
                              QStringLiteral("dev-rt.") + QString::fromLatin1(crypto::randomToken(32));
                          state->tokens.insert(access, pending.email);
                          state->tokens.insert(refresh, pending.email);
                          responder.send(jsonResponse(200, {{QStringLiteral("access_token"), access},
                                                            {QStringLiteral("refresh_token"), refresh},
                                                            {QStringLiteral("expires_in"), 3599},
                                                            {QStringLiteral("scope"), kGmailScope},
                                                            {QStringLiteral("token_type"), QStringLiteral("Bearer")}}));
                      });

    ctx.http.addRoute("GET", kPrefix + QStringLiteral("/gmail/v1/users/me/profile"),
                      [state](const HttpRequest &request, const Responder &responder) {
                          const QByteArray header = request.header("Authorization");
                          const QString token = QString::fromLatin1(header.mid(7));
                          if (!header.startsWith("Bearer ") || !state->tokens.contains(token)) {
                              responder.send(oauthError(401, QStringLiteral("invalid_token")));
                              return;
                          }
                          responder.send(
                              jsonResponse(200, {{QStringLiteral("emailAddress"), state->tokens.value(token)},
                                                 {QStringLiteral("messagesTotal"), 0},
                                                 {QStringLiteral("threadsTotal"), 0}}));
                      });

    ctx.http.addRoute("POST", kPrefix + QStringLiteral("/revoke"),
                      [&ctx, state](const HttpRequest &request, const Responder &responder) {
                          const QString token = field(form(request), QStringLiteral("token"));
                          if (!state->tokens.contains(token)) {
                              responder.send(oauthError(400, QStringLiteral("invalid_token")));
                              return;
                          }
                          const QString address = state->tokens.take(token);
                          state->revocations.append(QJsonObject{
                              {QStringLiteral("address"), address},
                              {QStringLiteral("tokenSha256"), QString::fromLatin1(crypto::secretHash(token.toUtf8()))},
                              {QStringLiteral("time"), formatTime(ctx.clock.now())}});
                          responder.send(jsonResponse(200, {}));
                      });

    ctx.http.addRoute("GET", kPrefix + QStringLiteral("/revocations"),
                      [state](const HttpRequest &, const Responder &responder) {
                          responder.send(jsonResponse(200, {{QStringLiteral("items"), state->revocations}}));
                      });
}

} // namespace facturos::server
