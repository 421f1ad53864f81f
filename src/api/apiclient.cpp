#include "api/apiclient.h"

#include "api/accesstokensource.h"
#include "api/httpmapping.h"
#include "api/logging.h"
#include "core/json.h"

#include <QHostAddress>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

namespace facturos::api {

Q_LOGGING_CATEGORY(lcApi, "facturos.api", QtInfoMsg)

using Kind = ApiError::Kind;
using detail::makeError;

ApiClient::ApiClient(QNetworkAccessManager &network, AccessTokenSource &tokens, ApiClientConfig config, QObject *parent)
    : QObject(parent), m_network(network), m_tokens(tokens), m_config(std::move(config))
{
    connect(&m_tokens, &AccessTokenSource::refreshed, this, &ApiClient::onRefreshed);
    connect(&m_tokens, &AccessTokenSource::refreshFailed, this, &ApiClient::onRefreshFailed);
    connect(&m_tokens, &AccessTokenSource::stepUpFinished, this, &ApiClient::onStepUpFinished);
    if (!isTransportAllowed())
        qCWarning(lcApi) << "refusing insecure base URL for host" << m_config.baseUrl.host();
}

ApiClient::~ApiClient() = default;

bool ApiClient::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool ApiClient::isTransportAllowed() const
{
    const QString scheme = m_config.baseUrl.scheme().toLower();
    if (!m_config.baseUrl.isValid() || m_config.baseUrl.host().isEmpty())
        return false;
    return scheme == QLatin1String("https") ||
           (scheme == QLatin1String("http") && isLoopbackHost(m_config.baseUrl.host()));
}

QByteArray ApiClient::newIdempotencyKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

void ApiClient::rememberEtag(const QString &path, const QByteArray &etag)
{
    if (!etag.isEmpty())
        m_etags.insert(path, etag);
}

QUrl ApiClient::urlFor(const ApiRequest &request) const
{
    QUrl url = m_config.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + request.path);
    url.setQuery(request.query);
    return url;
}

ApiCall *ApiClient::send(const ApiRequest &request)
{
    auto *call = new ApiCall(this);
    call->m_request = request;
    call->m_correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (request.withIdempotencyKey)
        call->m_idempotencyKey = request.idempotencyKey.isEmpty() ? newIdempotencyKey() : request.idempotencyKey;
    // Started from the event loop so the caller can connect to finished() even when the call fails at once.
    QTimer::singleShot(0, call, [this, call]() { start(call); });
    return call;
}

ApiCall *ApiClient::download(const QString &path, QIODevice *sink)
{
    ApiRequest request;
    request.path = path;
    ApiCall *call = send(request);
    call->m_sink = sink;
    return call;
}

void ApiClient::start(ApiCall *call)
{
    if (call->m_finished)
        return;
    if (!isTransportAllowed()) {
        finish(call, makeError(Kind::InsecureTransport, QStringLiteral("insecure_transport"),
                               QStringLiteral("plain HTTP is only allowed to loopback")));
        return;
    }
    if (call->m_sink && !call->m_sink->isWritable()) {
        finish(call, makeError(Kind::Protocol, QStringLiteral("sink_not_writable"), QStringLiteral("sink closed")));
        return;
    }
    ApiRequest &request = call->m_request;
    if (request.conditional && request.ifMatch.isEmpty()) {
        // Fixed for the whole call, so a retry never silently moves to a newer version.
        request.ifMatch = m_etags.value(request.path);
        if (request.ifMatch.isEmpty()) {
            fetchCurrentForConflict(call);
            return;
        }
    }
    sendAttempt(call);
}

