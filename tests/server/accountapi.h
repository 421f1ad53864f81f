#pragma once
// Shortcuts the Account API tests share: authenticated and conditional requests over real HTTP, and reads
// of what the server stored, so each test states its intent instead of header plumbing.

#include "core/json.h"
#include "httpclient.h"
#include "server/database.h"
#include "testserver.h"

#include <functional>
#include <memory>
#include <QJsonArray>
#include <QJsonDocument>

namespace facturos::test {

// The isolation tests' set-up, as a second base of the test class: a fresh server for each test with the demo
// and the other user signed in.
class TwoUserFixture
{
protected:
    // Empty when all went well, else what did not.
    // `configure`, when given, adjusts the server's options first.
    [[nodiscard]] QString startWithTwoUsers(const std::function<void(server::ServerOptions &)> &configure = {})
    {
        m_server = configure ? std::make_unique<TestServer>(configure) : std::make_unique<TestServer>();
        if (!m_server->isRunning())
            return m_server->error().isEmpty() ? QStringLiteral("the server did not start") : m_server->error();
        m_demo = m_server->signInDirect(kDemoEmail);
        m_other = m_server->signInDirect(kOtherEmail);
        if (m_demo.isEmpty() || m_other.isEmpty())
            return QStringLiteral("signInDirect gave no token for a fixture user");
        return {};
    }

    std::unique_ptr<TestServer> m_server;
    HttpClient m_http;
    QByteArray m_demo;
    QByteArray m_other;
};

// One request with a bearer token, a body of `contentType`, and If-Match when `etag` is not empty.
inline HttpResult sendBody(HttpClient &http, const QByteArray &method, const QUrl &url, const QByteArray &token,
                           const QByteArray &body, const QByteArray &etag,
                           const QByteArray &contentType = "application/json")
{
    Headers headers = withBearer(token, {{"Content-Type", contentType}});
    if (!etag.isEmpty())
        headers.append({"If-Match", etag});
    return http.send(method, url, headers, body);
}

// True when the problem+json `result` names `field` with `code` among its errors.
inline bool hasFieldError(const HttpResult &result, const QString &field, const QString &code)
{
    const QJsonArray errors = result.json().value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &error : errors) {
        const QJsonObject e = error.toObject();
        if (e.value(QStringLiteral("field")).toString() == field && e.value(QStringLiteral("code")).toString() == code)
            return true;
    }
    return false;
}

// A DELETE that always carries the bearer header, even an empty one.
inline HttpResult deleteWith(HttpClient &http, const QUrl &url, const QByteArray &token)
{
    return http.send("DELETE", url, {{"Authorization", "Bearer " + token}});
}

inline qint64 countRows(TestServer &server, const QString &sql, const QVariantList &values = {})
{
    return server.server().database().scalar(sql, values).toLongLong();
}

} // namespace facturos::test
