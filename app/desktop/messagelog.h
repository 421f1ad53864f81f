#pragma once
// The app's message handler: every Qt message (facturos.api, facturos.auth, facturos.controllers, Qt's own…)
// goes through logredaction::redact() before it reaches stderr or the `--log-file`, so no token, password,
// code, Authorization header or e-mail address can be written whatever a caller logs. QT_LOGGING_RULES still
// decides which messages exist at all (Qt filters them before any handler).

#include <QFile>
#include <QMutex>
#include <QString>
#include <QtGlobal>

namespace facturos::app {

class MessageLog
{
public:
    // Installs the handler (messages still reach stderr as before, masked); one MessageLog at a time.
    MessageLog();
    // Puts the previous handler back.
    ~MessageLog();
    MessageLog(const MessageLog &) = delete;
    MessageLog &operator=(const MessageLog &) = delete;

    // Also appends every message to `path` (created if needed, owner-only permissions); false with the reason
    // in `error` when it cannot be opened.
    [[nodiscard]] bool openFile(const QString &path, QString *error = nullptr);

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void write(QtMsgType type, const QMessageLogContext &context, const QString &message);

    QtMessageHandler m_previous = nullptr;
    QFile m_file;
    QMutex m_mutex;
};

} // namespace facturos::app