void ApiClient::sendAttempt(ApiCall *call)
{
    const ApiRequest &request = call->m_request;
    QNetworkRequest http(urlFor(request));
    http.setTransferTimeout(m_config.transferTimeoutMs);
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    http.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    http.setRawHeader("Accept", "application/json, application/problem+json");
    if (!request.body.isEmpty())
        http.setRawHeader("Content-Type", request.contentType);
    call->m_sentToken = m_tokens.accessToken();
    if (!call->m_sentToken.isEmpty())
        http.setRawHeader("Authorization", "Bearer " + call->m_sentToken);
    if (request.conditional)
        http.setRawHeader("If-Match", request.ifMatch);
    if (!call->m_idempotencyKey.isEmpty())
        http.setRawHeader("Idempotency-Key", call->m_idempotencyKey);
    http.setRawHeader("X-Request-Id", call->m_correlationId.toLatin1());

    call->m_body.clear();
    call->m_headers.clear();
    call->m_overLimit = false;
    ++call->m_attempts;
    QNetworkReply *reply = m_network.sendCustomRequest(http, request.method, request.body);
    call->m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, call, [this, call, reply]() { onReadyRead(call, reply); });
    connect(reply, &QNetworkReply::finished, call, [this, call, reply]() { onReplyFinished(call, reply); });
    qCDebug(lcApi) << request.method << request.path << "attempt" << call->m_attempts << call->m_correlationId;
}

void ApiClient::onReadyRead(ApiCall *call, QNetworkReply *reply)
{
    if (!reply->isOpen())
        return; // aborted (timeout, size limit)
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (call->m_sink && status >= 200 && status < 300) {
        const QByteArray chunk = reply->readAll();
        if (call->m_sink->write(chunk) != chunk.size()) {
            finish(call, makeError(Kind::Protocol, QStringLiteral("sink_write_failed"), call->m_sink->errorString()));
            return;
        }
        call->m_written += chunk.size();
        const QVariant total = reply->header(QNetworkRequest::ContentLengthHeader);
        emit call->progressed(call->m_written, total.isValid() ? total.toLongLong() : -1);
        return;
    }
    if (call->m_body.size() + reply->bytesAvailable() > m_config.maxResponseBytes) {
        call->m_overLimit = true;
        reply->abort(); // finished() follows and reports the limit
        return;
    }
    call->m_body += reply->readAll();
}

void ApiClient::onReplyFinished(ApiCall *call, QNetworkReply *reply)
{
    reply->deleteLater();
    call->m_reply = nullptr;
    if (call->m_finished)
        return;
    if (!call->m_overLimit)
        onReadyRead(call, reply);
    if (call->m_finished)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    call->m_status = status;
    call->m_headers = reply->rawHeaderPairs();
    const QByteArray echoedId = reply->rawHeader("X-Request-Id");
    if (!echoedId.isEmpty())
        call->m_correlationId = QString::fromLatin1(echoedId.left(128));
    if (call->m_overLimit) {
        finish(call, makeError(Kind::Protocol, QStringLiteral("response_too_large"),
                               QStringLiteral("response over %1 bytes").arg(m_config.maxResponseBytes), status));
        return;
    }
    const QNetworkReply::NetworkError netError = reply->error();
    if (detail::isTransportError(netError)) {
        ApiError error;
        if (netError == QNetworkReply::SslHandshakeFailedError) {
            error = makeError(Kind::Tls, QStringLiteral("tls_failed"), reply->errorString());
        } else if (netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError) {
            // We abort only through finish(), which disconnects first: a cancel seen here is the transfer timeout.
            error = makeError(Kind::Timeout, QStringLiteral("timeout"), reply->errorString());
        } else if (status != 0) {
            error = makeError(Kind::Protocol, QStringLiteral("truncated_response"), reply->errorString(), status);
        } else {
            error = makeError(Kind::Offline, QStringLiteral("network_error"), reply->errorString());
        }
        // A timeout is not retried: the user already waited the whole timeout once.
        const bool transient = error.kind == Kind::Offline || error.code == QLatin1String("truncated_response");
        if (transient && isRetryable(*call)) {
            scheduleRetry(call);
            return;
        }
        finish(call, error);
        return;
    }
    if (status >= 200 && status < 300) {
        if (!call->m_sink && !call->m_body.isEmpty() &&
            !detail::isJsonContentType(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray())) {
            finish(call, makeError(Kind::Protocol, QStringLiteral("unexpected_content_type"),
                                   reply->header(QNetworkRequest::ContentTypeHeader).toString(), status));
            return;
        }
        call->m_etag = reply->rawHeader("ETag");
        finish(call, ApiError{});
        return;
    }
    handleHttpError(call, reply, status);
}

