#pragma once
// The glue between ApiClient's raw calls and the typed facades: decode the body strictly with a core codec,
// turn anything undecodable into a Protocol error, remember the ETag only once the body decoded, and hand
// an ApiResult<T> to a callback that runs only while its context object is alive.

#include "api/apiclient.h"
#include "api/apiresult.h"
#include "core/page.h"

#include <functional>
#include <optional>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

namespace facturos::api {

template <typename T> using Done = std::function<void(const ApiResult<T> &)>;

// Cursor paging of list calls: limit 0 → the server's default; cursor = the previous page's `next`.
struct PageRequest
{
    int limit = 0;
    QString cursor;
};

namespace detail {
// Decodes `body` as one JSON object with `decode`; returns a Protocol error when it does not decode.
ApiError decodeBody(const QByteArray &body, const std::function<bool(const QJsonObject &, FieldErrors *)> &decode);
// The conflict's current state must decode with the resource codec too; Protocol error otherwise.
bool checkConflictState(ApiError &error, const std::function<bool(const QJsonObject &, FieldErrors *)> &decode);
void logDecodeFailure(const ApiCall &call, const ApiError &error);
} // namespace detail

// Sends `request`; on success decodes the body with `decode` (a core codec: object + errors → optional<T>).
// `etagPath`: the resource whose ETag this answer carries (empty: none).
template <typename T, typename Decode>
ApiCall *sendTyped(ApiClient &client, const ApiRequest &request, const QString &etagPath, QObject *context,
                   Decode decode, Done<T> done)
{
    ApiCall *call = client.send(request);
    QPointer<ApiClient> clientGuard(&client);
    QObject::connect(call, &ApiCall::finished, context ? context : call, [=]() {
        ApiResult<T> result;
        result.error = call->error();
        auto decodeInto = [&](const QJsonObject &object, FieldErrors *errors) {
            result.value = decode(object, errors);
            return result.value.has_value() && errors->isEmpty();
        };
        if (!result.error.isError()) {
            result.error = detail::decodeBody(call->body(), decodeInto);
            if (result.error.isError()) {
                result.value.reset();
                result.error.httpStatus = call->httpStatus();
                result.error.correlationId = call->correlationId();
                detail::logDecodeFailure(*call, result.error);
            } else {
                result.etag = call->etag();
                if (!etagPath.isEmpty() && !result.etag.isEmpty() && clientGuard)
                    clientGuard->rememberEtag(etagPath, result.etag);
            }
        } else if (result.error.kind == ApiError::Kind::Conflict && !result.error.currentEtag.isEmpty()) {
            std::optional<T> scratch;
            auto check = [&](const QJsonObject &object, FieldErrors *errors) {
                scratch = decode(object, errors);
                return scratch.has_value() && errors->isEmpty();
            };
            if (detail::checkConflictState(result.error, check) && !etagPath.isEmpty() && clientGuard)
                clientGuard->rememberEtag(etagPath, result.error.currentEtag);
        }
        if (done)
            done(result);
    });
    return call;
}

void addPageQuery(ApiRequest &request, const PageRequest &page);

// Calls answered by 204 (or whose body the caller does not need).
ApiCall *sendNoContent(ApiClient &client, const ApiRequest &request, QObject *context, Done<NoContent> done);

} // namespace facturos::api
