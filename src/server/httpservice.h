#pragma once
// The HTTP layer of the reference server: a route table with path parameters, 404/405 answered properly,
// a body limit, and responses that may be written later (after work off the event loop) without crashing
// when the client has gone away in the meantime.

#include <functional>
#include <memory>
#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QRegularExpression>
#include <QUrlQuery>

class QHttpServerResponder;
class QTcpSocket;

namespace facturos::server {

inline constexpr qint64 kMaxRequestBody = 64 * 1024;

struct HttpRequest
{
    QByteArray method; // "GET", "POST"…
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;
    QHash<QString, QString> params; // path parameters: "/v1/account/sessions/{id}" → params["id"]

    // Case-insensitive header lookup; the first value, or empty.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

// One step of a streamed body: the producer appended the next piece to its chunk (More), appended the last
// piece (Done), or cannot go on (Failed: the connection is aborted, so the client sees a truncated body
// rather than a document that looks complete).
enum class StreamStep { More, Done, Failed };
using ChunkProducer = std::function<StreamStep(QByteArray *chunk)>;

// Hands a response back to the client exactly once. Copyable, so a handler can pass it to work that
// finishes later; writing after the client disconnected is skipped instead of crashing QtHttpServer 6.4.
class Responder
{
public:
    Responder() = default;
    Responder(QHttpServerResponder &&responder, QTcpSocket *socket,
              QList<QPair<QByteArray, QByteArray>> defaultHeaders = {});
    void send(const HttpResponse &response) const;
    // Sends `head` (status, content type, headers; its body is ignored) then a chunked body pulled from
    // `producer` only as the socket drains, so a large body never sits in memory whole. The producer is
    // dropped as soon as the client goes away.
    void sendStream(const HttpResponse &head, ChunkProducer producer) const;
    // Calls `observer` with the response given to send(), even when the client has already left (a wrapper
    // such as the idempotency store must still learn the outcome). Shared by every copy; one observer.
    void observe(std::function<void(const HttpResponse &response)> observer) const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};

using Handler = std::function<void(const HttpRequest &request, const Responder &responder)>;

struct RouteInfo
{
    QByteArray method;
    QString pathTemplate; // OpenAPI style: "/v1/account/sessions/{id}"
};

class HttpService : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit HttpService(QObject *parent = nullptr);
    ~HttpService() override;

    // `pathTemplate` uses {name} for one path segment.
    void addRoute(const QByteArray &method, const QString &pathTemplate, Handler handler);
    [[nodiscard]] QList<RouteInfo> routes() const;
    // Headers added to every response (security headers).
    void setDefaultHeaders(QList<QPair<QByteArray, QByteArray>> headers) { m_defaultHeaders = std::move(headers); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route
    {
        RouteInfo info;
        QRegularExpression pattern;
        QStringList names;
        Handler handler;
    };
    QList<Route> m_routes;
    QList<QPair<QByteArray, QByteArray>> m_defaultHeaders;
};

[[nodiscard]] QByteArray methodName(int qtMethod);

} // namespace facturos::server
