#pragma once
// Building blocks every route uses: JSON and problem+json responses, strict body reading (415/413/400/422
// before anything is written), and the ETag / If-Match protocol (428 without, 412 with a stale one).

#include "core/fielderror.h"
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

} // namespace facturos::server
