#include "httpclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace facturos::test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpResult HttpClient::send(const QByteArray &method, const QUrl &url, const Headers &headers, const QByteArray &body,
                            int timeoutMs)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
    loop.exec();

    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!reply->isFinished())
        result.networkError = QStringLiteral("timed out");
    else if (result.status == 0)
        result.networkError = reply->errorString();
    result.headers = reply->rawHeaderPairs();
    result.body = reply->readAll();
    reply->abort();
    reply->deleteLater();
    return result;
}

HttpResult HttpClient::get(const QUrl &url, const QByteArray &bearer, const Headers &headers)
{
    return send("GET", url, withBearer(bearer, headers));
}

HttpResult HttpClient::sendJson(const QByteArray &method, const QUrl &url, const QJsonObject &body,
                                const QByteArray &bearer, Headers headers)
{
    bool hasType = false;
    for (const auto &header : std::as_const(headers))
        hasType = hasType || header.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
    if (!hasType)
        headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    return send(method, url, withBearer(bearer, headers), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult HttpClient::postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields, const Headers &headers)
{
    QUrlQuery query;
    for (const auto &[name, value] : fields)
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    Headers all = headers;
    all.append({QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")});
    return send("POST", url, all, query.toString(QUrl::FullyEncoded).toLatin1());
}

} // namespace facturos::test
