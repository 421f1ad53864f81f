#pragma once
// The RFC 8252 loopback redirect target: a one-shot HTTP listener on 127.0.0.1 (never all interfaces) on an
// ephemeral port. It answers every request with a small page, ignores anything that is not the expected
// redirect (garbage, another state, no code) and closes after success, cancel or timeout.

#include "auth/callbackpagetexts.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

namespace facturos::auth {

class LoopbackListener final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 10 * 60 * 1000;
    static constexpr int kMaxRequestHeadBytes = 16 * 1024;

    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    void setPageTexts(const CallbackPageTexts &texts) { m_texts = texts; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // The iss value the redirect must carry (RFC 9207): `required` when the server announced support; a
    // present iss must always equal `issuer`.
    void setExpectedIssuer(const QString &issuer, bool required);

    // Listens on 127.0.0.1:0 and waits for /callback?state=<expectedState>; false if it could not bind.
    [[nodiscard]] bool start(const QByteArray &expectedState);
    // Stops listening without a result (no signal).
    void close();

    [[nodiscard]] bool isListening() const { return m_server.isListening(); }
    [[nodiscard]] QHostAddress serverAddress() const { return m_server.serverAddress(); }
    [[nodiscard]] quint16 serverPort() const { return m_server.serverPort(); }
    // http://127.0.0.1:PORT/callback — the literal IP, never "localhost" (RFC 8252 §7.3).
    [[nodiscard]] QString redirectUri() const;

signals:
    // The expected redirect with a code arrived; the listener has closed.
    void codeReceived(const QString &code);
    // The expected redirect carried an OAuth error (e.g. access_denied); the listener has closed.
    void errorReceived(const QString &error);
    // Nothing valid arrived in time; the listener has closed.
    void timedOut();

private:
    void acceptConnections();
    void handleRequest(QTcpSocket *socket, const QByteArray &head);
    void answer(QTcpSocket *socket, int status, const QString &sentence);

    QTcpServer m_server;
    QTimer m_timer;
    CallbackPageTexts m_texts;
    QByteArray m_state;
    QString m_issuer;
    bool m_issuerRequired = false;
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace facturos::auth
