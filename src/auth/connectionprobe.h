#pragma once
// The transport checks of a diagnosis: resolve the server's host name, open a TCP connection to one of its
// addresses, and for https run the TLS handshake with the name verified, naming certificate problems. Each
// step has its own timeout; a failed step skips the ones after it.

#include "auth/diagnosticcheck.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUrl>

class QSslSocket;

namespace facturos::auth {

class ConnectionProbe final : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionProbe(QUrl server, int timeoutMs, QObject *parent = nullptr);
    ~ConnectionProbe() override;

    // Runs once; finished() follows, never from inside this call.
    void start();
    // Dns, Connection and Tls, in that order (complete once finished()).
    [[nodiscard]] const QList<CheckResult> &results() const { return m_results; }

    // A certificate problem as a reason code: "self_signed", "expired", "not_yet_valid", "host_mismatch",
    // "untrusted", "revoked" or "certificate".
    [[nodiscard]] static QString codeFor(const QList<QSslError> &errors);

signals:
    void finished();

private:
    void resolved(const QList<QHostAddress> &addresses, const QString &error, bool notFound);
    void connectNext();
    void onConnected();
    void onEncrypted();
    void onSocketError();
    void onTimeout();
    void finish(CheckResult result);
    void skipRest(const QString &code);
    void dropSocket();

    QUrl m_server;
    int m_timeoutMs;
    bool m_https;
    quint16 m_port;
    QList<QHostAddress> m_addresses; // still to try
    QHostAddress m_current;
    QStringList m_connectErrors; // one per address tried
    QString m_lastConnectCode;
    bool m_handshaking = false;
    QPointer<QSslSocket> m_socket;
    QList<QSslError> m_sslErrors;
    QTimer m_timer;
    int m_lookupId = -1;
    QList<CheckResult> m_results;
    bool m_done = false;
};

} // namespace facturos::auth
