#include "server/apiresponses.h"

#include "core/json.h"

#include <QCryptographicHash>

namespace facturos::server {

HttpResponse jsonBytesResponse(int status, const QByteArray &compactJson)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "application/json";
    response.body = compactJson;
    return response;
}

HttpResponse jsonResponse(int status, const QJsonObject &body)
{
    return jsonBytesResponse(status, toCompactJson(body));
}

HttpResponse problemResponse(const Problem &problem)
{
    HttpResponse response;
    response.status = problem.status;
    response.contentType = "application/problem+json";
    response.body = toCompactJson(toJson(problem));
    return response;
}

HttpResponse validationProblem(const FieldErrors &errors)
{
    Problem problem = Problem::make(422, QStringLiteral("validation_failed"), QStringLiteral("Validation failed"),
                                    QStringLiteral("One or more fields are invalid; nothing was changed."));
    problem.errors = errors;
    return problemResponse(problem);
}

HttpResponse noContent()
{
    HttpResponse response;
    response.status = 204;
    return response;
}

HttpResponse notFound(const QString &detail)
{
    return problemResponse(Problem::make(404, QStringLiteral("not_found"), QStringLiteral("Not found"), detail));
}

int pageLimit(const QUrlQuery &query, FieldErrors *errors)
{
    const QString key = QStringLiteral("limit");
    if (!query.hasQueryItem(key))
        return kDefaultPageLimit;
    bool ok = false;
    const int limit = query.queryItemValue(key).toInt(&ok);
    if (!ok || limit < 1 || limit > kMaxPageLimit) {
        errors->append({key, ErrorCode::InvalidFormat,
                        QStringLiteral("Expected a whole number from 1 to %1.").arg(kMaxPageLimit)});
        return 0;
    }
    return limit;
}

FieldError unknownCursor()
{
    return {QStringLiteral("cursor"), ErrorCode::InvalidFormat, QStringLiteral("This cursor is not one we issued.")};
}

QByteArray etagFor(const QByteArray &compactJson)
{
    const QByteArray digest = QCryptographicHash::hash(compactJson, QCryptographicHash::Sha256);
    return '"' + digest.left(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + '"';
}

HttpResponse resourceResponse(const QByteArray &compactJson)
{
    return jsonBytesResponse(200, compactJson).withHeader("ETag", etagFor(compactJson));
}

std::optional<QJsonObject> readJsonBody(const HttpRequest &request, HttpResponse *error, bool allowMergePatch)
{
    const QByteArray contentType = request.header("Content-Type").split(';').first().trimmed().toLower();
    const bool acceptable =
        contentType == "application/json" || (allowMergePatch && contentType == "application/merge-patch+json");
    if (!acceptable) {
        *error = problemResponse(
            Problem::make(415, QStringLiteral("unsupported_media_type"), QStringLiteral("Unsupported media type"),
                          allowMergePatch ? QStringLiteral("Send application/json or application/merge-patch+json.")
                                          : QStringLiteral("Send application/json.")));
        return std::nullopt;
    }
    JsonParseError parseError = JsonParseError::None;
    auto object = parseJsonObject(request.body, &parseError);
    if (!object) {
        const QString detail =
            parseError == JsonParseError::InvalidUtf8   ? QStringLiteral("The body is not valid UTF-8.")
            : parseError == JsonParseError::TooDeep     ? QStringLiteral("The body is nested too deeply.")
            : parseError == JsonParseError::NotAnObject ? QStringLiteral("The body must be a JSON object.")
                                                        : QStringLiteral("The body is not valid JSON.");
        *error = problemResponse(
            Problem::make(400, QStringLiteral("malformed_body"), QStringLiteral("Malformed request body"), detail));
        return std::nullopt;
    }
    return object;
}

bool checkIfMatch(const HttpRequest &request, const QByteArray &currentJson, HttpResponse *error)
{
    const QByteArray ifMatch = request.header("If-Match").trimmed();
    if (ifMatch.isEmpty()) {
        *error = problemResponse(Problem::make(428, QStringLiteral("precondition_required"),
                                               QStringLiteral("Precondition required"),
                                               QStringLiteral("Send If-Match with the ETag you last read.")));
        return false;
    }
    const QByteArray current = etagFor(currentJson);
    for (QByteArray candidate : ifMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate == "*" || candidate == current)
            return true;
    }
    *error = jsonBytesResponse(412, currentJson).withHeader("ETag", current);
    return false;
}

} // namespace facturos::server
