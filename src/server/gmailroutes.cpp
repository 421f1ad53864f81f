// "Connect Gmail": POST /v1/account/mailboxes/gmail answers the provider's consent URL (the state and PKCE
// verifier wait in mailbox_authorizations for ten minutes), and GET /oauth/mail-provider/callback takes the
// browser back from the provider, exchanges the code, keeps only the token (encrypted) and says in a small
// FR/EN page that the user can go back to the app.
#include "core/json.h"
#include "server/accountroutes.h"
#include "server/apiresponses.h"
#include "server/crypto.h"
#include "server/database.h"
#include "server/idempotency.h"
#include "server/mailboxservice.h"
#include "server/servercontext.h"
#include "server/tokenservice.h"

namespace facturos::server {

namespace {

constexpr qint64 kAuthorizationLifetime = 600;

struct PageText
{
    QString fr;
    QString en;
};

HttpResponse page(int status, PageLanguage lang, const PageText &title, const PageText &message)
{
    const bool en = lang == PageLanguage::English;
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<title>%2 – Facturos</title><style>body{font-family:sans-serif;"
                       "max-width:32rem;margin:4rem auto;padding:0 1rem}</style></head>"
                       "<body><h1>%2</h1><p>%3</p></body></html>\n")
            .arg(en ? QStringLiteral("en") : QStringLiteral("fr"), (en ? title.en : title.fr).toHtmlEscaped(),
                 (en ? message.en : message.fr).toHtmlEscaped());
    HttpResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = html.toUtf8();
    response.withHeader("Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    return response;
}

const PageText kFailedTitle{QStringLiteral("La boîte Gmail n'a pas été connectée"),
                            QStringLiteral("The Gmail mailbox was not connected")};

HttpResponse failurePage(int status, PageLanguage lang, const PageText &message)
{
    return page(status, lang, kFailedTitle, message);
}

HttpResponse startGmail(ServerContext &ctx, const HttpRequest &request, const AuthContext &auth)
{
    HttpResponse error;
    if (!ctx.tokens.requireRecentAuthentication(auth, &error))
        return error;
    QString loginHint;
    if (!request.body.trimmed().isEmpty()) {
        const auto body = readJsonBody(request, &error);
        if (!body)
            return error;
        FieldErrors errors;
        JsonReader reader(*body, QString(), &errors);
        loginHint = reader.string(QStringLiteral("loginHint"), Presence::Optional);
        reader.rejectUnknown();
        if (!errors.isEmpty())
            return validationProblem(errors);
    }
    MailboxService &service = *ctx.mailboxes;
    if (!service.provider().isConfigured())
        return problemResponse(Problem::make(503, QStringLiteral("mail_provider_not_configured"),
                                             QStringLiteral("Gmail is not available on this server"),
                                             QStringLiteral("The server has no OAuth client for Google.")));
    const QByteArray state = crypto::randomToken(32);
    const QByteArray verifier = crypto::randomToken(48);
    const qint64 now = ctx.clock.now().toSecsSinceEpoch();
    bool ok = false;
    ctx.db.exec(QStringLiteral("DELETE FROM mailbox_authorizations WHERE expires_at < ?"), {now});
    ctx.db.exec(QStringLiteral("INSERT INTO mailbox_authorizations (state_hash, user_id, code_verifier, created_at, "
                               "expires_at) VALUES (?, ?, ?, ?, ?)"),
                {QString::fromLatin1(crypto::secretHash(state)), auth.userId, QString::fromLatin1(verifier), now,
                 now + kAuthorizationLifetime},
                &ok);
    if (!ok)
        return problemResponse(Problem::make(500, QStringLiteral("storage_failed"), QStringLiteral("Storage failed")));
    GmailConsent consent;
    consent.consentUrl = service.provider()
                             .consentUrl(state, crypto::pkceChallenge(verifier), service.callbackUrl(), loginHint)
                             .toString(QUrl::FullyEncoded);
    return jsonResponse(200, toJson(consent));
}

void callback(ServerContext &ctx, const HttpRequest &request, const Responder &responder)
{
    const PageLanguage lang = pageLanguage(request);
    const QByteArray state = request.query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toLatin1();
    const QString stateHash = QString::fromLatin1(crypto::secretHash(state));
    const QVariantList row = ctx.db.row(
        QStringLiteral("SELECT user_id, code_verifier, expires_at FROM mailbox_authorizations WHERE state_hash = ?"),
        {stateHash});
    // Single use, whatever happens next.
    ctx.db.exec(QStringLiteral("DELETE FROM mailbox_authorizations WHERE state_hash = ?"), {stateHash});
    if (state.isEmpty() || row.size() != 3 || row.at(2).toLongLong() < ctx.clock.now().toSecsSinceEpoch()) {
        responder.send(failurePage(400, lang,
                                   {QStringLiteral("Ce lien a expiré ou a déjà servi. Recommencez depuis "
                                                   "l'application Facturos."),
                                    QStringLiteral("This link has expired or was already used. Start again from the "
                                                   "Facturos app.")}));
        return;
    }
    if (request.query.hasQueryItem(QStringLiteral("error"))) {
        responder.send(failurePage(200, lang,
                                   {QStringLiteral("Vous n'avez pas autorisé l'accès : rien n'a été connecté. Vous "
                                                   "pouvez revenir à l'application."),
                                    QStringLiteral("You did not grant access: nothing was connected. You can go back "
                                                   "to the app.")}));
        return;
    }
    const QString userId = row.at(0).toString();
    const QByteArray verifier = row.at(1).toString().toLatin1();
    const QByteArray code = request.query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toUtf8();
    MailboxService *service = ctx.mailboxes;
    const PageText providerFailed{QStringLiteral("Google n'a pas confirmé l'accès. Recommencez depuis l'application "
                                                 "Facturos."),
                                  QStringLiteral("Google did not confirm the access. Start again from the Facturos "
                                                 "app.")};
    service->provider().exchangeCode(code, verifier, service->callbackUrl(), [=](const ProviderTokens &tokens) {
        if (!tokens.ok) {
            responder.send(failurePage(502, lang, providerFailed));
            return;
        }
        if (!tokens.scopes.contains(kGmailScope)) {
            // Partial consent is useless for sending invoices: give the token back instead of keeping it.
            service->provider().revoke(tokens.token, [](RevokeOutcome, const QString &) {});
            responder.send(failurePage(
                400, lang,
                {QStringLiteral("L'accès complet à la boîte n'a pas été accordé ; Facturos en a besoin pour envoyer "
                                "vos factures."),
                 QStringLiteral("Full mailbox access was not granted; Facturos needs it to send your invoices.")}));
            return;
        }
        service->provider().fetchAddress(tokens.accessToken, [=](const QString &address) {
            if (address.isEmpty()) {
                responder.send(failurePage(502, lang, providerFailed));
                return;
            }
            if (!service->saveGmail(userId, address, tokens.token, tokens.scopes)) {
                responder.send(failurePage(500, lang,
                                           {QStringLiteral("Une erreur interne est survenue ; réessayez plus tard."),
                                            QStringLiteral("An internal error occurred; try again later.")}));
                return;
            }
            responder.send(page(200, lang,
                                {QStringLiteral("Boîte Gmail connectée"), QStringLiteral("Gmail mailbox connected")},
                                {QStringLiteral("Vous pouvez revenir à l'application Facturos."),
                                 QStringLiteral("You can go back to the Facturos app.")}));
        });
    });
}

} // namespace

void registerGmailRoutes(ServerContext &ctx)
{
    ctx.http.addRoute("POST", QStringLiteral("/v1/account/mailboxes/gmail"),
                      idempotentRoute(ctx, [&ctx](const HttpRequest &request, const AuthContext &auth) {
                          return startGmail(ctx, request, auth);
                      }));
    ctx.http.addRoute(
        "GET", QStringLiteral("/oauth/mail-provider/callback"),
        [&ctx](const HttpRequest &request, const Responder &responder) { callback(ctx, request, responder); });
}

} // namespace facturos::server
