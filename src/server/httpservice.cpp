#include "server/httpservice.h"

#include "server/apiresponses.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <utility>

Q_LOGGING_CATEGORY(lcHttp, "facturos.server.http", QtInfoMsg)

namespace facturos::server {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

struct Responder::State
{
    std::shared_ptr<QHttpServerResponder> responder; // shared with a streamed body still being written
    QPointer<QTcpSocket> socket;
    QList<QPair<QByteArray, QByteArray>> defaultHeaders;
    std::function<void(const HttpResponse &)> observer;
    bool sent = false;
};

Responder::Responder(QHttpServerResponder &&responder, QTcpSocket *socket,
                     QList<QPair<QByteArray, QByteArray>> defaultHeaders)
    : m_state(std::make_shared<State>())
{
    m_state->responder = std::make_shared<QHttpServerResponder>(std::move(responder));
    m_state->socket = socket;
    m_state->defaultHeaders = std::move(defaultHeaders);
}

namespace {

// Chunks are cut at about this size; the socket may hold about kStreamHighWater unsent bytes before the
// producer is asked for more, so a streamed body costs a few hundred KiB at most.
constexpr qsizetype kStreamChunk = 64 * 1024;
constexpr qint64 kStreamHighWater = 256 * 1024;

bool writable(const QPointer<QTcpSocket> &socket)
{
    return socket && socket->state() == QAbstractSocket::ConnectedState;
}

void writeHead(QHttpServerResponder &out, const HttpResponse &response,
               const QList<QPair<QByteArray, QByteArray>> &defaultHeaders)
{
    out.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &[name, value] : defaultHeaders)
        out.writeHeader(name, value);
    for (const auto &[name, value] : response.headers)
        out.writeHeader(name, value);
    if (!response.contentType.isEmpty())
        out.writeHeader("Content-Type", response.contentType);
}

// Pulls chunks from the producer while the socket has room, and again each time it drains.
struct Stream : std::enable_shared_from_this<Stream>
{
    std::shared_ptr<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
    ChunkProducer producer;
    QMetaObject::Connection drained;
    QMetaObject::Connection gone;
    QByteArray chunk;
    bool pumping = false;

    void finish()
    {
        QObject::disconnect(drained);
        QObject::disconnect(gone);
        producer = nullptr; // releases whatever the producer holds (queries, buffers) at once
    }

    void pump()
    {
        if (pumping || !producer)
            return;
        pumping = true;
        auto self = shared_from_this(); // finish() may drop the last other reference
        while (producer && writable(socket) && socket->bytesToWrite() < kStreamHighWater) {
            chunk.resize(0); // keeps the allocation for the next chunk
            StreamStep step = StreamStep::More;
            while (step == StreamStep::More && chunk.size() < kStreamChunk)
                step = producer(&chunk);
            if (!writable(socket))
                break;
            if (step == StreamStep::Failed) {
                qCWarning(lcHttp) << "streamed response failed midway; aborting the connection";
                finish();
                socket->abort();
                break;
            }
            if (!chunk.isEmpty()) {
                responder->writeBody(QByteArray::number(chunk.size(), 16) + "\r\n");
                responder->writeBody(chunk);
                responder->writeBody("\r\n", 2);
            }
            if (step == StreamStep::Done) {
                responder->writeBody(QByteArrayLiteral("0\r\n\r\n"));
                finish();
            }
        }
        if (producer && !writable(socket)) {
            qCDebug(lcHttp) << "client left during a streamed response";
            finish();
        }
        pumping = false;
    }
};

} // namespace

void Responder::send(const HttpResponse &response) const
{
    if (!m_state || m_state->sent)
        return;
    m_state->sent = true;
    if (m_state->observer)
        std::exchange(m_state->observer, nullptr)(response);
    // QtHttpServer 6.4 crashes when writing to a socket that is gone: skip, the client left anyway.
    if (!writable(m_state->socket)) {
        qCDebug(lcHttp) << "client left before the response was ready";
        return;
    }
    QHttpServerResponder &out = *m_state->responder;
    writeHead(out, response, m_state->defaultHeaders);
    out.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    out.writeBody(response.body);
}

void Responder::observe(std::function<void(const HttpResponse &)> observer) const
{
    if (m_state)
        m_state->observer = std::move(observer);
}