void ApiClient::handleHttpError(ApiCall *call, QNetworkReply *reply, int status)
{
    if (status == 401) {
        handleUnauthorized(call, reply->rawHeader("WWW-Authenticate"));
        return;
    }
    if ((status == 502 || status == 503 || status == 504) && isRetryable(*call)) {
        scheduleRetry(call);
        return;
    }
    finish(call, detail::errorForStatus(status, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                                        call->m_body, reply->rawHeader("ETag"), reply->rawHeader("Retry-After")));
}

void ApiClient::handleUnauthorized(ApiCall *call, const QByteArray &wwwAuthenticate)
{
    const QString challenge = detail::challengeParam(wwwAuthenticate, QStringLiteral("error"));
    if (challenge == QLatin1String("insufficient_user_authentication")) {
        bool ok = false;
        const int maxAge = detail::challengeParam(wwwAuthenticate, QStringLiteral("max_age")).toInt(&ok);
        if (call->m_stepUpUsed) {
            ApiError error =
                makeError(Kind::StepUpRequired, challenge, QStringLiteral("still refused after step-up"), 401);
            error.maxAgeSeconds = ok ? maxAge : -1;
            finish(call, error);
            return;
        }
        call->m_stepUpUsed = true;
        call->m_stepUpMaxAge = ok ? maxAge : -1;
        m_waitingForStepUp.append(call);
        if (!m_steppingUp) {
            m_steppingUp = true;
            qCInfo(lcApi) << "step-up requested, max_age" << maxAge;
            m_tokens.requestStepUp(ok ? maxAge : 0);
        }
        return;
    }
    if (call->m_refreshUsed) {
        finish(call, makeError(Kind::Unauthorized, QStringLiteral("unauthorized"),
                               QStringLiteral("refused after a token refresh"), 401));
        emit signInRequired();
        return;
    }
    call->m_refreshUsed = true;
    // Sent with an older token than the current one: a refresh already happened since, retry at once.
    const QByteArray current = m_tokens.accessToken();
    if (!current.isEmpty() && current != call->m_sentToken && !m_refreshing) {
        sendAttempt(call);
        return;
    }
    m_waitingForRefresh.append(call);
    if (!m_refreshing) {
        m_refreshing = true;
        qCInfo(lcApi) << "access token refused; refreshing once";
        m_tokens.requestRefresh();
    }
}

void ApiClient::onRefreshed()
{
    m_refreshing = false;
    const auto waiting = std::exchange(m_waitingForRefresh, {});
    for (const QPointer<ApiCall> &call : waiting) {
        if (call && !call->m_finished)
            sendAttempt(call);
    }
}

void ApiClient::onRefreshFailed(bool needsSignIn)
{
    m_refreshing = false;
    const auto waiting = std::exchange(m_waitingForRefresh, {});
    for (const QPointer<ApiCall> &call : waiting) {
        if (!call || call->m_finished)
            continue;
        finish(call, needsSignIn ? makeError(Kind::Unauthorized, QStringLiteral("sign_in_required"),
                                             QStringLiteral("token refresh refused"), 401)
                                 : makeError(Kind::Offline, QStringLiteral("token_refresh_failed"),
                                             QStringLiteral("token refresh failed"), 401));
    }
    if (needsSignIn && !waiting.isEmpty())
        emit signInRequired();
}

