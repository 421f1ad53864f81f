#pragma once
// Starts a real Dovecot IMAP server on loopback for one test run: a temporary folder with its own config, a
// test CA and a server certificate it signed (SAN DNS:localhost, IP:127.0.0.1), a users file, and two
// ephemeral ports (implicit TLS and plain/STARTTLS). Runs as nobody when the tests run as root. Stopped in
// the destructor. A missing dovecot binary is an error (the caller fails), never a skip.

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace facturos::test {

class Dovecot
{
public:
    struct User
    {
        QString name;
        QString password; // any character but ':' and line breaks (the passwd-file format)
    };

    explicit Dovecot(QList<User> users);
    ~Dovecot();
    Dovecot(const Dovecot &) = delete;
    Dovecot &operator=(const Dovecot &) = delete;

    // Generates the certificates, writes the config, starts Dovecot and waits until both ports accept.
    [[nodiscard]] bool start();
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] quint16 tlsPort() const { return m_tlsPort; }
    [[nodiscard]] quint16 plainPort() const { return m_plainPort; }
    // The test CA's certificate (PEM): give it to the server with --imap-ca-file.
    [[nodiscard]] QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    [[nodiscard]] QString log() const;

    static constexpr char kBinary[] = "/usr/sbin/dovecot";

private:
    bool makeCertificates();
    bool writeConfig();
    bool launch();
    bool waitForPorts();
    void stop();

    QList<User> m_users;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_tlsPort = 0;
    quint16 m_plainPort = 0;
    QString m_error;
};

} // namespace facturos::test
