#include "api/apicall.h"

#include "api/apiclient.h"

#include <QNetworkReply>

namespace facturos::api {

ApiCall::ApiCall(ApiClient *client) : QObject(client), m_client(client) {}

ApiCall::~ApiCall()
{
    // A call deleted by its new owner before it finished must not leave a reply writing into it.
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray ApiCall::responseHeader(const QByteArray &name) const
{
    for (const auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

void ApiCall::abort()
{
    if (m_finished || !m_client)
        return;
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.code = QStringLiteral("cancelled");
    m_client->finish(this, error);
}

} // namespace facturos::api
