// The account summary and the personal-information resource: GET is kept to one token lookup and one row
// read (it is the hot path), PATCH applies a JSON merge patch that is validated whole before anything is
// written, and an e-mail change only becomes a pending address until the new mailbox proves it reads.
#include "server/accountroutes.h"

#include "core/json.h"
#include "core/validation.h"
#include "server/activitylog.h"
#include "server/apiresponses.h"
#include "server/database.h"
#include "server/emailverifications.h"
#include "server/servercontext.h"
#include "server/userstore.h"

#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcAccount, "facturos.server.account", QtInfoMsg)

namespace facturos::server {

namespace {

const QString kEmail = QStringLiteral("email");
const QString kPendingEmail = QStringLiteral("pendingEmail");
const QString kUsername = QStringLiteral("username");
// Members the codec requires but whose "no value" is JSON null, which a merge patch uses to delete.
const QString kBillingAddress = QStringLiteral("billingAddress");

HttpResponse accountGone()
{
    return notFound(QStringLiteral("This account no longer exists."));
}

HttpResponse storageFailure()
{
    return problemResponse(Problem::make(500, QStringLiteral("storage_failed"), QStringLiteral("Storage failed"),
                                         QStringLiteral("Nothing was changed; try again later.")));
}

// RFC 7396 §2.
QJsonValue mergePatch(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject members = patch.toObject();
    for (auto it = members.constBegin(); it != members.constEnd(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), mergePatch(result.value(it.key()), it.value()));
    }
    return result;
}

QString verificationLink(const ServerContext &ctx, const QByteArray &token)
{
    return ctx.issuer.toString(QUrl::StripTrailingSlash) + QStringLiteral("/verify-email?token=") +
           QString::fromLatin1(token);
}

// The message goes to the new address, in French: most users are French and the link page offers English.
void queueVerificationMessage(EmailVerifications &verifications, const ServerContext &ctx, const QString &userId,
                              const QString &newEmail, const QByteArray &token)
{
    const QString subject = QStringLiteral("Confirmez votre nouvelle adresse e-mail Facturos");
    const QString body =
        QStringLiteral("Bonjour,\n\n"
                       "Vous avez demandé à utiliser l'adresse %1 pour votre compte Facturos.\n"
                       "Pour la confirmer, ouvrez ce lien dans les 24 heures puis cliquez sur « Confirmer » :\n\n"
                       "%2\n\n"
                       "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : "
                       "votre adresse actuelle reste inchangée.\n\n"
                       "L'équipe Facturos\n")
            .arg(newEmail, verificationLink(ctx, token));
    verifications.queueMessage(userId, newEmail, QStringLiteral("email_verification"), subject, body);
}

struct ProfileRoutes
{
    ServerContext &ctx;
    EmailVerifications verifications{ctx.db, ctx.clock};

    HttpResponse get(const AuthContext &auth)
    {
        // The stored bytes are the representation: no decoding, no re-serialising.
        const QByteArray stored = ctx.users.profileJson(auth.userId);
        return stored.isEmpty() ? accountGone() : resourceResponse(stored);
    }

