#include "api/typedcall.h"

#include "api/logging.h"
#include "core/json.h"

namespace facturos::api {

namespace detail {

namespace {
QString describe(const FieldErrors &errors)
{
    QStringList parts;
    for (const FieldError &error : errors)
        parts.append(error.field + QLatin1Char(':') + error.code);
    return parts.join(QLatin1Char(' '));
}
} // namespace

ApiError decodeBody(const QByteArray &body, const std::function<bool(const QJsonObject &, FieldErrors *)> &decode)
{
    ApiError error;
    JsonParseError parseError = JsonParseError::None;
    const std::optional<QJsonObject> object = parseJsonObject(body, &parseError);
    FieldErrors errors;
    if (!object) {
        error.kind = ApiError::Kind::Protocol;
        error.code = QStringLiteral("malformed_json");
        error.detail = QStringLiteral("body is not one JSON object (parse error %1)").arg(int(parseError));
    } else if (!decode(*object, &errors)) {
        error.kind = ApiError::Kind::Protocol;
        error.code = QStringLiteral("unexpected_shape");
        error.detail = describe(errors);
    }
    return error;
}

bool checkConflictState(ApiError &error, const std::function<bool(const QJsonObject &, FieldErrors *)> &decode)
{
    FieldErrors errors;
    if (decode(error.currentState, &errors))
        return true;
    error.kind = ApiError::Kind::Protocol;
    error.code = QStringLiteral("malformed_conflict");
    error.detail = describe(errors);
    error.currentState = {};
    error.currentEtag.clear();
    return false;
}

void logDecodeFailure(const ApiCall &call, const ApiError &error)
{
    qCWarning(lcApi) << "undecodable answer" << call.httpStatus() << error.code << error.detail << call.correlationId();
}

} // namespace detail

void addPageQuery(ApiRequest &request, const PageRequest &page)
{
    if (page.limit > 0)
        request.query.addQueryItem(QStringLiteral("limit"), QString::number(page.limit));
    if (!page.cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"), page.cursor);
}

ApiCall *sendNoContent(ApiClient &client, const ApiRequest &request, QObject *context, Done<NoContent> done)
{
    ApiCall *call = client.send(request);
    QObject::connect(call, &ApiCall::finished, context ? context : call, [call, done]() {
        ApiResult<NoContent> result;
        result.error = call->error();
        if (!result.error.isError())
            result.value = NoContent{};
        if (done)
            done(result);
    });
    return call;
}

} // namespace facturos::api
