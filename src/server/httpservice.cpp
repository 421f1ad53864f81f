#include "server/httpservice.h"

#include "server/apiresponses.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QTcpSocket>

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
    std::unique_ptr<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
    QList<QPair<QByteArray, QByteArray>> defaultHeaders;
    bool sent = false;
};

Responder::Responder(QHttpServerResponder &&responder, QTcpSocket *socket,
                     QList<QPair<QByteArray, QByteArray>> defaultHeaders)
    : m_state(std::make_shared<State>())
{
    m_state->responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    m_state->socket = socket;
    m_state->defaultHeaders = std::move(defaultHeaders);
}

void Responder::send(const HttpResponse &response) const
{
    if (!m_state || m_state->sent)
        return;
    m_state->sent = true;
    // QtHttpServer 6.4 crashes when writing to a socket that is gone: skip, the client left anyway.
    if (!m_state->socket || m_state->socket->state() != QAbstractSocket::ConnectedState) {
        qCDebug(lcHttp) << "client left before the response was ready";
        return;
    }
    QHttpServerResponder &out = *m_state->responder;
    out.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &[name, value] : m_state->defaultHeaders)
        out.writeHeader(name, value);
    for (const auto &[name, value] : response.headers)
        out.writeHeader(name, value);
    if (!response.contentType.isEmpty())
        out.writeHeader("Content-Type", response.contentType);
    out.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    out.writeBody(response.body);
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
    responder.send(problemResponse(Problem::make(404, QStringLiteral("not_found"), QStringLiteral("Not found"),
                                                 QStringLiteral("No resource at this address."))));
    return true;
}

void HttpService::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Responder responder(makeResponder(request, socket), socket, m_defaultHeaders);
    responder.send(problemResponse(Problem::make(404, QStringLiteral("not_found"), QStringLiteral("Not found"))));
}

} // namespace facturos::server
