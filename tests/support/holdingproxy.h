#pragma once
// A loopback TCP relay in front of the real server, for faults in the middle of a long answer (an export cut
// halfway): every connection is forwarded byte for byte, except one chosen answer, which stops after a given
// number of bytes until the test releases it (the rest flows on) or cuts it (the connection is reset while the
// body is still coming). Real sockets on both sides; the server behind it is untouched. It keeps a copy of
// every byte, both ways: the log test learns from it the secrets really exchanged (authorization code, PKCE
// verifier, every token issued) to look for them in the log.

#include <memory>
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QUrl>

namespace facturos::test {

class HoldingProxy : public QObject
{
    Q_OBJECT
public:
    explicit HoldingProxy(QObject *parent = nullptr);
    ~HoldingProxy() override;

    // Listens on 127.0.0.1 and an ephemeral port (so the server's issuer can be set to url() before it starts).
    bool listen();
    [[nodiscard]] QUrl url(const QString &path = {}) const;
    // Where connections are relayed to (the server's own URL; only its host and port are used).
    void setUpstream(const QUrl &server) { m_upstream = server; }

    // The next answer to a request whose target starts with `pathPrefix` stops after `bytes` bytes (status line
    // and headers included). One answer only; answerHeld() says when it stopped.
    void holdAnswer(const QByteArray &pathPrefix, qint64 bytes);
    [[nodiscard]] bool isHolding() const;
    // The held answer goes on to the end.
    void release();
    // The held answer's connection is reset on both sides: the client sees a body cut in the middle.
    void cut();

    // The request lines seen so far ("GET /v1/account/export HTTP/1.1"), in order. Assumes one request per
    // chunk start, which holds for the app's unpipelined HTTP/1.1.
    [[nodiscard]] const QList<QByteArray> &requestLines() const { return m_requestLines; }
    // Every byte the clients sent, and the server answered, so far.
    [[nodiscard]] const QByteArray &toServer() const { return m_toServer; }
    [[nodiscard]] const QByteArray &toClient() const { return m_toClient; }
    // Every value of a form field (`name=value`) the clients sent, and of a JSON string member the server
    // answered ("name":"value"), as they travelled.
    [[nodiscard]] QSet<QByteArray> formValues(const QByteArray &name) const;
    [[nodiscard]] QSet<QByteArray> jsonValues(const QByteArray &name) const;

signals:
    void answerHeld();

private:
    struct Pipe;
    void onNewConnection();
    void fromClient(Pipe *pipe);
    void fromServer(Pipe *pipe);
    void close(Pipe *pipe);

    QTcpServer m_server;
    QUrl m_upstream;
    std::vector<std::unique_ptr<Pipe>> m_pipes;
    QByteArray m_holdPrefix;
    qint64 m_holdBytes = 0;
    QList<QByteArray> m_requestLines;
    QByteArray m_toServer;
    QByteArray m_toClient;
};

} // namespace facturos::test
