#include "dovecot.h"

#include <grp.h>
#include <pwd.h>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <sys/stat.h>
#include <unistd.h>

namespace facturos::test {

namespace {

bool runOpenssl(const QStringList &arguments, const QString &workDir, QString *error)
{
    QProcess openssl;
    openssl.setWorkingDirectory(workDir);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(arguments.first(), QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

// A port that was free a moment ago (bind to 0, read it, release). start() retries on the rare collision.
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool isRoot()
{
    return ::geteuid() == 0;
}

// Everything in the folder belongs to the user Dovecot runs as.
void chownTree(const QString &path, uid_t uid, gid_t gid)
{
    (void)::chown(QFile::encodeName(path).constData(), uid, gid);
    const QFileInfoList entries = QDir(path).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        if (entry.isDir() && !entry.isSymLink())
            chownTree(entry.filePath(), uid, gid);
        else
            (void)::chown(QFile::encodeName(entry.filePath()).constData(), uid, gid);
    }
}

} // namespace

Dovecot::Dovecot(QList<User> users) : m_users(std::move(users))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

Dovecot::~Dovecot()
{
    stop();
}

QString Dovecot::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("dovecot.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool Dovecot::start()
{
    if (!QFileInfo::exists(QString::fromLatin1(kBinary))) {
        m_error = QStringLiteral("Dovecot is not installed (%1 is missing): run scripts/setup, which installs the "
                                 "dovecot-imapd package")
                      .arg(QString::fromLatin1(kBinary));
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder for Dovecot");
        return false;
    }
    if (!makeCertificates())
        return false;
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_tlsPort = freePort();
        m_plainPort = freePort();
        if (m_tlsPort == 0 || m_plainPort == 0 || m_tlsPort == m_plainPort)
            continue;
        if (!writeConfig() || !launch())
            return false;
        if (waitForPorts())
            return true;
        stop(); // most likely a port taken in between: try other ports
    }
    m_error = QStringLiteral("Dovecot did not start listening: %1").arg(log().right(2000));
    return false;
}

bool Dovecot::makeCertificates()
{
    const QString dir = m_dir.path();
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    if (!writeFile(m_dir.filePath(QStringLiteral("server.ext")),
                   "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
                   "extendedKeyUsage=serverAuth\nkeyUsage=digitalSignature\n")) {
        m_error = QStringLiteral("cannot write the certificate extensions");
        return false;
    }
    return runOpenssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                          QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                                      QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                                      QStringLiteral("-subj"), QStringLiteral("/CN=Facturos Test CA"),
                                      QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                      QStringLiteral("-addext"),
                                      QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                      dir, &m_error) &&
           runOpenssl(QStringList{QStringLiteral("req"), QStringLiteral("-new")} + ec +
                          QStringList{QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"),
                                      QStringLiteral("server.csr"), QStringLiteral("-subj"),
                                      QStringLiteral("/CN=localhost")},
                      dir, &m_error) &&
           runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                       QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                       QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                       QStringLiteral("-out"), QStringLiteral("cert.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-extfile"), QStringLiteral("server.ext")},
                      dir, &m_error);
}

bool Dovecot::writeConfig()
{
    const QString dir = m_dir.path();
    QString user = QStringLiteral("nobody");
    QString groupName = QStringLiteral("nogroup");
    if (!isRoot()) {
        const passwd *pw = ::getpwuid(::geteuid());
        const struct group *gr = ::getgrgid(::getegid());
        user = QString::fromLocal8Bit(pw ? pw->pw_name : "nobody");
        groupName = QString::fromLocal8Bit(gr ? gr->gr_name : "nogroup");
    }
    QByteArray users;
    for (const User &u : std::as_const(m_users))
        users += u.name.toUtf8() + ":{PLAIN}" + u.password.toUtf8() + "::::::\n";
    QString config = QStringLiteral(R"(protocols = imap
listen = 127.0.0.1
base_dir = DIR/run
state_dir = DIR/state
instance_name = facturos-test-imap-PORT_TLS
log_path = DIR/dovecot.log
default_internal_user = USER
default_internal_group = GROUP
default_login_user = USER
ssl = required
ssl_cert = <DIR/cert.pem
ssl_key = <DIR/key.pem
auth_mechanisms = plain login
auth_failure_delay = 0
auth_username_chars =
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u DIR/users
}
userdb {
  driver = static
  args = uid=USER gid=GROUP home=DIR/mail/%n
}
mail_location = maildir:~/Maildir
service imap-login {
  chroot =
  inet_listener imap {
    port = PORT_PLAIN
  }
  inet_listener imaps {
    port = PORT_TLS
    ssl = yes
  }
}
service anvil {
  chroot =
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service stats {
  chroot =
}
)");
    config.replace(QStringLiteral("DIR"), dir)
        .replace(QStringLiteral("USER"), user)
        .replace(QStringLiteral("GROUP"), groupName)
        .replace(QStringLiteral("PORT_TLS"), QString::number(m_tlsPort))
        .replace(QStringLiteral("PORT_PLAIN"), QString::number(m_plainPort));
    QDir().mkpath(dir + QStringLiteral("/run"));
    QDir().mkpath(dir + QStringLiteral("/state"));
    QDir().mkpath(dir + QStringLiteral("/mail"));
    if (!writeFile(dir + QStringLiteral("/dovecot.conf"), config.toUtf8()) ||
        !writeFile(dir + QStringLiteral("/users"), users)) {
        m_error = QStringLiteral("cannot write the Dovecot configuration");
        return false;
    }
    if (isRoot()) {
        const passwd *pw = ::getpwnam("nobody");
        const struct group *gr = ::getgrnam("nogroup");
        if (!pw || !gr) {
            m_error = QStringLiteral("the nobody user or nogroup group is missing");
            return false;
        }
        ::chmod(QFile::encodeName(dir).constData(), 0755);
        chownTree(dir, pw->pw_uid, gr->gr_gid);
    }
    return true;
}

bool Dovecot::launch()
{
    const QStringList args{QStringLiteral("-F"), QStringLiteral("-c"), m_dir.filePath(QStringLiteral("dovecot.conf"))};
    if (isRoot())
        m_process.start(QStringLiteral("setpriv"),
                        QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                                    QStringLiteral("--clear-groups"), QString::fromLatin1(kBinary)} +
                            args);
    else
        m_process.start(QString::fromLatin1(kBinary), args);
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start Dovecot: %1").arg(m_process.errorString());
        return false;
    }
    return true;
}

bool Dovecot::waitForPorts()
{
    // Dovecot opens its ports about a second after start; poll them (a blocking poll is fine here: nothing
    // else in the test process needs the event loop before the server is up).
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        if (m_process.state() == QProcess::NotRunning)
            return false;
        bool all = true;
        for (const quint16 port : {m_tlsPort, m_plainPort}) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            all = all && socket.waitForConnected(200);
        }
        if (all)
            return true;
        QThread::msleep(50);
    }
    return false;
}

void Dovecot::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

} // namespace facturos::test
