#pragma once
// A small synchronous HTTP client for tests: real sockets through QNetworkAccessManager, redirects never
// followed, an event loop that keeps the in-process server running while the test waits.

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

namespace facturos::test {

struct HttpResult
{
    int status = 0;       // 0 when no HTTP answer arrived
    QString networkError; // empty on success or HTTP error statuses
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] QJsonObject json() const;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// `headers` plus "Authorization: Bearer <token>" when there is a token (an empty one: a request without it).
[[nodiscard]] inline Headers withBearer(const QByteArray &token, Headers headers = {})
{
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token});
    return headers;
}

class HttpClient
{
public:
    HttpClient() = default;
    HttpResult send(const QByteArray &method, const QUrl &url, const Headers &headers = {}, const QByteArray &body = {},
                    int timeoutMs = 15000);

    HttpResult get(const QUrl &url, const QByteArray &bearer = {}, const Headers &headers = {});
    // JSON body with Content-Type application/json (unless `headers` sets another).
    HttpResult sendJson(const QByteArray &method, const QUrl &url, const QJsonObject &body,
                        const QByteArray &bearer = {}, Headers headers = {});
    // application/x-www-form-urlencoded
    HttpResult postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields, const Headers &headers = {});

private:
    QNetworkAccessManager m_nam;
};

} // namespace facturos::test
