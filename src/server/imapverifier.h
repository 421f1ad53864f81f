#pragma once
// Checks IMAP credentials the way a mail client would, without blocking the event loop: resolves the host
// once, refuses non-public addresses, connects to the address it checked, negotiates TLS (implicit or
// STARTTLS) with certificate and host-name verification, logs in with correctly quoted or literal-encoded
// credentials, and reports one stable reason per failure. One verifier checks one login, then is discarded.

#include "core/mailbox.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

class QHostInfo;
class QSslSocket;

namespace facturos::server {

struct ImapVerifierConfig
{
    bool allowPrivateHosts = false;
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system's
    int timeoutMs = 15000;
};

struct ImapVerification
{
    bool ok = false;
    QString reason; // a MailboxReason when !ok
    QString field;  // the request field the reason concerns: host, port, security, password
};

class ImapVerifier : public QObject
{
    Q_OBJECT
public:
    explicit ImapVerifier(ImapVerifierConfig config, QObject *parent = nullptr);
    ~ImapVerifier() override;

    // Starts the check; finished() is emitted exactly once, never from inside start().
    void start(const ImapSettings &settings, const QString &password);

    // An IMAP astring for `value`: a quoted string when it is printable ASCII, otherwise a synchronising
    // literal ("{N}\r\n" + the UTF-8 bytes). Exposed for tests.
    [[nodiscard]] static QByteArray astring(const QString &value);

signals:
    void finished(const facturos::server::ImapVerification &result);

private:
    enum class Stage { Resolving, Connecting, Greeting, StartTls, Handshake, Login, Done };

    void resolved(const QHostInfo &info);
    void connectNext();
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketError();
    void handleLine(const QByteArray &line);
    void sendLogin();
    void sendNextLoginPart();
    void finish(bool ok, const QString &reason = {}, const QString &field = {});

    ImapVerifierConfig m_config;
    ImapSettings m_settings;
    QString m_password;
    QList<QHostAddress> m_addresses;
    QSslSocket *m_socket = nullptr;
    QTimer m_timeout;
    Stage m_stage = Stage::Resolving;
    QList<QByteArray> m_loginParts; // LOGIN split at each synchronising literal
    QList<QSslError> m_sslErrors;
    int m_lookupId = -1;
};

} // namespace facturos::server

Q_DECLARE_METATYPE(facturos::server::ImapVerification)
