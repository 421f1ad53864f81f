#include "auth/connectionprobe.h"

#include "auth/servermetadata.h"

#include <QHostInfo>
#include <QSslCertificate>
#include <QSslSocket>

namespace facturos::auth {

namespace {

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    default:
        return QStringLiteral("TLS");
    }
}

QString connectCode(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QStringLiteral("refused");
    case QAbstractSocket::SocketTimeoutError:
        return QStringLiteral("timeout");
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::HostNotFoundError:
        return QStringLiteral("unreachable");
    default:
        return QStringLiteral("error");
    }
}

} // namespace

ConnectionProbe::ConnectionProbe(QUrl server, int timeoutMs, QObject *parent)
    : QObject(parent), m_server(std::move(server)), m_timeoutMs(timeoutMs),
      m_https(m_server.scheme() == QLatin1String("https")), m_port(quint16(m_server.port(m_https ? 443 : 80)))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionProbe::onTimeout);
}

ConnectionProbe::~ConnectionProbe()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    dropSocket();
}

QString ConnectionProbe::codeFor(const QList<QSslError> &errors)
{
    // The first error a user can act on wins: a wrong name or date says more than "untrusted".
    static const std::pair<QSslError::SslError, const char *> kCodes[] = {
        {QSslError::HostNameMismatch, "host_mismatch"},
        {QSslError::CertificateExpired, "expired"},
        {QSslError::CertificateNotYetValid, "not_yet_valid"},
        {QSslError::CertificateRevoked, "revoked"},
        {QSslError::SelfSignedCertificate, "self_signed"},
        {QSslError::SelfSignedCertificateInChain, "self_signed"},
        {QSslError::UnableToGetLocalIssuerCertificate, "untrusted"},
        {QSslError::UnableToVerifyFirstCertificate, "untrusted"},
        {QSslError::CertificateUntrusted, "untrusted"},
        {QSslError::UnableToGetIssuerCertificate, "untrusted"},
    };
    for (const auto &[error, code] : kCodes) {
        for (const QSslError &seen : errors) {
            if (seen.error() == error)
                return QLatin1String(code);
        }
    }
    return QStringLiteral("certificate");
}

void ConnectionProbe::start()
{
    QTimer::singleShot(0, this, [this] {
        const QString host = m_server.host();
        const QHostAddress literal(host);
        if (!literal.isNull()) {
            resolved({literal}, {}, false);
            return;
        }
        m_timer.start(m_timeoutMs);
        m_lookupId = QHostInfo::lookupHost(host, this, [this](const QHostInfo &info) {
            m_lookupId = -1;
            m_timer.stop();
            resolved(info.addresses(), info.error() == QHostInfo::NoError ? QString() : info.errorString(),
                     info.error() == QHostInfo::HostNotFound);
        });
    });
}

void ConnectionProbe::resolved(const QList<QHostAddress> &addresses, const QString &error, bool notFound)
{
    if (!error.isEmpty() || addresses.isEmpty()) {
        finish({DiagnosticCheck::Dns, CheckOutcome::Failed,
                notFound ? QStringLiteral("not_found") : QStringLiteral("error"), error});
        skipRest(QStringLiteral("needs_dns"));
        return;
    }
    QStringList shown;
    for (const QHostAddress &address : addresses.mid(0, 4))
        shown.append(address.toString());
    const bool literal = addresses.size() == 1 && addresses.first() == QHostAddress(m_server.host());
    finish({DiagnosticCheck::Dns, CheckOutcome::Ok, literal ? QStringLiteral("address") : QStringLiteral("resolved"),
            shown.join(QStringLiteral(", "))});
    m_addresses = addresses;
    connectNext();
}

void ConnectionProbe::connectNext()
{
    if (m_addresses.isEmpty()) {
        finish({DiagnosticCheck::Connection, CheckOutcome::Failed, m_lastConnectCode,
                m_connectErrors.join(QStringLiteral("; "))});
        skipRest(QStringLiteral("needs_connection"));
        return;
    }
    m_current = m_addresses.takeFirst();
    m_handshaking = false;
    m_sslErrors.clear();
    m_socket = new QSslSocket(this);
    connect(m_socket, &QSslSocket::connected, this, &ConnectionProbe::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &ConnectionProbe::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &ConnectionProbe::onSocketError);
    m_timer.start(m_timeoutMs);
    m_socket->connectToHost(m_current, m_port);
}

