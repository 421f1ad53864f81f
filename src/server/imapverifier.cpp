#include "server/imapverifier.h"

#include "server/addresspolicy.h"

#include <QHostInfo>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslSocket>

Q_LOGGING_CATEGORY(lcImap, "facturos.server.imap", QtInfoMsg)

namespace facturos::server {

namespace {

constexpr qsizetype kMaxLine = 64 * 1024;

bool isCertificateError(const QSslError &error)
{
    switch (error.error()) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::CertificateNotYetValid:
    case QSslError::CertificateExpired:
    case QSslError::CertificateSignatureFailed:
    case QSslError::HostNameMismatch:
    case QSslError::InvalidCaCertificate:
    case QSslError::CertificateRevoked:
        return true;
    default:
        return false;
    }
}

// "a2 OK …" → the status word after the tag, or empty when the line is not tagged with `tag`.
QByteArray taggedStatus(const QByteArray &line, const QByteArray &tag)
{
    if (!line.startsWith(tag + ' '))
        return {};
    return line.mid(tag.size() + 1).split(' ').first().toUpper();
}

} // namespace

ImapVerifier::ImapVerifier(ImapVerifierConfig config, QObject *parent) : QObject(parent), m_config(std::move(config))
{
    qRegisterMetaType<ImapVerification>();
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { finish(false, MailboxReason::Timeout, QStringLiteral("host")); });
}

ImapVerifier::~ImapVerifier()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

QByteArray ImapVerifier::astring(const QString &value)
{
    bool printable = !value.isEmpty();
    for (const QChar c : value)
        printable = printable && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (!printable) {
        const QByteArray utf8 = value.toUtf8();
        return '{' + QByteArray::number(utf8.size()) + "}\r\n" + utf8;
    }
    QByteArray quoted = "\"";
    for (const QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            quoted += '\\';
        quoted += char(c.unicode());
    }
    return quoted + '"';
}

void ImapVerifier::start(const ImapSettings &settings, const QString &password)
{
    m_settings = settings;
    m_password = password;
    m_timeout.start(m_config.timeoutMs);
    m_stage = Stage::Resolving;
    // One resolution only: the addresses checked below are the ones connected to (no DNS rebinding window).
    m_lookupId = QHostInfo::lookupHost(settings.host, this, &ImapVerifier::resolved);
}

void ImapVerifier::resolved(const QHostInfo &info)
{
    m_lookupId = -1;
    if (m_stage != Stage::Resolving)
        return;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        finish(false, MailboxReason::HostNotFound, QStringLiteral("host"));
        return;
    }
    m_addresses = info.addresses();
    if (!m_config.allowPrivateHosts) {
        for (const QHostAddress &address : std::as_const(m_addresses)) {
            if (isNonPublicAddress(address)) {
                qCInfo(lcImap) << "refused an IMAP host that resolves to a non-public address";
                finish(false, MailboxReason::PrivateAddress, QStringLiteral("host"));
                return;
            }
        }
    }
    m_stage = Stage::Connecting;
    connectNext();
}

void ImapVerifier::connectNext()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    const QHostAddress address = m_addresses.takeFirst();
    m_socket = new QSslSocket(this);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_config.extraCaCertificates.isEmpty())
        tls.addCaCertificates(m_config.extraCaCertificates);
    m_socket->setSslConfiguration(tls);
    m_socket->setPeerVerifyName(m_settings.host);
    connect(m_socket, &QSslSocket::connected, this, &ImapVerifier::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &ImapVerifier::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &ImapVerifier::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &ImapVerifier::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    const quint16 port = quint16(m_settings.port);
    if (m_settings.security == QLatin1String("tls"))
        m_socket->connectToHostEncrypted(address.toString(), port, m_settings.host);
    else
        m_socket->connectToHost(address, port);
}

void ImapVerifier::onConnected()
{
    if (m_settings.security == QLatin1String("tls"))
        m_stage = Stage::Handshake;
    else
        m_stage = Stage::Greeting;
}

void ImapVerifier::onEncrypted()
{
    if (m_settings.security == QLatin1String("tls")) {
        m_stage = Stage::Greeting; // implicit TLS: the greeting comes encrypted
    } else {
        sendLogin();
    }
}

void ImapVerifier::onReadyRead()
{
    while (m_stage != Stage::Done && m_socket && m_socket->canReadLine()) {
        QByteArray line = m_socket->readLine(kMaxLine);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        handleLine(line);
    }
    if (m_stage != Stage::Done && m_socket && m_socket->bytesAvailable() > kMaxLine)
        finish(false, MailboxReason::ProtocolError, QStringLiteral("host"));
}

