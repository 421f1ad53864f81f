// Marketing and cookie/tracking choices, the consent history they append to, and the privacy statement the
// user acknowledges. Every stored change of a choice leaves a consent record naming the client it came from
// and the statement in force (GDPR art. 7 proof).
#include "core/json.h"
#include "server/accountroutes.h"
#include "server/activitylog.h"
#include "server/apiresponses.h"
#include "server/servercontext.h"
#include "server/userstore.h"

namespace facturos::server {

namespace {

const QString kVersion = QStringLiteral("version");
// Not among core's ErrorCode values: only this route can produce it.
const QString kNotCurrent = QStringLiteral("not_current");

// PUT of a whole choices object: 415/400, then 428/412, then 422, and only then a write.
template <typename Choices, typename Decode, typename Store>
HttpResponse putChoices(const HttpRequest &request, const Choices &current, Decode decode, Store store)
{
    HttpResponse error;
    const auto body = readJsonBody(request, &error);
    if (!body)
        return error;
    if (!checkIfMatch(request, toCompactJson(toJson(current)), &error))
        return error;
    FieldErrors errors;
    const std::optional<Choices> choices = decode(*body, &errors);
    if (!choices)
        return validationProblem(errors);
    store(*choices);
    return resourceResponse(toCompactJson(toJson(*choices)));
}

} // namespace

void registerPreferenceRoutes(ServerContext &ctx)
{
    const QString communications = QStringLiteral("/v1/account/preferences/communications");
    ctx.http.addRoute("GET", communications,
                      bearerRoute(ctx.tokens, [&ctx](const HttpRequest &, const AuthContext &auth) {
                          return resourceResponse(toCompactJson(toJson(ctx.users.communications(auth.userId))));
                      }));
    ctx.http.addRoute(
        "PUT", communications, bearerRoute(ctx.tokens, [&ctx](const HttpRequest &request, const AuthContext &auth) {
            return putChoices(request, ctx.users.communications(auth.userId), communicationChoicesFromJson,
                              [&](const CommunicationChoices &choices) {
                                  ctx.users.setCommunications(auth.userId, choices, auth.clientId,
                                                              ctx.statement.version);
                                  recordActivity(ctx, auth.userId, ActivityKind::PreferencesUpdated, request);
                              });
        }));

    const QString privacy = QStringLiteral("/v1/account/preferences/privacy");
    ctx.http.addRoute("GET", privacy, bearerRoute(ctx.tokens, [&ctx](const HttpRequest &, const AuthContext &auth) {
                          return resourceResponse(toCompactJson(toJson(ctx.users.privacy(auth.userId))));
                      }));
    ctx.http.addRoute(
        "PUT", privacy, bearerRoute(ctx.tokens, [&ctx](const HttpRequest &request, const AuthContext &auth) {
            return putChoices(request, ctx.users.privacy(auth.userId), privacyChoicesFromJson,
                              [&](const PrivacyChoices &choices) {
                                  ctx.users.setPrivacy(auth.userId, choices, auth.clientId, ctx.statement.version);
                                  recordActivity(ctx, auth.userId, ActivityKind::PreferencesUpdated, request);
                              });
        }));

    ctx.http.addRoute("GET", QStringLiteral("/v1/account/consents"),
                      bearerRoute(ctx.tokens, [&ctx](const HttpRequest &request, const AuthContext &auth) {
                          return pagedResponse<ConsentRecord>(
                              request, [&](int limit, const QString &cursor, Page<ConsentRecord> *page) {
                                  return ctx.users.consents(auth.userId, limit, cursor, page);
                              });
                      }));

    // Public: the app shows it before sign-in too.
    ctx.http.addRoute("GET", QStringLiteral("/v1/privacy-statement"),
                      [&ctx](const HttpRequest &, const Responder &responder) {
                          responder.send(jsonResponse(200, toJson(ctx.statement)));
                      });

    ctx.http.addRoute(
        "POST", QStringLiteral("/v1/account/privacy-statement/ack"),
        bearerRoute(ctx.tokens, [&ctx](const HttpRequest &request, const AuthContext &auth) {
            HttpResponse error;
            const auto body = readJsonBody(request, &error);
            if (!body)
                return error;
            FieldErrors errors;
            JsonReader reader(*body, QString(), &errors);
            const QString version = reader.string(kVersion);
            reader.rejectUnknown();
            // Acknowledging an older version would hide the "statement updated" alert wrongly.
            if (errors.isEmpty() && version != ctx.statement.version)
                errors.append(
                    {kVersion, kNotCurrent,
                     QStringLiteral("Only the current version (%1) can be acknowledged.").arg(ctx.statement.version)});
            if (!errors.isEmpty())
                return validationProblem(errors);
            ctx.users.setStatementAck(auth.userId, version);
            return jsonResponse(200, toJson(ctx.users.account(auth.userId, ctx.statement.version)));
        }));
}

} // namespace facturos::server
