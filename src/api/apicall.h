#pragma once
// One logical API call as the caller sees it: it may span several HTTP attempts (retries after a token
// refresh, a step-up or a transient failure) but finishes exactly once. Owned by ApiClient; deletes itself
// (deleteLater) after finished() unless the caller took ownership with setParent().

#include "api/apierror.h"
#include "api/apirequest.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

class QIODevice;
class QNetworkReply;
class QTimer;

namespace facturos::api {

class ApiClient;

class ApiCall : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override;

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const ApiError &error() const { return m_error; }
    [[nodiscard]] int httpStatus() const { return m_status; }
    // Raw body of the final answer (empty for downloads, which write to their sink).
    [[nodiscard]] const QByteArray &body() const { return m_body; }
    [[nodiscard]] QByteArray etag() const { return m_etag; }
    [[nodiscard]] QByteArray responseHeader(const QByteArray &name) const;
    // Sent with every attempt of this call; reuse it (RequestOptions::idempotencyKey) when the user retries
    // the same action later, so the server acts at most once.
    [[nodiscard]] QByteArray idempotencyKey() const { return m_idempotencyKey; }
    [[nodiscard]] QString correlationId() const { return m_correlationId; }
    [[nodiscard]] int attempts() const { return m_attempts; }

    // Stops the call; finished() is emitted with ApiError::Kind::Cancelled (unless already finished).
    void abort();

signals:
    void finished();
    // Downloads only: bytes written to the sink so far, and the total (-1 when unknown).
    void progressed(qint64 received, qint64 total);

private:
    friend class ApiClient;
    explicit ApiCall(ApiClient *client);

    QPointer<ApiClient> m_client;

    bool m_finished = false;
    ApiError m_error;
    int m_status = 0;
    QByteArray m_body;
    QByteArray m_etag;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_idempotencyKey;
    QString m_correlationId;
    int m_attempts = 0;

    // State of the attempts, kept here so the client holds no per-call maps.
    ApiRequest m_request;
    QPointer<QIODevice> m_sink;      // downloads only
    qint64 m_written = 0;            // downloads: bytes already in the sink
    QPointer<QNetworkReply> m_reply; // the attempt in flight
    QByteArray m_sentToken;          // the access token of the attempt, to tell a stale 401 from a new one
    QTimer *m_retryTimer = nullptr;  // pending backoff
    int m_transientRetries = 0;
    bool m_refreshUsed = false; // one token refresh per call
    bool m_stepUpUsed = false;  // one step-up per call
    int m_stepUpMaxAge = -1;
    bool m_overLimit = false;
};

} // namespace facturos::api
