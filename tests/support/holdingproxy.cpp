#include "holdingproxy.h"

#include <sys/socket.h>

#include <algorithm>

#include <QRegularExpression>
#include <QTcpSocket>

namespace facturos::test {

struct HoldingProxy::Pipe
{
    QTcpSocket *client = nullptr;
    QTcpSocket *upstream = nullptr;
    QByteArray toServer;  // what the client sent before the upstream connection was up
    bool watched = false; // this connection carries the answer to hold
    qint64 budget = 0;    // bytes of that answer still let through
    bool holding = false; // the answer is stopped: later bytes wait in `held`
    QByteArray held;
    bool upstreamGone = false;
};

HoldingProxy::HoldingProxy(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HoldingProxy::onNewConnection);
}

HoldingProxy::~HoldingProxy()
{
    while (!m_pipes.empty())
        close(m_pipes.front().get());
}

bool HoldingProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl HoldingProxy::url(const QString &path) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    url.setPath(path);
    return url;
}

void HoldingProxy::holdAnswer(const QByteArray &pathPrefix, qint64 bytes)
{
    m_holdPrefix = pathPrefix;
    m_holdBytes = bytes;
}

bool HoldingProxy::isHolding() const
{
    return std::any_of(m_pipes.cbegin(), m_pipes.cend(), [](const auto &pipe) { return pipe->holding; });
}

void HoldingProxy::release()
{
    for (const auto &pipe : m_pipes) {
        if (!pipe->holding)
            continue;
        pipe->holding = false;
        pipe->watched = false;
        pipe->client->write(std::exchange(pipe->held, {}));
        if (pipe->upstreamGone) {
            close(pipe.get());
            return;
        }
    }
}

void HoldingProxy::cut()
{
    for (const auto &pipe : m_pipes) {
        if (!pipe->holding)
            continue;
        // SO_LINGER 0: the close is a reset, as when a server or a middlebox dies in the middle.
        const linger noLinger{1, 0};
        ::setsockopt(int(pipe->client->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger, sizeof noLinger);
        pipe->client->abort();
        pipe->upstream->abort();
        close(pipe.get());
        return;
    }
}

void HoldingProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto pipe = std::make_unique<Pipe>();
        Pipe *p = pipe.get();
        p->client = client;
        p->upstream = new QTcpSocket(this);
        m_pipes.push_back(std::move(pipe));
        connect(client, &QTcpSocket::readyRead, this, [this, p] { fromClient(p); });
        connect(client, &QTcpSocket::disconnected, this, [this, p] { close(p); });
        connect(p->upstream, &QTcpSocket::connected, this, [p] { p->upstream->write(std::exchange(p->toServer, {})); });
        connect(p->upstream, &QTcpSocket::readyRead, this, [this, p] { fromServer(p); });
        connect(p->upstream, &QTcpSocket::disconnected, this, [this, p] {
            fromServer(p);
            p->upstreamGone = true;
            if (!p->holding)
                close(p);
        });
        connect(p->upstream, &QTcpSocket::errorOccurred, this, [this, p](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError && !p->holding)
                close(p);
        });
        p->upstream->connectToHost(QHostAddress::LocalHost, quint16(m_upstream.port()));
    }
}

namespace {
QSet<QByteArray> valuesIn(const QByteArray &bytes, const QString &pattern, const QByteArray &name)
{
    QSet<QByteArray> found;
    const QRegularExpression re(pattern.arg(QRegularExpression::escape(QString::fromLatin1(name))));
    for (auto it = re.globalMatch(QString::fromLatin1(bytes)); it.hasNext();)
        found.insert(QByteArray::fromPercentEncoding(it.next().captured(1).toLatin1()));
    return found;
}
} // namespace

QSet<QByteArray> HoldingProxy::formValues(const QByteArray &name) const
{
    return valuesIn(m_toServer, QStringLiteral("(?:^|[&?\\s])%1=([^&\\s]+)"), name);
}

QSet<QByteArray> HoldingProxy::jsonValues(const QByteArray &name) const
{
    return valuesIn(m_toClient, QStringLiteral("\"%1\"\\s*:\\s*\"([^\"]+)\""), name);
}

void HoldingProxy::fromClient(Pipe *pipe)
{
    const QByteArray data = pipe->client->readAll();
    m_toServer += data;
    const qsizetype lineEnd = data.indexOf("\r\n");
    const qsizetype space = data.indexOf(' ');
    if (lineEnd > 0 && space > 0 && space < lineEnd && data.mid(space + 1, 1) == "/") {
        const QByteArray line = data.left(lineEnd);
        m_requestLines.append(line);
        const QByteArray target = line.mid(space + 1);
        if (!m_holdPrefix.isEmpty() && target.startsWith(m_holdPrefix)) {
            m_holdPrefix.clear();
            pipe->watched = true;
            pipe->budget = m_holdBytes;
        }
    }
    if (pipe->upstream->state() == QAbstractSocket::ConnectedState)
        pipe->upstream->write(data);
    else
        pipe->toServer += data;
}

void HoldingProxy::fromServer(Pipe *pipe)
{
    QByteArray data = pipe->upstream->readAll();
    if (data.isEmpty())
        return;
    m_toClient += data;
    if (pipe->holding) {
        pipe->held += data;
        return;
    }
    if (pipe->watched) {
        const QByteArray now = data.left(pipe->budget);
        pipe->budget -= now.size();
        pipe->client->write(now);
        if (pipe->budget > 0)
            return;
        pipe->holding = true;
        pipe->held = data.mid(now.size());
        emit answerHeld();
        return;
    }
    pipe->client->write(data);
}

void HoldingProxy::close(Pipe *pipe)
{
    const auto it = std::find_if(m_pipes.begin(), m_pipes.end(), [pipe](const auto &p) { return p.get() == pipe; });
    if (it == m_pipes.end())
        return;
    std::unique_ptr<Pipe> owned = std::move(*it);
    m_pipes.erase(it);
    // Signals first: closing one side must not call back into a pipe that is going away.
    pipe->client->disconnect(this);
    pipe->upstream->disconnect(this);
    pipe->client->disconnectFromHost(); // after what is still queued for the client
    pipe->upstream->disconnectFromHost();
    pipe->client->deleteLater();
    pipe->upstream->deleteLater();
}

} // namespace facturos::test
