#pragma once
// What the ApiClient tests share: a client wired to a token source over a real QNetworkAccessManager, and a
// collector that keeps the one result a typed call reports.

#include "api/apiclient.h"
#include "api/typedcall.h"
#include "testtokensource.h"

#include <memory>
#include <optional>
#include <QNetworkAccessManager>

namespace facturos::test {

template <typename T> struct Collected
{
    std::optional<api::ApiResult<T>> result;
    int calls = 0;
    api::Done<T> done()
    {
        return [this](const api::ApiResult<T> &r) {
            ++calls;
            result = r;
        };
    }
    [[nodiscard]] bool has() const { return result.has_value(); }
    [[nodiscard]] const api::ApiResult<T> &operator*() const { return *result; }
    [[nodiscard]] const api::ApiResult<T> *operator->() const { return &*result; }
};

// Fast settings for tests: short backoff so retries take milliseconds.
inline api::ApiClientConfig testConfig(const QUrl &baseUrl)
{
    api::ApiClientConfig config;
    config.baseUrl = baseUrl;
    config.transferTimeoutMs = 5000;
    config.retryBaseDelayMs = 20;
    config.retryMaxDelayMs = 200;
    return config;
}

struct ClientRig
{
    QNetworkAccessManager network;
    TestTokenSource tokens;
    std::unique_ptr<api::ApiClient> client;

    explicit ClientRig(const api::ApiClientConfig &config, const QByteArray &token = {})
        : tokens(token), client(std::make_unique<api::ApiClient>(network, tokens, config))
    {}
};

inline bool hasFieldError(const FieldErrors &errors, const QString &field, const QString &code)
{
    for (const FieldError &error : errors) {
        if (error.field == field && error.code == code)
            return true;
    }
    return false;
}

} // namespace facturos::test
