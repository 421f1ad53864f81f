#include "auth/loopbacklistener.h"

#include "auth/authlog.h"

#include <QTcpSocket>
#include <QUrlQuery>

namespace facturos::auth {

namespace {

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

LoopbackListener::LoopbackListener(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        qCInfo(lcAuth) << "loopback listener timed out";
        close();
        emit timedOut();
    });
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackListener::acceptConnections);
}

LoopbackListener::~LoopbackListener() = default;

void LoopbackListener::setExpectedIssuer(const QString &issuer, bool required)
{
    m_issuer = issuer;
    m_issuerRequired = required;
}

bool LoopbackListener::start(const QByteArray &expectedState)
{
    close();
    m_state = expectedState;
    // 127.0.0.1 only: the redirect carries a code any local or remote peer could otherwise race for.
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        qCWarning(lcAuth) << "cannot listen on 127.0.0.1:" << m_server.errorString();
        return false;
    }
    m_timer.start(m_timeoutMs);
    return true;
}

void LoopbackListener::close()
{
    m_timer.stop();
    if (m_server.isListening())
        m_server.close();
}

QString LoopbackListener::redirectUri() const
{
    return QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server.serverPort());
}

void LoopbackListener::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        // Sockets are children of the listener: a closed listener still answers connections it accepted.
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        connect(idle, &QTimer::timeout, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        idle->start(10000); // a silent connection must not stay open for ever
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            QByteArray head = socket->property("head").toByteArray() + socket->readAll();
            if (head.size() > kMaxRequestHeadBytes) {
                answer(socket, 431, m_texts.invalidRequest);
                return;
            }
            socket->setProperty("head", head);
            if (head.contains("\r\n\r\n")) {
                disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr); // answer once
                handleRequest(socket, head);
            }
        });
    }
}

void LoopbackListener::handleRequest(QTcpSocket *socket, const QByteArray &head)
{
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0) != "GET" || !requestLine.at(2).startsWith("HTTP/1.")) {
        answer(socket, 400, m_texts.invalidRequest);
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine.at(1)), QUrl::StrictMode);
    if (!target.isValid() || target.path() != QLatin1String("/callback")) {
        answer(socket, 404, m_texts.invalidRequest);
        return;
    }
    const QUrlQuery query(target);
    auto value = [&query](const char *name) { return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
    // A stale tab, another app's redirect or a forged link: tell the browser, keep waiting for the real one.
    if (!m_server.isListening() || m_state.isEmpty() || value("state").toLatin1() != m_state) {
        qCInfo(lcAuth) << "loopback request with an unexpected state ignored";
        answer(socket, 400, m_texts.invalidRequest);
        return;
    }
    const QString iss = value("iss");
    if ((m_issuerRequired && iss.isEmpty()) || (!iss.isEmpty() && !m_issuer.isEmpty() && iss != m_issuer)) {
        qCWarning(lcAuth) << "loopback redirect from another issuer ignored (RFC 9207)";
        answer(socket, 400, m_texts.invalidRequest);
        return;
    }
    const QString error = value("error");
    const QString code = value("code");
    if (!error.isEmpty()) {
        answer(socket, 200, m_texts.failure);
        close();
        emit errorReceived(error);
    } else if (!code.isEmpty()) {
        answer(socket, 200, m_texts.success);
        close();
        emit codeReceived(code);
    } else {
        answer(socket, 400, m_texts.invalidRequest);
    }
}

void LoopbackListener::answer(QTcpSocket *socket, int status, const QString &sentence)
{
    const char *reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Bad Request";
    const QByteArray body = QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\">"
                                           "<title>%2</title></head><body><p>%3</p></body></html>")
                                .arg(htmlEscaped(m_texts.language), htmlEscaped(m_texts.title), htmlEscaped(sentence))
                                .toUtf8();
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
                  "Referrer-Policy: no-referrer\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace facturos::auth