void ApiClient::onStepUpFinished(bool ok)
{
    m_steppingUp = false;
    const auto waiting = std::exchange(m_waitingForStepUp, {});
    for (const QPointer<ApiCall> &call : waiting) {
        if (!call || call->m_finished)
            continue;
        if (ok) {
            sendAttempt(call); // same body, same Idempotency-Key, same If-Match
        } else {
            ApiError error = makeError(Kind::StepUpRequired, QStringLiteral("step_up_cancelled"),
                                       QStringLiteral("step-up cancelled or failed"), 401);
            error.maxAgeSeconds = call->m_stepUpMaxAge;
            finish(call, error);
        }
    }
}

bool ApiClient::isRetryable(const ApiCall &call) const
{
    if (call.m_transientRetries >= m_config.maxRetries)
        return false;
    if (call.m_sink && call.m_written > 0)
        return false; // the sink already holds part of an answer
    const QByteArray method = call.m_request.method.toUpper();
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" ||
           !call.m_idempotencyKey.isEmpty();
}

void ApiClient::scheduleRetry(ApiCall *call)
{
    const int attempt = call->m_transientRetries++;
    const qint64 capped =
        qMin<qint64>(m_config.retryMaxDelayMs, qint64(m_config.retryBaseDelayMs) << qMin(attempt, 20));
    // ±50 % jitter so that clients failing together do not come back together.
    const int delay = int(capped / 2 + QRandomGenerator::global()->bounded(capped + 1));
    qCInfo(lcApi) << call->m_request.method << call->m_request.path << "retry" << call->m_transientRetries << "in"
                  << delay << "ms" << call->m_correlationId;
    if (!call->m_retryTimer) {
        call->m_retryTimer = new QTimer(call);
        call->m_retryTimer->setSingleShot(true);
        connect(call->m_retryTimer, &QTimer::timeout, call, [this, call]() { sendAttempt(call); });
    }
    call->m_retryTimer->start(delay);
}

void ApiClient::fetchCurrentForConflict(ApiCall *call)
{
    ApiRequest read;
    read.path = call->m_request.path;
    ApiCall *current = send(read);
    connect(current, &ApiCall::finished, call, [this, call, current]() {
        if (current->error().isError()) {
            finish(call, current->error());
            return;
        }
        const std::optional<QJsonObject> object = parseJsonObject(current->body());
        if (!object || current->etag().isEmpty()) {
            finish(call, makeError(Kind::Protocol, QStringLiteral("malformed_conflict"),
                                   QStringLiteral("current state unreadable"), current->httpStatus()));
            return;
        }
        ApiError error = makeError(Kind::Conflict, QStringLiteral("etag_unknown"),
                                   QStringLiteral("write without a known ETag; current state attached"));
        error.currentState = *object;
        error.currentEtag = current->etag();
        finish(call, error);
    });
}

void ApiClient::finish(ApiCall *call, ApiError error)
{
    if (call->m_finished)
        return;
    call->m_finished = true;
    if (call->m_retryTimer)
        call->m_retryTimer->stop();
    if (QNetworkReply *reply = call->m_reply) {
        call->m_reply = nullptr;
        disconnect(reply, nullptr, call, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    m_waitingForRefresh.removeAll(call);
    m_waitingForStepUp.removeAll(call);
    error.correlationId = call->m_correlationId;
    if (error.httpStatus == 0)
        error.httpStatus = call->m_status;
    call->m_error = error;
    if (error.isError())
        qCInfo(lcApi) << call->m_request.method << call->m_request.path << "failed:" << ApiError::kindName(error.kind)
                      << error.httpStatus << error.code << error.detail << call->m_correlationId;
    else
        qCDebug(lcApi) << call->m_request.method << call->m_request.path << call->m_status << call->m_correlationId;
    emit call->finished();
    if (call->parent() == this)
        call->deleteLater();
}

} // namespace facturos::api