    HttpResponse patch(const HttpRequest &request, const AuthContext &auth);
};

HttpResponse ProfileRoutes::patch(const HttpRequest &request, const AuthContext &auth)
{
    HttpResponse error;
    const auto patch = readJsonBody(request, &error, /*allowMergePatch=*/true);
    if (!patch)
        return error;
    const QByteArray stored = ctx.users.profileJson(auth.userId);
    const auto current = parseJsonObject(stored);
    const auto before = ctx.users.profile(auth.userId);
    if (!current || !before)
        return accountGone();
    if (!checkIfMatch(request, stored, &error))
        return error;

    FieldErrors errors;
    // A client may echo pendingEmail back unchanged (it sent what it read); only a change is refused.
    if (patch->contains(kPendingEmail) && patch->value(kPendingEmail) != current->value(kPendingEmail))
        errors.append({kPendingEmail, ErrorCode::ReadOnly, QStringLiteral("This field cannot be changed.")});
    QJsonObject merged = mergePatch(*current, *patch).toObject();
    merged.insert(kPendingEmail, current->value(kPendingEmail));
    if (!merged.contains(kBillingAddress))
        merged.insert(kBillingAddress, QJsonValue::Null); // "billingAddress": null means "same as delivery"
    const auto decoded = profileFromJson(merged, &errors);
    if (!decoded)
        return validationProblem(errors);

    Profile next = validation::normalized(*decoded);
    errors.append(validation::validate(next));
    if (next.username.compare(before->username, Qt::CaseInsensitive) != 0) {
        const auto holder = ctx.users.findByUsername(next.username);
        if (holder && holder->id != auth.userId)
            errors.append({kUsername, ErrorCode::Taken, QStringLiteral("This username is already in use.")});
    }
    if (!errors.isEmpty())
        return validationProblem(errors);

    // The address in use only changes once the new mailbox is proven; until then it is the pending one.
    const bool emailChanged = next.email != validation::normalized(*before).email;
    const bool pendingWithdrawn = !emailChanged && patch->contains(kEmail) && !before->pendingEmail.isEmpty();
    next.email = before->email;
    next.pendingEmail = before->pendingEmail;
    if (emailChanged) {
        if (!ctx.tokens.requireRecentAuthentication(auth, &error))
            return error;
        // Checked after the step-up, so a stolen stale token cannot probe which addresses have accounts.
        const QString wanted = validation::normalized(*decoded).email;
        const auto holder = ctx.users.findByEmail(wanted);
        if (holder && holder->id != auth.userId)
            return validationProblem(
                {{kEmail, ErrorCode::Taken, QStringLiteral("This e-mail address is already in use.")}});
        next.pendingEmail = wanted;
    } else if (pendingWithdrawn) {
        next.pendingEmail.clear();
    }
    if (next == *before)
        return resourceResponse(stored);

    ctx.db.transaction();
    if (!ctx.users.setProfile(auth.userId, next)) {
        ctx.db.rollback();
        return storageFailure();
    }
    if (emailChanged) {
        const QByteArray token = verifications.create(auth.userId, next.pendingEmail);
        queueVerificationMessage(verifications, ctx, auth.userId, next.pendingEmail, token);
    } else if (pendingWithdrawn) {
        verifications.cancel(auth.userId);
    }
    if (!ctx.db.commit()) {
        ctx.db.rollback();
        return storageFailure();
    }
    if (emailChanged)
        qCInfo(lcAccount) << "e-mail change requested; verification queued for user" << auth.userId.left(8);
    recordActivity(ctx, auth.userId, emailChanged ? ActivityKind::EmailChangeRequested : ActivityKind::ProfileUpdated,
                   request);
    return resourceResponse(ctx.users.profileJson(auth.userId));
}

} // namespace

Handler bearerRoute(TokenService &tokens, BearerHandler handler)
{
    return [&tokens, handler = std::move(handler)](const HttpRequest &request, const Responder &responder) {
        HttpResponse error;
        const auto auth = tokens.requireBearer(request, &error);
        responder.send(auth ? handler(request, *auth) : error);
    };
}

PageLanguage pageLanguage(const HttpRequest &request)
{
    // The most preferred of the two languages we have; ties go to the first listed, as browsers intend.
    PageLanguage best = PageLanguage::French;
    double bestWeight = 0.0;
    const QList<QByteArray> ranges = request.header("Accept-Language").split(',');
    for (const QByteArray &range : ranges) {
        const QList<QByteArray> parts = range.split(';');
        const QByteArray tag = parts.first().trimmed().toLower();
        double weight = 1.0;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray param = parts.at(i).trimmed();
            if (param.startsWith("q="))
                weight = param.mid(2).toDouble();
        }
        const bool french = tag == "fr" || tag.startsWith("fr-");
        const bool english = tag == "en" || tag.startsWith("en-");
        if ((french || english) && weight > bestWeight) {
            best = french ? PageLanguage::French : PageLanguage::English;
            bestWeight = weight;
        }
    }
    return best;
}

void registerAccountRoutes(ServerContext &ctx)
{
    // The cheapest possible answer: the baseline the profile route is benchmarked against.
    ctx.http.addRoute("GET", QStringLiteral("/healthz"), [](const HttpRequest &, const Responder &responder) {
        responder.send(jsonBytesResponse(200, QByteArrayLiteral(R"({"status":"ok"})")));
    });

    ctx.http.addRoute("GET", QStringLiteral("/v1/account"),
                      bearerRoute(ctx.tokens, [&ctx](const HttpRequest &, const AuthContext &auth) {
                          if (!ctx.users.findById(auth.userId))
                              return accountGone();
                          return jsonResponse(200, toJson(ctx.users.account(auth.userId, ctx.statement.version)));
                      }));

    auto profile = std::make_shared<ProfileRoutes>(ProfileRoutes{ctx});
    ctx.http.addRoute("GET", QStringLiteral("/v1/account/profile"),
                      bearerRoute(ctx.tokens, [profile](const HttpRequest &, const AuthContext &auth) {
                          return profile->get(auth);
                      }));
    ctx.http.addRoute("PATCH", QStringLiteral("/v1/account/profile"),
                      bearerRoute(ctx.tokens, [profile](const HttpRequest &request, const AuthContext &auth) {
                          return profile->patch(request, auth);
                      }));
}

} // namespace facturos::server
