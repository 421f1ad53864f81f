#include "api/accountapi.h"

#include "core/json.h"

namespace facturos::api {

namespace {

ApiRequest get(const QString &path)
{
    ApiRequest request;
    request.path = path;
    return request;
}

ApiRequest write(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = toCompactJson(body);
    return request;
}

// Members of `after` that differ from `before` (one level: used for an address inside the profile).
QJsonObject changedMembers(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject patch;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value())
            patch.insert(it.key(), it.value());
    }
    return patch;
}

} // namespace

QJsonObject profileMergePatch(const Profile &before, const Profile &after)
{
    const QJsonObject from = toJson(before);
    const QJsonObject to = toJson(after);
    QJsonObject patch;
    for (auto it = to.begin(); it != to.end(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("pendingEmail") || from.value(key) == it.value())
            continue; // read-only, or unchanged
        const QJsonValue old = from.value(key);
        // Nested addresses merge member by member; null (billing "same as delivery") replaces the whole.
        if (it.value().isObject() && old.isObject())
            patch.insert(key, changedMembers(old.toObject(), it.value().toObject()));
        else
            patch.insert(key, it.value());
    }
    return patch;
}

ApiCall *AccountApi::account(QObject *context, Done<Account> done)
{
    return sendTyped<Account>(m_client, get(path::Account), {}, context, accountFromJson, std::move(done));
}

ApiCall *AccountApi::profile(QObject *context, Done<Profile> done)
{
    return sendTyped<Profile>(m_client, get(path::Profile), path::Profile, context, profileFromJson, std::move(done));
}

ApiCall *AccountApi::updateProfile(const QJsonObject &mergePatch, QObject *context, Done<Profile> done,
                                   const QByteArray &ifMatch)
{
    ApiRequest request = write("PATCH", path::Profile, mergePatch);
    request.contentType = "application/merge-patch+json";
    request.conditional = true;
    request.ifMatch = ifMatch;
    return sendTyped<Profile>(m_client, request, path::Profile, context, profileFromJson, std::move(done));
}

ApiCall *AccountApi::communications(QObject *context, Done<CommunicationChoices> done)
{
    return sendTyped<CommunicationChoices>(m_client, get(path::Communications), path::Communications, context,
                                           communicationChoicesFromJson, std::move(done));
}

ApiCall *AccountApi::setCommunications(const CommunicationChoices &choices, QObject *context,
                                       Done<CommunicationChoices> done, const QByteArray &ifMatch)
{
    ApiRequest request = write("PUT", path::Communications, toJson(choices));
    request.conditional = true;
    request.ifMatch = ifMatch;
    return sendTyped<CommunicationChoices>(m_client, request, path::Communications, context,
                                           communicationChoicesFromJson, std::move(done));
}

ApiCall *AccountApi::privacy(QObject *context, Done<PrivacyChoices> done)
{
    return sendTyped<PrivacyChoices>(m_client, get(path::Privacy), path::Privacy, context, privacyChoicesFromJson,
                                     std::move(done));
}

ApiCall *AccountApi::setPrivacy(const PrivacyChoices &choices, QObject *context, Done<PrivacyChoices> done,
                                const QByteArray &ifMatch)
{
    ApiRequest request = write("PUT", path::Privacy, toJson(choices));
    request.conditional = true;
    request.ifMatch = ifMatch;
    return sendTyped<PrivacyChoices>(m_client, request, path::Privacy, context, privacyChoicesFromJson,
                                     std::move(done));
}

ApiCall *AccountApi::consents(const PageRequest &page, QObject *context, Done<Page<ConsentRecord>> done)
{
    ApiRequest request = get(path::Consents);
    addPageQuery(request, page);
    auto decode = [](const QJsonObject &object, FieldErrors *errors) {
        return pageFromJson<ConsentRecord>(object, consentRecordFromJson, errors);
    };
    return sendTyped<Page<ConsentRecord>>(m_client, request, {}, context, decode, std::move(done));
}

ApiCall *AccountApi::privacyStatement(QObject *context, Done<PrivacyStatement> done)
{
    return sendTyped<PrivacyStatement>(m_client, get(path::PrivacyStatement), {}, context, privacyStatementFromJson,
                                       std::move(done));
}

ApiCall *AccountApi::acknowledgePrivacyStatement(const QString &version, QObject *context, Done<Account> done)
{
    const ApiRequest request = write("POST", path::StatementAck, {{QStringLiteral("version"), version}});
    return sendTyped<Account>(m_client, request, {}, context, accountFromJson, std::move(done));
}

ApiCall *AccountApi::scheduleClosure(const ClosureRequest &closure, QObject *context, Done<ClosureState> done,
                                     const QByteArray &idempotencyKey)
{
    ApiRequest request = write("POST", path::Closure, toJson(closure));
    request.withIdempotencyKey = true;
    request.idempotencyKey = idempotencyKey;
    auto decode = [](const QJsonObject &object, FieldErrors *errors) {
        return closureStateFromJson(object, QString(), errors);
    };
    return sendTyped<ClosureState>(m_client, request, {}, context, decode, std::move(done));
}

ApiCall *AccountApi::cancelClosure(QObject *context, Done<NoContent> done)
{
    ApiRequest request = get(path::Closure);
    request.method = "DELETE";
    return sendNoContent(m_client, request, context, std::move(done));
}

} // namespace facturos::api
