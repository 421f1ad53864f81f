#include "messagelog.h"

#include "core/logredaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace facturos::app {

namespace {

// The one active log: qInstallMessageHandler takes a plain function.
MessageLog *g_active = nullptr;
QtMessageHandler g_previous = nullptr; // Qt's default handler (stderr) unless someone installed another
thread_local bool t_inHandler = false; // a message raised while handling one goes straight to stderr

const char *typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "debug";
}

// One line of the file: "2026-05-04T10:11:12.345Z info facturos.auth: <masked message>".
QByteArray stamped(QtMsgType type, const char *category, const QString &masked)
{
    return QStringLiteral("%1 %2 %3: %4\n")
        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), QLatin1String(typeName(type)),
             QLatin1String(category ? category : "default"), masked)
        .toUtf8();
}

} // namespace

MessageLog::MessageLog()
{
    Q_ASSERT(!g_active);
    g_active = this;
    m_previous = qInstallMessageHandler(&MessageLog::handle);
    g_previous = m_previous;
}

MessageLog::~MessageLog()
{
    qInstallMessageHandler(m_previous);
    const QMutexLocker lock(&m_mutex);
    g_active = nullptr;
    m_file.close();
}

bool MessageLog::openFile(const QString &path, QString *error)
{
    const QMutexLocker lock(&m_mutex);
    m_file.close();
    m_file.setFileName(path);
    const QFileInfo info(path);
    QDir().mkpath(info.absolutePath());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    // Masked or not, a log says what the user did and when: keep it to them.
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_file.write(stamped(QtInfoMsg, "facturos.app",
                         QStringLiteral("log opened by facturos-account %1 (pid %2)")
                             .arg(QStringLiteral(FACTUROS_VERSION))
                             .arg(QCoreApplication::applicationPid())));
    m_file.flush();
    return true;
}

void MessageLog::handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (t_inHandler || !g_active) {
        if (g_previous)
            g_previous(type, context, logredaction::redact(message));
        return;
    }
    t_inHandler = true;
    g_active->write(type, context, message);
    t_inHandler = false;
}

void MessageLog::write(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString masked = logredaction::redact(message);
    {
        const QMutexLocker lock(&m_mutex);
        if (m_file.isOpen()) {
            m_file.write(stamped(type, context.category, masked));
            m_file.flush(); // a crash right after must not lose the lines that explain it
        }
    }
    if (m_previous)
        m_previous(type, context, masked);
}

} // namespace facturos::app
