// The export streams: its head and then each list a page at a time, pulled as the client reads (see
// Responder::sendStream), so 100,000 activity events cost no more memory than ten. Closure needs a fresh
// sign-in and the typed e-mail, and takes an Idempotency-Key so a retried request never schedules twice.
#include "server/datarightsroutes.h"

#include "core/closure.h"
#include "core/json.h"
#include "server/accountroutes.h"
#include "server/apiresponses.h"
#include "server/closureservice.h"
#include "server/exportwriter.h"
#include "server/idempotency.h"
#include "server/servercontext.h"
#include "server/userstore.h"

#include <memory>

namespace facturos::server {

namespace {

HttpResponse storageFailure()
{
    return problemResponse(Problem::make(500, QStringLiteral("storage_failed"), QStringLiteral("Storage failed"),
                                         QStringLiteral("Nothing was changed; try again later.")));
}

void exportAccount(ServerContext &ctx, const HttpRequest &request, const Responder &responder)
{
    HttpResponse error;
    const auto auth = ctx.tokens.requireBearer(request, &error);
    if (!auth) {
        responder.send(error);
        return;
    }
    if (!ctx.users.findById(auth->userId)) {
        responder.send(notFound(QStringLiteral("This account no longer exists.")));
        return;
    }
    HttpResponse head;
    head.status = 200;
    head.contentType = "application/json";
    head.withHeader("Content-Disposition",
                    "attachment; filename=\"" + exportFileName(ctx.clock.now().toUTC().date()) + '"');
    auto writer = std::make_shared<ExportWriter>(ctx, auth->userId, auth->sessionId);
    qCInfo(lcAccount) << "export started for user" << auth->userId.left(8);
    responder.sendStream(head, [writer](QByteArray *chunk) { return writer->next(chunk); });
}

HttpResponse scheduleClosure(ServerContext &ctx, ClosureService &closures, const HttpRequest &request,
                             const AuthContext &auth)
{
    HttpResponse error;
    const auto body = readJsonBody(request, &error);
    if (!body)
        return error;
    if (!ctx.tokens.requireRecentAuthentication(auth, &error))
        return error;
    FieldErrors errors;
    const auto closureRequest = closureRequestFromJson(*body, &errors);
    if (!closureRequest)
        return validationProblem(errors);
    const auto user = ctx.users.findById(auth.userId);
    if (!user)
        return storageFailure();
    if (closureRequest->confirm.trimmed().compare(user->email, Qt::CaseInsensitive) != 0)
        return validationProblem({{QStringLiteral("confirm"), ErrorCode::Mismatch,
                                   QStringLiteral("Type the account's e-mail address to confirm.")}});
    ClosureState state;
    switch (closures.schedule(auth.userId, closureRequest->reason, closureRequest->stopMarketing, &state)) {
    case ClosureService::Outcome::Done:
        return jsonResponse(201, toJson(state));
    case ClosureService::Outcome::AlreadyScheduled: {
        // The current state rides along (an RFC 9457 extension member), so the client can show it.
        QJsonObject problem = toJson(Problem::make(409, QStringLiteral("closure_already_scheduled"),
                                                   QStringLiteral("A closure is already scheduled"),
                                                   QStringLiteral("Cancel it first to schedule another one.")));
        problem.insert(QStringLiteral("closure"), toJson(state));
        HttpResponse response = jsonResponse(409, problem);
        response.contentType = "application/problem+json";
        return response;
    }
    default:
        return storageFailure();
    }
}

HttpResponse cancelClosure(ClosureService &closures, const AuthContext &auth)
{
    switch (closures.cancel(auth.userId)) {
    case ClosureService::Outcome::Done:
        return noContent();
    case ClosureService::Outcome::NotScheduled:
        return problemResponse(
            Problem::make(404, QStringLiteral("closure_not_scheduled"), QStringLiteral("No closure is scheduled")));
    default:
        return storageFailure();
    }
}

} // namespace

void registerDataRightsRoutes(ServerContext &ctx, ClosureService &closures)
{
    ctx.http.addRoute(
        "GET", QStringLiteral("/v1/account/export"),
        [&ctx](const HttpRequest &request, const Responder &responder) { exportAccount(ctx, request, responder); });
    ctx.http.addRoute("POST", QStringLiteral("/v1/account/closure"),
                      idempotentRoute(ctx, [&ctx, &closures](const HttpRequest &request, const AuthContext &auth) {
                          return scheduleClosure(ctx, closures, request, auth);
                      }));
    ctx.http.addRoute("DELETE", QStringLiteral("/v1/account/closure"),
                      bearerRoute(ctx.tokens, [&closures](const HttpRequest &, const AuthContext &auth) {
                          return cancelClosure(closures, auth);
                      }));
}

} // namespace facturos::server
