// GET /v1/account/mailboxes, POST /v1/account/mailboxes/imap (the login is checked before anything is stored,
// answered later without stalling other requests; 201 for a new mailbox, 200 when it replaces the login of
// the user's mailbox that needs reconnection) and DELETE /v1/account/mailboxes/{id}.
#include "core/json.h"
#include "core/page.h"
#include "server/apiresponses.h"
#include "server/idempotency.h"
#include "server/mailboxservice.h"
#include "server/servercontext.h"
#include "server/tokenservice.h"

#include <QPointer>

namespace facturos::server {

namespace {

struct ReasonText
{
    QString title;
    QString detail;
};

ReasonText reasonText(const QString &reason)
{
    if (reason == MailboxReason::AuthenticationFailed)
        return {QStringLiteral("The IMAP server refused the login"),
                QStringLiteral("Check the user name and password (some providers need an app password).")};
    if (reason == MailboxReason::HostNotFound)
        return {QStringLiteral("IMAP server not found"), QStringLiteral("No server answers to this host name.")};
    if (reason == MailboxReason::ConnectionRefused)
        return {QStringLiteral("The IMAP server refused the connection"),
                QStringLiteral("Nothing accepts connections on this port; check the port and security mode.")};
    if (reason == MailboxReason::CertificateUntrusted)
        return {QStringLiteral("The IMAP server's certificate is not trusted"),
                QStringLiteral("Its certificate is not valid for this host name or not signed by a trusted "
                               "authority.")};
    if (reason == MailboxReason::TlsError)
        return {QStringLiteral("Secure connection failed"),
                QStringLiteral("The server did not negotiate TLS in this mode; check the security mode and port.")};
    if (reason == MailboxReason::Timeout)
        return {QStringLiteral("The IMAP server did not answer in time"),
                QStringLiteral("The server accepted no login within the time allowed; try again later.")};
    if (reason == MailboxReason::PrivateAddress)
        return {QStringLiteral("This host is on a private network"),
                QStringLiteral("The server only connects to public Internet addresses.")};
    return {QStringLiteral("The IMAP server answered unexpectedly"),
            QStringLiteral("It does not behave like an IMAP server on this port.")};
}

HttpResponse imapFailure(const ImapVerification &result)
{
    const ReasonText text = reasonText(result.reason);
    Problem problem = Problem::make(422, result.reason, text.title, text.detail);
    problem.errors = {{result.field, result.reason, text.detail}};
    return problemResponse(problem);
}

HttpResponse mailboxCreated(const Mailbox &mailbox)
{
    return jsonResponse(201, toJson(mailbox)).withHeader("Location", "/v1/account/mailboxes/" + mailbox.id.toUtf8());
}

HttpResponse mailboxExists()
{
    return problemResponse(Problem::make(409, QStringLiteral("mailbox_exists"),
                                         QStringLiteral("This mailbox is already connected"),
                                         QStringLiteral("Disconnect it first to change its settings.")));
}

bool needsReconnection(const Mailbox &mailbox)
{
    return mailbox.status == QLatin1String("needs_reconnection");
}

HttpResponse storageFailure()
{
    return problemResponse(Problem::make(500, QStringLiteral("storage_failed"), QStringLiteral("Storage failed"),
                                         QStringLiteral("Nothing was stored; try again later.")));
}

HttpResponse listMailboxes(MailboxService &service, const HttpRequest &request, const AuthContext &auth)
{
    FieldErrors errors;
    const int limit = pageLimit(request.query, &errors);
    QString after;
    const QString cursor = request.query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    if (!cursor.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        after = QString::fromUtf8(*decoded);
        if (!decoded || after.isEmpty())
            errors.append(unknownCursor());
    }
    if (!errors.isEmpty())
        return validationProblem(errors);
    bool more = false;
    Page<Mailbox> page;
    page.items = service.list(auth.userId, after, limit, &more);
    if (more)
        page.next = QString::fromLatin1(
            page.items.last().id.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return jsonResponse(200, pageToJson(page));
}

void connectImap(ServerContext &ctx, const HttpRequest &request, const AuthContext &auth, const Responder &responder)
{
    HttpResponse error;
    if (!ctx.tokens.requireRecentAuthentication(auth, &error)) {
        responder.send(error);
        return;
    }
    const auto body = readJsonBody(request, &error);
    if (!body) {
        responder.send(error);
        return;
    }
    FieldErrors errors;
    const auto connect = imapConnectRequestFromJson(*body, &errors);
    if (!connect) {
        responder.send(validationProblem(errors));
        return;
    }
    MailboxService *service = ctx.mailboxes;
    // A working mailbox is not replaced through here; one that needs reconnection is, once the login works.
    if (const auto existing = service->findMailbox(auth.userId, QStringLiteral("imap"), connect->address);
        existing && !needsReconnection(*existing)) {
        responder.send(mailboxExists());
        return;
    }
    // The verifier lives until it reports; the responder skips the write if the client has left meanwhile.
    auto *verifier = new ImapVerifier(service->imapConfig(), service);
    const QString userId = auth.userId;
    const ImapConnectRequest request_ = *connect;
    QObject::connect(verifier, &ImapVerifier::finished, service,
                     [verifier, service, userId, request_, responder](const ImapVerification &result) {
                         verifier->deleteLater();
                         if (!result.ok) {
                             responder.send(imapFailure(result)); // nothing stored, nothing replaced
                             return;
                         }
                         // Looked up again: the mailbox may have been repaired, added or removed meanwhile.
                         const auto existing = service->findMailbox(userId, QStringLiteral("imap"), request_.address);
                         if (existing && !needsReconnection(*existing)) {
                             responder.send(mailboxExists());
                         } else if (existing) {
                             const auto mailbox = service->reconnectImap(userId, existing->id, request_);
                             responder.send(mailbox ? jsonResponse(200, toJson(*mailbox)) : storageFailure());
                         } else {
                             const auto mailbox = service->addImap(userId, request_);
                             responder.send(mailbox ? mailboxCreated(*mailbox) : storageFailure());
                         }
                     });
    verifier->start(connect->settings, connect->password);
}

} // namespace

void registerMailboxRoutes(ServerContext &ctx)
{
    ctx.http.addRoute("GET", QStringLiteral("/v1/account/mailboxes"),
                      bearerRoute(ctx.tokens, [&ctx](const HttpRequest &request, const AuthContext &auth) {
                          return listMailboxes(*ctx.mailboxes, request, auth);
                      }));
    ctx.http.addRoute("POST", QStringLiteral("/v1/account/mailboxes/imap"),
                      idempotentDeferredRoute(
                          ctx, [&ctx](const HttpRequest &request, const AuthContext &auth, const Responder &responder) {
                              connectImap(ctx, request, auth, responder);
                          }));
    ctx.http.addRoute("DELETE", QStringLiteral("/v1/account/mailboxes/{id}"),
                      [&ctx](const HttpRequest &request, const Responder &responder) {
                          HttpResponse error;
                          const auto auth = ctx.tokens.requireBearer(request, &error);
                          if (!auth) {
                              responder.send(error);
                              return;
                          }
                          ctx.mailboxes->disconnect(
                              auth->userId, request.params.value(QStringLiteral("id")),
                              [responder](MailboxService::Removal removal) {
                                  if (removal == MailboxService::Removal::NotFound)
                                      responder.send(notFound(QStringLiteral("No mailbox of yours has this id.")));
                                  else
                                      responder.send(noContent());
                              });
                      });
    registerGmailRoutes(ctx);
    if (ctx.mailboxes->options().devMailProvider)
        registerDevMailProvider(ctx);
}

} // namespace facturos::server
