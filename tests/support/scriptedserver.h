#pragma once
// A loopback HTTP server that answers from a script, for faults a healthy server never produces: hangs,
// truncated bodies, HTML, resets, redirects. Real sockets (QTcpServer); records every byte it receives.

#include <functional>
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace facturos::test {

struct ScriptedRequest
{
    QByteArray method;
    QByteArray target; // path and query
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

struct ScriptStep
{
    enum class Action {
        Respond,      // write `bytes`, keep the connection for the next request
        RespondClose, // write `bytes`, then close the connection (a cut body when bytes are short)
        Hang,         // read the request and never answer
        Reset,        // close with a TCP reset (SO_LINGER 0)
    };
    Action action = Action::Respond;
    QByteArray bytes;

    static ScriptStep respond(QByteArray bytes) { return {Action::Respond, std::move(bytes)}; }
    static ScriptStep respondAndClose(QByteArray bytes) { return {Action::RespondClose, std::move(bytes)}; }
    static ScriptStep hang() { return {Action::Hang, {}}; }
    static ScriptStep reset() { return {Action::Reset, {}}; }
};

// A whole HTTP/1.1 response with Content-Length (unless `contentLength` overrides it).
QByteArray httpResponse(int status, const QByteArray &contentType, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers = {}, qint64 contentLength = -1);

class ScriptedServer : public QObject
{
    Q_OBJECT
public:
    explicit ScriptedServer(QObject *parent = nullptr);
    ~ScriptedServer() override;

    // Listens on `address` (default 127.0.0.1) and an ephemeral port.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    [[nodiscard]] QUrl url(const QString &path = {}) const;

    // Steps answer requests in order; when none is left, `handler` decides (default: 404 JSON problem).
    void enqueue(const ScriptStep &step) { m_steps.append(step); }
    void setHandler(std::function<ScriptStep(const ScriptedRequest &)> handler) { m_handler = std::move(handler); }

    [[nodiscard]] const QList<ScriptedRequest> &requests() const { return m_requests; }
    [[nodiscard]] QByteArray receivedBytes() const { return m_received; }
    [[nodiscard]] int connectionCount() const { return m_connections; }

signals:
    void requestReceived();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    QList<ScriptStep> m_steps;
    std::function<ScriptStep(const ScriptedRequest &)> m_handler;
    QList<ScriptedRequest> m_requests;
    QByteArray m_received;
    int m_connections = 0;
};

} // namespace facturos::test
