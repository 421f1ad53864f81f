#include "scriptedserver.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace facturos::test {

namespace {
const char *kBuffer = "scriptedBuffer";
const char *kHung = "scriptedHung";

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
} // namespace

QByteArray ScriptedRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray httpResponse(int status, const QByteArray &contentType, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers, qint64 contentLength)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength >= 0 ? contentLength : body.size()) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    return out + "\r\n" + body;
}

ScriptedServer::ScriptedServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::onNewConnection);
}

ScriptedServer::~ScriptedServer() = default;

bool ScriptedServer::listen(const QHostAddress &address)
{
    return m_server.listen(address, 0);
}

QUrl ScriptedServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_server.serverAddress().toString());
    url.setPort(m_server.serverPort());
    url.setPath(path);
    return url;
}

void ScriptedServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ScriptedServer::onReadyRead(QTcpSocket *socket)
{
    const QByteArray chunk = socket->readAll();
    m_received += chunk;
    if (socket->property(kHung).toBool())
        return;
    QByteArray buffer = socket->property(kBuffer).toByteArray() + chunk;
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            break;
        ScriptedRequest request;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon <= 0)
                continue;
            request.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
            if (lines[i].left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = lines[i].mid(colon + 1).trimmed().toLongLong();
        }
        if (buffer.size() < headEnd + 4 + length)
            break;
        request.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        m_requests.append(request);

        ScriptStep step;
        if (!m_steps.isEmpty())
            step = m_steps.takeFirst();
        else if (m_handler)
            step = m_handler(request);
        else
            step = ScriptStep::respond(httpResponse(404, "application/problem+json", R"({"status":404})"));
        emit requestReceived();

        switch (step.action) {
        case ScriptStep::Action::Respond:
            socket->write(step.bytes);
            break;
        case ScriptStep::Action::RespondClose:
            socket->write(step.bytes);
            socket->flush();
            socket->disconnectFromHost();
            return;
        case ScriptStep::Action::Hang:
            socket->setProperty(kHung, true);
            return;
        case ScriptStep::Action::Reset: {
            const linger noLinger{1, 0};
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger, sizeof noLinger);
            socket->abort();
            return;
        }
        }
    }
    socket->setProperty(kBuffer, buffer);
}

} // namespace facturos::test