void ImapVerifier::handleLine(const QByteArray &line)
{
    switch (m_stage) {
    case Stage::Greeting:
        if (!line.startsWith("* OK")) {
            finish(false, MailboxReason::ProtocolError, QStringLiteral("host"));
        } else if (m_settings.security == QLatin1String("tls")) {
            sendLogin();
        } else {
            m_stage = Stage::StartTls;
            m_socket->write("a1 STARTTLS\r\n");
        }
        return;
    case Stage::StartTls: {
        const QByteArray status = taggedStatus(line, "a1");
        if (status.isEmpty())
            return; // untagged data before the answer
        if (status != "OK") {
            finish(false, MailboxReason::TlsError, QStringLiteral("security"));
            return;
        }
        // Anything the server sent after OK arrived before encryption and could be injected: refuse it.
        if (m_socket->bytesAvailable() > 0) {
            finish(false, MailboxReason::ProtocolError, QStringLiteral("host"));
            return;
        }
        m_stage = Stage::Handshake;
        m_socket->startClientEncryption();
        return;
    }
    case Stage::Login: {
        if (line.startsWith('+')) { // continuation: the server is ready for the next literal
            sendNextLoginPart();
            return;
        }
        const QByteArray status = taggedStatus(line, "a2");
        if (status == "OK") {
            m_socket->write("a3 LOGOUT\r\n");
            finish(true);
        } else if (status == "NO") {
            finish(false, MailboxReason::AuthenticationFailed, QStringLiteral("password"));
        } else if (!status.isEmpty()) {
            finish(false, MailboxReason::ProtocolError, QStringLiteral("host"));
        }
        return;
    }
    default:
        return;
    }
}

void ImapVerifier::sendLogin()
{
    m_stage = Stage::Login;
    m_loginParts.clear();
    // Each synchronising literal ("{N}\r\n") must wait for the server's "+" continuation before its bytes, so
    // the command is cut after each announcement.
    QByteArray current = "a2 LOGIN ";
    const auto append = [this, &current](const QString &value) {
        const QByteArray encoded = astring(value);
        if (!encoded.startsWith('{')) {
            current += encoded;
            return;
        }
        const qsizetype header = encoded.indexOf("\r\n") + 2;
        m_loginParts.append(current + encoded.left(header));
        current = encoded.mid(header);
    };
    append(m_settings.username);
    current += ' ';
    append(m_password);
    m_loginParts.append(current + "\r\n");
    sendNextLoginPart();
}

void ImapVerifier::sendNextLoginPart()
{
    if (m_loginParts.isEmpty()) {
        finish(false, MailboxReason::ProtocolError, QStringLiteral("host"));
        return;
    }
    m_socket->write(m_loginParts.takeFirst());
}

void ImapVerifier::onSocketError()
{
    if (m_stage == Stage::Done || !m_socket)
        return;
    const auto error = m_socket->error();
    if (m_stage == Stage::Connecting) {
        if (!m_addresses.isEmpty()) {
            connectNext();
            return;
        }
        finish(false, MailboxReason::ConnectionRefused, QStringLiteral("port"));
        return;
    }
    for (const QSslError &e : std::as_const(m_sslErrors)) {
        if (isCertificateError(e)) {
            finish(false, MailboxReason::CertificateUntrusted, QStringLiteral("host"));
            return;
        }
    }
    if (m_stage == Stage::Handshake || error == QAbstractSocket::SslHandshakeFailedError ||
        error == QAbstractSocket::SslInternalError || error == QAbstractSocket::SslInvalidUserDataError)
        finish(false, MailboxReason::TlsError, QStringLiteral("security"));
    else
        finish(false, MailboxReason::ProtocolError, QStringLiteral("host"));
}

void ImapVerifier::finish(bool ok, const QString &reason, const QString &field)
{
    if (m_stage == Stage::Done)
        return;
    m_stage = Stage::Done;
    m_timeout.stop();
    m_password.fill(QLatin1Char('\0'));
    m_password.clear();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->disconnectFromHost();
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->abort();
    }
    if (!ok)
        qCInfo(lcImap) << "IMAP check failed:" << reason;
    const ImapVerification result{ok, reason, field};
    // Queued, so a caller never sees finished() re-entrantly from inside its own call into the verifier.
    QMetaObject::invokeMethod(
        this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
}

} // namespace facturos::server
