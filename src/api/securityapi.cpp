#include "api/securityapi.h"

namespace facturos::api {

namespace {

ApiRequest pageRequest(const QString &path, const PageRequest &page)
{
    ApiRequest request;
    request.path = path;
    addPageQuery(request, page);
    return request;
}

ApiRequest deleteRequest(const QString &collection, const QString &id)
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = collection + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id));
    return request;
}

} // namespace

ApiCall *SecurityApi::sessions(const PageRequest &page, QObject *context, Done<Page<Session>> done)
{
    return sendTyped<Page<Session>>(m_client, pageRequest(path::Sessions, page), {}, context, sessionPageFromJson,
                                    std::move(done));
}

ApiCall *SecurityApi::revokeSession(const QString &id, QObject *context, Done<NoContent> done)
{
    return sendNoContent(m_client, deleteRequest(path::Sessions, id), context, std::move(done));
}

ApiCall *SecurityApi::activity(const PageRequest &page, QObject *context, Done<Page<ActivityEvent>> done)
{
    return sendTyped<Page<ActivityEvent>>(m_client, pageRequest(path::Activity, page), {}, context,
                                          activityPageFromJson, std::move(done));
}

ApiCall *SecurityApi::delegates(const PageRequest &page, QObject *context, Done<Page<Delegate>> done)
{
    return sendTyped<Page<Delegate>>(m_client, pageRequest(path::Delegates, page), {}, context, delegatePageFromJson,
                                     std::move(done));
}

ApiCall *SecurityApi::revokeDelegate(const QString &id, QObject *context, Done<NoContent> done)
{
    return sendNoContent(m_client, deleteRequest(path::Delegates, id), context, std::move(done));
}

} // namespace facturos::api
