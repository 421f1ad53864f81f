#pragma once
// Shortcuts the Account API tests share: authenticated and conditional requests over real HTTP, and reads
// of what the server stored, so each test states its intent instead of header plumbing.

#include "httpclient.h"
#include "server/database.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace facturos::test {

inline QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// One request with a bearer token, a body of `contentType`, and If-Match when `etag` is not empty.
inline HttpResult sendBody(HttpClient &http, const QByteArray &method, const QUrl &url, const QByteArray &token,
                           const QByteArray &body, const QByteArray &etag,
                           const QByteArray &contentType = "application/json")
{
    Headers headers{{"Content-Type", contentType}};
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token});
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

inline qint64 countRows(TestServer &server, const QString &sql, const QVariantList &values = {})
{
    return server.server().database().scalar(sql, values).toLongLong();
}

} // namespace facturos::test
