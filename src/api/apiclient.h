#pragma once
// The one door to the Account API: builds every request (base URL, bearer token, JSON headers, transfer
// timeout, If-Match, Idempotency-Key, X-Request-Id), maps every answer to ApiError, refreshes the token once
// for all requests that failed together, runs step-up, retries only what is safe to retry, never follows
// redirects and never sends a token over plain HTTP to anything but loopback.
//
// Async shape: send()/download() return an ApiCall that emits finished() exactly once. The typed facades
// (AccountApi, SecurityApi, DataApi, MailboxApi) wrap it with a decoded ApiResult<T> handed to a callback
// bound to a context QObject (no callback once the context is gone). Nothing here blocks.

#include "api/apicall.h"
#include "api/apirequest.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;

namespace facturos::api {

class AccessTokenSource;

struct ApiClientConfig
{
    QUrl baseUrl;                              // "https://account.facturos.fr"; http:// only for loopback
    int transferTimeoutMs = 20000;             // per attempt: no byte for this long → Timeout
    qint64 maxResponseBytes = 4 * 1024 * 1024; // larger answers → Protocol ("response_too_large")
    int maxRetries = 3;                        // extra attempts after network errors or 502/503/504
    int retryBaseDelayMs = 500;                // backoff: base * 2^(attempt-1), capped, ±50 % jitter
    int retryMaxDelayMs = 8000;
};

class ApiClient : public QObject
{
    Q_OBJECT
public:
    // `network` and `tokens` must outlive the client.
    ApiClient(QNetworkAccessManager &network, AccessTokenSource &tokens, ApiClientConfig config,
              QObject *parent = nullptr);
    ~ApiClient() override;

    [[nodiscard]] const ApiClientConfig &config() const { return m_config; }
    // False for an http:// base URL to a non-loopback host (every call then fails with InsecureTransport).
    [[nodiscard]] bool isTransportAllowed() const;
    [[nodiscard]] static bool isLoopbackHost(const QString &host);

    // Starts one call. The returned ApiCall is parented to the client and deletes itself after finished().
    ApiCall *send(const ApiRequest &request);
    // GET `path` streamed into `sink` (already open for writing) as it arrives, without the size limit;
    // progressed() reports the bytes written. Retried only while nothing was written yet.
    ApiCall *download(const QString &path, QIODevice *sink);

    // The ETag remembered for a resource path (empty when unknown). Typed facades remember an ETag only
    // after its body decoded, so a malformed answer changes nothing.
    [[nodiscard]] QByteArray rememberedEtag(const QString &path) const { return m_etags.value(path); }
    void rememberEtag(const QString &path, const QByteArray &etag);
    void forgetEtags() { m_etags.clear(); }

    [[nodiscard]] static QByteArray newIdempotencyKey();

signals:
    // The token was refused after a refresh, or the refresh token is gone: interactive sign-in needed.
    void signInRequired();

private:
    friend class ApiCall;
    void start(ApiCall *call);
    void sendAttempt(ApiCall *call);
    void onReadyRead(ApiCall *call, QNetworkReply *reply);
    void onReplyFinished(ApiCall *call, QNetworkReply *reply);
    void handleHttpError(ApiCall *call, QNetworkReply *reply, int status);
    [[nodiscard]] bool isRetryable(const ApiCall &call) const;
    void handleUnauthorized(ApiCall *call, const QByteArray &wwwAuthenticate);
    void scheduleRetry(ApiCall *call);
    void finish(ApiCall *call, ApiError error);
    void onRefreshed();
    void onRefreshFailed(bool needsSignIn);
    void onStepUpFinished(bool ok);
    void fetchCurrentForConflict(ApiCall *call);
    [[nodiscard]] QUrl urlFor(const ApiRequest &request) const;

    QNetworkAccessManager &m_network;
    AccessTokenSource &m_tokens;
    ApiClientConfig m_config;
    QHash<QString, QByteArray> m_etags;
    QList<QPointer<ApiCall>> m_waitingForRefresh;
    QList<QPointer<ApiCall>> m_waitingForStepUp;
    bool m_refreshing = false;
    bool m_steppingUp = false;
};

} // namespace facturos::api
