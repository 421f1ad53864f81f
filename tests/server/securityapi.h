#pragma once
// Shortcuts the Security API tests share: paged GETs decoded with the client's strict codecs (so a test
// also proves the wire shape), and whole-list walks that follow `next`.

#include "accountapi.h"
#include "core/securitydata.h"

#include <QTest>
#include <QUrlQuery>

namespace facturos::test {

inline QUrl pageUrl(TestServer &server, const QString &path, int limit = 0, const QString &cursor = {})
{
    QUrl url = server.url(path);
    QUrlQuery query;
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    url.setQuery(query);
    return url;
}

// One page through HTTP; nullopt (with a warning naming the reason) unless 200 and strictly decodable.
template <typename T, typename Decode>
std::optional<Page<T>> fetchPage(HttpClient &http, const QUrl &url, const QByteArray &token, Decode decode)
{
    const HttpResult result = http.get(url, token);
    if (result.status != 200) {
        qWarning() << url.toString() << "answered" << result.status << result.body.left(300);
        return std::nullopt;
    }
    FieldErrors errors;
    auto page = decode(result.json(), &errors);
    for (const FieldError &e : errors)
        qWarning() << "decode:" << e.field << e.code << e.message;
    return page;
}

// Follows `next` to the end; nullopt when a page fails or the walk does not end.
template <typename T, typename Decode>
std::optional<QList<T>> fetchAll(HttpClient &http, TestServer &server, const QString &path, const QByteArray &token,
                                 int limit, Decode decode)
{
    QList<T> all;
    QString cursor;
    for (int guard = 0; guard < 10000; ++guard) {
        const auto page = fetchPage<T>(http, pageUrl(server, path, limit, cursor), token, decode);
        if (!page)
            return std::nullopt;
        all.append(page->items);
        if (page->next.isEmpty())
            return all;
        cursor = page->next;
    }
    return std::nullopt;
}

inline std::optional<QList<Session>> allSessions(HttpClient &http, TestServer &server, const QByteArray &token)
{
    return fetchAll<Session>(http, server, QStringLiteral("/v1/account/sessions"), token, 50, sessionPageFromJson);
}

inline std::optional<QList<ActivityEvent>> allActivity(HttpClient &http, TestServer &server, const QByteArray &token,
                                                       int limit = 200)
{
    return fetchAll<ActivityEvent>(http, server, QStringLiteral("/v1/account/activity"), token, limit,
                                   activityPageFromJson);
}

inline std::optional<QList<Delegate>> allDelegates(HttpClient &http, TestServer &server, const QByteArray &token)
{
    return fetchAll<Delegate>(http, server, QStringLiteral("/v1/account/delegates"), token, 50, delegatePageFromJson);
}

// The newest activity event of `token`'s user.
inline ActivityEvent newestEvent(HttpClient &http, TestServer &server, const QByteArray &token)
{
    const auto page = fetchPage<ActivityEvent>(http, pageUrl(server, QStringLiteral("/v1/account/activity"), 1), token,
                                               activityPageFromJson);
    return page && !page->items.isEmpty() ? page->items.first() : ActivityEvent{};
}

} // namespace facturos::test
