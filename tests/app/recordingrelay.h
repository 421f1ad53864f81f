#pragma once
// A loopback TCP relay in front of the real server that keeps a copy of every byte, both ways: the log test
// learns from it the secrets really exchanged (the authorization code, the PKCE verifier, every access and
// refresh token issued) to look for them in the log. Start the server with its issuer set to url().

#include <memory>
#include <QByteArray>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace facturos::test {

class RecordingRelay
{
public:
    RecordingRelay()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                relay(client);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    [[nodiscard]] QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    void setUpstream(const QUrl &server) { m_upstream = server; }

    [[nodiscard]] const QByteArray &toServer() const { return m_toServer; }
    [[nodiscard]] const QByteArray &toClient() const { return m_toClient; }

    // Every value of a form field (`name=value`) the clients sent, and of a JSON string member the server
    // answered ("name":"value"), as they travelled.
    [[nodiscard]] QSet<QByteArray> formValues(const QByteArray &name) const
    {
        return values(m_toServer, QStringLiteral("(?:^|[&?\\s])%1=([^&\\s]+)"), name);
    }
    [[nodiscard]] QSet<QByteArray> jsonValues(const QByteArray &name) const
    {
        return values(m_toClient, QStringLiteral("\"%1\"\\s*:\\s*\"([^\"]+)\""), name);
    }

private:
    static QSet<QByteArray> values(const QByteArray &bytes, const QString &pattern, const QByteArray &name)
    {
        QSet<QByteArray> found;
        const QRegularExpression re(pattern.arg(QRegularExpression::escape(QString::fromLatin1(name))));
        for (auto it = re.globalMatch(QString::fromLatin1(bytes)); it.hasNext();)
            found.insert(QByteArray::fromPercentEncoding(it.next().captured(1).toLatin1()));
        return found;
    }

    void relay(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client); // goes with the client connection
        QObject::connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream] {
            const QByteArray bytes = client->readAll();
            m_toServer += bytes;
            upstream->write(bytes); // buffered by Qt until the upstream connection is up
        });
        QObject::connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream] {
            const QByteArray bytes = upstream->readAll();
            m_toClient += bytes;
            client->write(bytes);
        });
        QObject::connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        QObject::connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        upstream->connectToHost(QHostAddress::LocalHost, quint16(m_upstream.port()));
    }

    QTcpServer m_server;
    QUrl m_upstream;
    QByteArray m_toServer;
    QByteArray m_toClient;
};

} // namespace facturos::test
