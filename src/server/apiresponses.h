#pragma once
// Building blocks every route uses: JSON and problem+json responses, strict body reading (415/413/400/422
// before anything is written), the ETag / If-Match protocol (428 without, 412 with a stale one) and cursor
// paging of lists.

#include "core/fielderror.h"
#include "core/page.h"
#include "core/problem.h"
#include "server/httpservice.h"

#include <optional>
#include <QJsonObject>

namespace facturos::server {

[[nodiscard]] HttpResponse jsonResponse(int status, const QJsonObject &body);
[[nodiscard]] HttpResponse jsonBytesResponse(int status, const QByteArray &compactJson);
[[nodiscard]] HttpResponse problemResponse(const Problem &problem);
[[nodiscard]] HttpResponse validationProblem(const FieldErrors &errors);
[[nodiscard]] HttpResponse noContent();
// 404 not_found: also what an id of another user gets, so that ids cannot be probed.
[[nodiscard]] HttpResponse notFound(const QString &detail = {});

// A strong ETag over the compact JSON bytes of a representation.
[[nodiscard]] QByteArray etagFor(const QByteArray &compactJson);
// 200 with the representation and its ETag.
[[nodiscard]] HttpResponse resourceResponse(const QByteArray &compactJson);

// The JSON object in the request body; on failure `error` holds the 415/400 response to send.
[[nodiscard]] std::optional<QJsonObject> readJsonBody(const HttpRequest &request, HttpResponse *error,
                                                      bool allowMergePatch = false);

// Checks If-Match against the current representation. On failure `error` holds 428, or 412 whose body is
// the current representation with its ETag, so the client can show both values.
[[nodiscard]] bool checkIfMatch(const HttpRequest &request, const QByteArray &currentJson, HttpResponse *error);

// ?limit= of a list (default kDefaultPageLimit, 1..kMaxPageLimit); 0 with an error added when it is not one.
[[nodiscard]] int pageLimit(const QUrlQuery &query, FieldErrors *errors);
// The error for a ?cursor= the server did not issue.
[[nodiscard]] FieldError unknownCursor();

// 200 with one page, read by `list(limit, cursor, &page)` which returns false on a cursor it did not issue;
// 422 on a bad ?limit= (the cursor is then not looked at) or cursor.
template <typename T, typename List> HttpResponse pagedResponse(const HttpRequest &request, List list)
{
    FieldErrors errors;
    const int limit = pageLimit(request.query, &errors);
    if (!errors.isEmpty())
        return validationProblem(errors);
    Page<T> page;
    if (!list(limit, request.query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded), &page))
        return validationProblem({unknownCursor()});
    return jsonResponse(200, pageToJson(page));
}

} // namespace facturos::server