void Responder::sendStream(const HttpResponse &head, ChunkProducer producer) const
{
    if (!m_state || m_state->sent)
        return;
    m_state->sent = true;
    if (!writable(m_state->socket)) {
        qCDebug(lcHttp) << "client left before the response was ready";
        return;
    }
    writeHead(*m_state->responder, head, m_state->defaultHeaders);
    m_state->responder->writeHeader("Transfer-Encoding", "chunked");

    auto stream = std::make_shared<Stream>();
    stream->responder = m_state->responder;
    stream->socket = m_state->socket;
    stream->producer = std::move(producer);
    QTcpSocket *socket = m_state->socket;
    // The connections hold the stream; finish() cuts them, and the socket's destruction does too.
    stream->drained = QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [stream] { stream->pump(); });
    stream->gone = QObject::connect(socket, &QTcpSocket::disconnected, socket, [stream] { stream->finish(); });
    stream->pump();
}

QByteArray methodName(int qtMethod)
{
    using M = QHttpServerRequest::Method;
    switch (static_cast<M>(qtMethod)) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    case M::Connect:
        return "CONNECT";
    case M::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

HttpService::HttpService(QObject *parent) : QAbstractHttpServer(parent) {}
HttpService::~HttpService() = default;

void HttpService::addRoute(const QByteArray &method, const QString &pathTemplate, Handler handler)
{
    Route route;
    route.info = {method, pathTemplate};
    QString regex = QStringLiteral("^");
    static const QRegularExpression param(QStringLiteral("\\{([A-Za-z]+)\\}"));
    qsizetype last = 0;
    for (auto it = param.globalMatch(pathTemplate); it.hasNext();) {
        const auto match = it.next();
        regex += QRegularExpression::escape(pathTemplate.mid(last, match.capturedStart() - last));
        regex += QStringLiteral("([^/]+)");
        route.names.append(match.captured(1));
        last = match.capturedEnd();
    }
    regex += QRegularExpression::escape(pathTemplate.mid(last)) + QStringLiteral("$");
    route.pattern = QRegularExpression(regex);
    route.handler = std::move(handler);
    m_routes.append(std::move(route));
}

QList<RouteInfo> HttpService::routes() const
{
    QList<RouteInfo> out;
    for (const Route &r : m_routes)
        out.append(r.info);
    return out;
}

bool HttpService::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // A response goes out in several writes; with Nagle's algorithm the last segment of a larger body waits
    // for the client's delayed ACK (40 ms on Linux loopback).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    Responder responder(makeResponder(request, socket), socket, m_defaultHeaders);
    HttpRequest req;
    req.method = methodName(int(request.method()));
    req.path = request.url().path();
    req.query = request.query();
    req.headers = request.headers();
    req.body = request.body();
    req.peer = request.remoteAddress();

    QList<QByteArray> allowed;
    for (const Route &route : std::as_const(m_routes)) {
        // Most paths have no parameter: a string comparison is far cheaper than a regex match.
        QRegularExpressionMatch match;
        if (route.names.isEmpty()) {
            if (route.info.pathTemplate != req.path)
                continue;
        } else if (match = route.pattern.match(req.path); !match.hasMatch()) {
            continue;
        }
        if (route.info.method != req.method) {
            allowed.append(route.info.method);
            continue;
        }
        if (req.body.size() > kMaxRequestBody) {
            responder.send(problemResponse(Problem::make(413, QStringLiteral("body_too_large"),
                                                         QStringLiteral("Request body too large"),
                                                         QStringLiteral("The request body exceeds 64 KiB."))));
            return true;
        }
        for (int i = 0; i < route.names.size(); ++i)
            req.params.insert(route.names.at(i), QUrl::fromPercentEncoding(match.captured(i + 1).toUtf8()));
        qCDebug(lcHttp) << req.method << route.info.pathTemplate;
        route.handler(req, responder);
        return true;
    }
    if (!allowed.isEmpty()) {
        HttpResponse response = problemResponse(
            Problem::make(405, QStringLiteral("method_not_allowed"), QStringLiteral("Method not allowed")));
        response.withHeader("Allow", allowed.join(", "));
        responder.send(response);
        return true;
    }
    responder.send(notFound(QStringLiteral("No resource at this address.")));
    return true;
}

void HttpService::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Responder responder(makeResponder(request, socket), socket, m_defaultHeaders);
    responder.send(notFound());
}

} // namespace facturos::server