void ConnectionProbe::onConnected()
{
    m_timer.stop();
    finish({DiagnosticCheck::Connection, CheckOutcome::Ok, QStringLiteral("connected"),
            QStringLiteral("%1 port %2").arg(m_current.toString()).arg(m_port)});
    if (!m_https) {
        dropSocket();
        // The app sends tokens over plain HTTP to a loopback address only (DESIGN.md §3).
        if (isAcceptableEndpoint(m_server))
            finish({DiagnosticCheck::Tls, CheckOutcome::Ok, QStringLiteral("plain_loopback"), {}});
        else
            finish({DiagnosticCheck::Tls, CheckOutcome::Failed, QStringLiteral("plain_http"), {}});
        return;
    }
    if (!QSslSocket::supportsSsl()) {
        dropSocket();
        finish({DiagnosticCheck::Tls, CheckOutcome::Failed, QStringLiteral("tls_unavailable"),
                QSslSocket::sslLibraryBuildVersionString()});
        return;
    }
    m_handshaking = true;
    m_socket->setPeerVerifyName(m_server.host()); // connected by address: verify (and SNI) by name
    m_timer.start(m_timeoutMs);
    m_socket->startClientEncryption();
}

void ConnectionProbe::onEncrypted()
{
    m_timer.stop();
    const QSslCertificate certificate = m_socket->peerCertificate();
    const QString subject = certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    const QString detail = QStringLiteral("%1, certificate %2 valid until %3")
                               .arg(protocolName(m_socket->sessionProtocol()), subject,
                                    certificate.expiryDate().toUTC().toString(Qt::ISODate));
    dropSocket();
    finish({DiagnosticCheck::Tls, CheckOutcome::Ok, QStringLiteral("valid"), detail});
}

void ConnectionProbe::onSocketError()
{
    if (!m_socket || m_done)
        return;
    m_timer.stop();
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString text = m_socket->errorString();
    dropSocket();
    if (!m_handshaking) {
        m_lastConnectCode = connectCode(error);
        m_connectErrors.append(QStringLiteral("%1: %2").arg(m_current.toString(), text));
        connectNext();
        return;
    }
    if (!m_sslErrors.isEmpty()) {
        QStringList texts;
        for (const QSslError &sslError : std::as_const(m_sslErrors))
            texts.append(sslError.errorString());
        texts.removeDuplicates();
        finish({DiagnosticCheck::Tls, CheckOutcome::Failed, codeFor(m_sslErrors), texts.join(QStringLiteral("; "))});
        return;
    }
    // No certificate verdict: the peer does not speak TLS (an http port reached with https://) or broke off.
    finish({DiagnosticCheck::Tls, CheckOutcome::Failed, QStringLiteral("handshake_failed"), text});
}

void ConnectionProbe::onTimeout()
{
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
        finish({DiagnosticCheck::Dns, CheckOutcome::Failed, QStringLiteral("timeout"), {}});
        skipRest(QStringLiteral("needs_dns"));
        return;
    }
    dropSocket();
    if (m_handshaking) {
        finish({DiagnosticCheck::Tls, CheckOutcome::Failed, QStringLiteral("timeout"), {}});
        return;
    }
    m_lastConnectCode = QStringLiteral("timeout");
    m_connectErrors.append(
        QStringLiteral("%1: no answer within %2 s").arg(m_current.toString()).arg(m_timeoutMs / 1000));
    connectNext();
}

void ConnectionProbe::finish(CheckResult result)
{
    if (m_done)
        return;
    m_results.append(std::move(result));
    if (m_results.size() == 3) {
        m_done = true;
        emit finished();
    }
}

void ConnectionProbe::skipRest(const QString &code)
{
    for (DiagnosticCheck check : {DiagnosticCheck::Dns, DiagnosticCheck::Connection, DiagnosticCheck::Tls}) {
        const bool seen = std::any_of(m_results.cbegin(), m_results.cend(),
                                      [check](const CheckResult &result) { return result.check == check; });
        if (!seen)
            finish({check, CheckOutcome::Skipped, code, {}});
    }
}

void ConnectionProbe::dropSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

} // namespace facturos::auth
