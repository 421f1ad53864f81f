#pragma once
// What the mailbox tests share: requests to the mailbox routes, an IMAP connection body, and a loopback
// listener that counts connections (and can stay silent, or answer HTTP 200 once up).

#include "accountapi.h"
#include "providerconsent.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace facturos::test {

inline const QString kMailboxes = QStringLiteral("/v1/account/mailboxes");

inline QJsonObject imapBody(const QString &host, quint16 port, const QString &security, const QString &username,
                            const QString &password, const QString &address = QStringLiteral("camille@atelier.example"))
{
    return {{QStringLiteral("address"), address},   {QStringLiteral("host"), host},
            {QStringLiteral("port"), int(port)},    {QStringLiteral("security"), security},
            {QStringLiteral("username"), username}, {QStringLiteral("password"), password}};
}

inline HttpResult postImap(HttpClient &http, TestServer &server, const QByteArray &token, const QJsonObject &body)
{
    return http.sendJson("POST", server.url(kMailboxes + QStringLiteral("/imap")), body, token);
}

inline QJsonArray listMailboxes(HttpClient &http, TestServer &server, const QByteArray &token)
{
    return http.get(server.url(kMailboxes), token).json().value(QStringLiteral("items")).toArray();
}

inline QJsonObject findMailbox(const QJsonArray &items, const QString &address)
{
    for (const QJsonValue &item : items) {
        if (item.toObject().value(QStringLiteral("address")).toString() == address)
            return item.toObject();
    }
    return {};
}

// The problem's code and the field of its first error: "authentication_failed@password".
inline QString reasonOf(const HttpResult &result)
{
    const QJsonObject json = result.json();
    const QJsonObject first = json.value(QStringLiteral("errors")).toArray().first().toObject();
    return json.value(QStringLiteral("code")).toString() + QLatin1Char('@') +
           first.value(QStringLiteral("field")).toString();
}

// "Connect Gmail" end to end with the development provider, the test acting as the browser (consent page,
// Allow, redirect back to the server). Returns the HTTP status of the server's callback page.
inline int connectGmailAsBrowser(HttpClient &http, TestServer &server, const QByteArray &token, const QString &address)
{
    const HttpResult start = http.sendJson("POST", server.url(kMailboxes + QStringLiteral("/gmail")), {}, token);
    const QUrl consentUrl(start.json().value(QStringLiteral("consentUrl")).toString());
    if (start.status != 200)
        return 0;
    return submitProviderConsent(http, consentUrl, QStringLiteral("allow"), address).callback.status;
}

// Accepts connections on loopback and never says a word; counts who came. With `answerHttp`, answers every
// request with "200 OK" and keeps the request bytes.
class Listener : public QTcpServer
{
public:
    explicit Listener(bool answerHttp = false, const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0)
        : m_answerHttp(answerHttp)
    {
        listen(address, port);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++m_connections;
                if (!m_answerHttp)
                    continue; // silent: keep it open, say nothing
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    if (m_received.contains("\r\n\r\n")) {
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                                      "Connection: close\r\n\r\n{}");
                        socket->disconnectFromHost();
                    }
                });
            }
        });
    }
    [[nodiscard]] int connections() const { return m_connections; }
    [[nodiscard]] QByteArray received() const { return m_received; }

private:
    bool m_answerHttp = false;
    int m_connections = 0;
    QByteArray m_received;
};

// A loopback port nothing listens on (bound then released).
inline quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace facturos::test
