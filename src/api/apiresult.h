#pragma once
// The outcome of one typed API call: a decoded value or an ApiError, with the ETag that came with it.

#include "api/apierror.h"

#include <optional>

namespace facturos::api {

// Marker for calls that return no body (204, or a body the caller does not need).
struct NoContent
{};

template <typename T> struct ApiResult
{
    std::optional<T> value; // set exactly when error.kind == None
    ApiError error;
    QByteArray etag; // the response's ETag (also remembered by ApiClient for the resource); may be empty

    [[nodiscard]] bool ok() const { return !error.isError() && value.has_value(); }
};

} // namespace facturos::api
