// The canary: after a scripted session (sign-in, edits, an IMAP attempt, an export, sign-out) run by
// the whole non-visual stack — SsoSession with the real keychain, QSettings, controllers, ApiClient, with
// every facturos.* message down to debug written to a log file — no file the app wrote under HOME/XDG_*/
// TMPDIR (settings, log, caches, temp, the export) contains the password, an access or refresh token
// actually issued, or the IMAP password.
#include "controllers/choicescontroller.h"
#include "controllers/datacontroller.h"
#include "controllers/mailboxescontroller.h"
#include "controllers/profilecontroller.h"
#include "controllers/sessioncontroller.h"
#include "sessionharness.h"

#include "api/accountapi.h"
#include "api/apiclient.h"
#include "api/dataapi.h"
#include "api/mailboxapi.h"

#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>
#include <QTcpServer>
#include <QtTest>

using namespace facturos;
using namespace facturos::controllers;
using namespace facturos::test;

namespace {

const QString kImapCanary = QStringLiteral("Imap-canary-7d41b0e3");
QFile *g_log = nullptr;
QMutex g_logMutex;

void logToFile(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    if (g_log)
        g_log->write(QStringLiteral("%1: %2\n").arg(QLatin1String(context.category), message).toUtf8());
}

template <typename Signal, typename Object> bool waitSignal(Object *object, Signal signal, int ms = 15000)
{
    QSignalSpy spy(object, signal);
    return spy.wait(ms) || !spy.isEmpty();
}

} // namespace

class TestCanary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;

private slots:
    void initTestCase()
    {
        FACTUROS_VERIFY_KEYRING();
        QVERIFY(m_root.isValid());
        // Everything the app may write lands under one folder we can search afterwards.
        const QString root = m_root.path();
        for (const auto &[name, sub] : {std::pair{"HOME", "home"},
                                        {"XDG_CONFIG_HOME", "home/.config"},
                                        {"XDG_CACHE_HOME", "home/.cache"},
                                        {"XDG_DATA_HOME", "home/.local/share"},
                                        {"XDG_STATE_HOME", "home/.local/state"},
                                        {"TMPDIR", "tmp"}}) {
            const QString path = root + QLatin1Char('/') + QLatin1String(sub);
            QVERIFY(QDir().mkpath(path));
            qputenv(name, path.toUtf8());
        }
        QCOMPARE(QDir::tempPath(), root + QStringLiteral("/tmp"));
        qputenv("QT_LOGGING_RULES", "facturos.*=true");
        QLoggingCategory::setFilterRules(QStringLiteral("facturos.*=true"));
    }

    void nothingWrittenHoldsASecret()
    {
        const QString logDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        QVERIFY(logDir.startsWith(m_root.path()));
        QVERIFY(QDir().mkpath(logDir));
        QFile log(logDir + QStringLiteral("/facturos.log"));
        QVERIFY(log.open(QIODevice::WriteOnly));
        g_log = &log;
        const QtMessageHandler previous = qInstallMessageHandler(logToFile);
        QList<QByteArray> secrets{kDemoPassword.toUtf8(), kImapCanary.toUtf8()};
        {
            SessionHarness h;
            QVERIFY2(h.server->isRunning(), qPrintable(h.server->error()));
            QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Facturos"),
                               QStringLiteral("facturos-account"));
            QVERIFY(settings.fileName().startsWith(m_root.path()));
            auth::SsoSession session(h.config(), h.network, h.store, h.browser, settings);
            connect(&session, &api::AccessTokenSource::refreshed, this, [&] { secrets.append(session.accessToken()); });
            api::ApiClient client(h.network, session, [&] {
                api::ApiClientConfig config;
                config.baseUrl = h.server->url();
                config.retryBaseDelayMs = 20;
                return config;
            }());
            SessionController sessionController(session, &client);
            QSignalSpy signedIn(&sessionController, &SessionController::signedIn);
            sessionController.signIn();
            QVERIFY(signedIn.wait(15000));
            secrets.append(session.accessToken());
            const auto [status, refreshToken] =
                readNow(h.store, auth::SsoSession::refreshTokenKey(h.issuer, session.accountId()));
            QCOMPARE(status, auth::TokenStoreStatus::Ok);
            secrets.append(refreshToken);
            settings.setValue(QStringLiteral("window/lastPage"), QStringLiteral("profile"));

            api::AccountApi account(client);
            ProfileController profile(account);
            QVERIFY(waitSignal(&profile, &ProfileController::loaded, (profile.load(), 15000)));
            profile.setField(QStringLiteral("companyName"), QStringLiteral("Atelier Durand SARL"));
            QVERIFY(profile.save());
            QVERIFY(waitSignal(&profile, &ProfileController::saved));

            CommunicationsController communications(account);
            QVERIFY(waitSignal(&communications, &ChoicesController::loaded, (communications.load(), 15000)));
            QVERIFY(
                communications.setValue(QStringLiteral("surveys"), !communications.value(QStringLiteral("surveys"))));
            QVERIFY(waitSignal(&communications, &ChoicesController::saved));

            api::MailboxApi mailboxApi(client);
            MailboxesController mailboxes(mailboxApi, h.browser);
            QTcpServer closed;
            closed.listen(QHostAddress::LocalHost, 0);
            const quint16 port = closed.serverPort();
            closed.close();
            ImapConnectRequest imap{
                QStringLiteral("camille@atelier.example"),
                {QStringLiteral("imap.atelier.example"), port, QStringLiteral("tls"), QStringLiteral("camille")},
                kImapCanary};
            QVERIFY(mailboxes.addImap(imap));
            QVERIFY(imap.password.isEmpty());
            QVERIFY(waitSignal(&mailboxes, &Controller::failed));

            api::DataApi dataApi(client);
            DataController data(dataApi, account);
            QVERIFY(data.exportToFile(m_root.filePath(QStringLiteral("home/facturos-export.json"))));
            QVERIFY(waitSignal(&data, &DataController::exported, 20000));
            secrets.append(session.accessToken());

            QSignalSpy signedOut(&sessionController, &SessionController::signedOut);
            sessionController.signOut();
            QVERIFY(signedOut.wait(15000));
            settings.sync();
            h.cleanup();
        }
        qInstallMessageHandler(previous);
        g_log = nullptr;
        log.close();
        secrets.removeAll(QByteArray());
        QVERIFY(secrets.size() >= 4);

        // The log really holds the session at debug level, so finding nothing in it means something.
        QFile logRead(log.fileName());
        QVERIFY(logRead.open(QIODevice::ReadOnly));
        const QByteArray logged = logRead.readAll();
        QVERIFY2(logged.contains("facturos.controllers: saving profile fields"), logged.left(2000).constData());
        QVERIFY(logged.contains("facturos.auth"));

        int files = 0;
        for (QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            ++files;
            for (const QByteArray &secret : secrets) {
                QVERIFY2(
                    !content.contains(secret),
                    qPrintable(QStringLiteral("a secret (%1 bytes) is in %2").arg(secret.size()).arg(file.fileName())));
                QVERIFY(!content.contains(secret.toPercentEncoding()));
            }
        }
        QVERIFY(files >= 3); // at least the settings, the log and the export
    }
};

QTEST_GUILESS_MAIN(TestCanary)
#include "tst_canary.moc"
