// Mailbox secrets at rest: the SQLite file (and its WAL) never holds a password or token in clear; a
// ciphertext moved to another row does not decrypt; key rotation leaves every secret readable under the new
// key and none under the old one; a key file others may read is refused with a clear sentence.
#include "dovecot.h"
#include "mailboxtest.h"
#include "server/database.h"
#include "server/mailboxservice.h"
#include "server/servercontext.h"

#include <memory>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

using namespace facturos;
using namespace facturos::test;

namespace {

const QString kImapPassword = QStringLiteral("Sécurité \"forte\" 2026");
const QString kFixtureImapPassword = QStringLiteral("Menuiserie-69007!");
const QByteArray kFixtureGmailToken = "1//09demo-refresh-token-Atelier-Durand-not-a-real-google-token";

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestMailboxSecrets : public QObject
{
    Q_OBJECT

    std::unique_ptr<Dovecot> m_dovecot;
    QTemporaryDir m_dir;
    HttpClient m_http;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("account.db")); }

    std::unique_ptr<TestServer> startServer()
    {
        const QString ca = m_dovecot->caFile();
        return std::make_unique<TestServer>(
            [ca](server::ServerOptions &options) {
                options.mailboxes.allowPrivateImapHosts = true;
                options.mailboxes.imapCaFile = ca;
            },
            QString(), dbPath());
    }

    // Every (user, mailbox) → decrypted secret, through the service.
    static QMap<QString, QByteArray> secrets(TestServer &server)
    {
        QMap<QString, QByteArray> out;
        QSqlQuery q = server.server().database().exec(QStringLiteral("SELECT user_id, id FROM mailboxes"));
        QList<QPair<QString, QString>> rows;
        while (q.next())
            rows.append({q.value(0).toString(), q.value(1).toString()});
        for (const auto &[user, id] : rows)
            out.insert(id,
                       server.server().context().mailboxes->secret(user, id).value_or(QByteArray("<undecryptable>")));
        return out;
    }

private slots:
    void initTestCase()
    {
        m_dovecot = std::make_unique<Dovecot>(QList<Dovecot::User>{{QStringLiteral("camille"), kImapPassword}});
        QVERIFY2(m_dovecot->start(), qPrintable(m_dovecot->error()));
        QVERIFY(m_dir.isValid());
    }

    void databaseFileHoldsNoSecret()
    {
        auto server = startServer();
        QVERIFY2(server->isRunning(), qPrintable(server->error()));
        const QByteArray token = server->signInDirect(kDemoEmail);
        const HttpResult imap = postImap(m_http, *server, token,
                                         imapBody(QStringLiteral("localhost"), m_dovecot->tlsPort(),
                                                  QStringLiteral("tls"), QStringLiteral("camille"), kImapPassword));
        QCOMPARE(imap.status, 201);
        QCOMPARE(connectGmailAsBrowser(m_http, *server, token, QStringLiteral("camille.atelier@gmail.com")), 200);
        const QMap<QString, QByteArray> stored = secrets(*server);
        QCOMPARE(stored.size(), 4);
        QVERIFY(stored.values().contains(kImapPassword.toUtf8()));
        QByteArray gmailToken;
        for (const QByteArray &secret : stored)
            gmailToken = secret.startsWith("dev-rt.") ? secret : gmailToken;
        QVERIFY(!gmailToken.isEmpty());

        const QByteArray raw = fileBytes(dbPath()) + fileBytes(dbPath() + QStringLiteral("-wal"));
        QVERIFY(raw.size() > 4096);
        QVERIFY(raw.contains("camille@atelier.example")); // the grep works: non-secret data is there
        for (const QByteArray &secret :
             {kImapPassword.toUtf8(), gmailToken, kFixtureImapPassword.toUtf8(), kFixtureGmailToken})
            QVERIFY2(!raw.contains(secret), secret.constData());
        // The key is beside the database, readable by its owner only.
        struct stat info
        {};
        QCOMPARE(::stat(QFile::encodeName(dbPath() + QStringLiteral(".key")).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 0777), 0600);
    }

    void movedCiphertextDoesNotDecrypt()
    {
        auto server = startServer();
        QVERIFY2(server->isRunning(), qPrintable(server->error()));
        server::Database &db = server->server().database();
        const QString demo = server->userId(kDemoEmail);
        const QString gmailId = QStringLiteral("4a7c1e2b-9d3f-4b6a-8e15-0c2d4f6a8b01");
        const QString imapId = QStringLiteral("4a7c1e2b-9d3f-4b6a-8e15-0c2d4f6a8b02");
        auto *service = server->server().context().mailboxes;
        QCOMPARE(service->secret(demo, imapId).value_or(QByteArray()), kFixtureImapPassword.toUtf8());
        // The Gmail row's ciphertext copied onto the IMAP row of the same user.
        QVERIFY(db.exec(QStringLiteral("UPDATE mailboxes SET secret = (SELECT secret FROM mailboxes WHERE id = ?), "
                                       "nonce = (SELECT nonce FROM mailboxes WHERE id = ?) WHERE id = ?"),
                        {gmailId, gmailId, imapId})
                    .numRowsAffected() == 1);
        QVERIFY(!service->secret(demo, imapId));
        // And the right ciphertext under another user's id does not decrypt either.
        QVERIFY(service->secret(demo, gmailId));
        db.exec(QStringLiteral("UPDATE mailboxes SET user_id = ? WHERE id = ?"),
                {server->userId(kOtherEmail), gmailId});
        QVERIFY(!service->secret(server->userId(kOtherEmail), gmailId));
    }

    void rotationKeepsSecretsReadable()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("rotate.db"));
        QMap<QString, QByteArray> before;
        {
            TestServer server(QString(), db);
            QVERIFY2(server.isRunning(), qPrintable(server.error()));
            before = secrets(server);
            QCOMPARE(before.size(), 2);
        }
        QVERIFY(QFile::copy(db + QStringLiteral(".key"), dir.filePath(QStringLiteral("old.key"))));
        QString report;
        QString error;
        QVERIFY2(server::rotateMailboxKey(db, {}, &report, &error), qPrintable(error));
        QVERIFY2(report.contains(QStringLiteral("2 secret(s) under key version 2")), qPrintable(report));

        TestServer after(QString(), db);
        QVERIFY2(after.isRunning(), qPrintable(after.error()));
        QCOMPARE(secrets(after), before);
        QCOMPARE(after.server()
                     .database()
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM mailboxes WHERE key_version = 2"))
                     .toInt(),
                 2);
        // The old key no longer opens anything, and is gone from the key file.
        QFile::setPermissions(dir.filePath(QStringLiteral("old.key")), QFile::ReadOwner | QFile::WriteOwner);
        auto old = server::SecretBox::openKeyFile(dir.filePath(QStringLiteral("old.key")), &error);
        QVERIFY2(old, qPrintable(error));
        QSqlQuery q = after.server().database().exec(
            QStringLiteral("SELECT user_id, id, kind, secret, nonce, key_version FROM mailboxes"));
        while (q.next()) {
            const server::SealedSecret sealed{q.value(3).toByteArray(), q.value(4).toByteArray(), q.value(5).toInt()};
            const QString purpose = q.value(2).toString() == QLatin1String("gmail") ? QStringLiteral("gmail_token")
                                                                                    : QStringLiteral("imap_password");
            QVERIFY(!old->open(sealed, {q.value(0).toString(), q.value(1).toString(), purpose}));
            QVERIFY(!old->open({sealed.ciphertext, sealed.nonce, 1},
                               {q.value(0).toString(), q.value(1).toString(), purpose}));
        }
        QVERIFY(!fileBytes(db + QStringLiteral(".key")).contains("\n1 "));
    }

    void worldReadableKeyFileIsRefused()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("perm.db"));
        {
            TestServer first(QString(), db);
            QVERIFY(first.isRunning());
        }
        QVERIFY(QFile::setPermissions(db + QStringLiteral(".key"),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        TestServer second(QString(), db);
        QVERIFY(!second.isRunning());
        QVERIFY2(second.error().contains(QStringLiteral("can be read by other users")), qPrintable(second.error()));
        QVERIFY(second.error().contains(QStringLiteral("chmod 600")));
    }

    void missingKeyWithSecretsIsRefused()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("lost.db"));
        {
            TestServer first(QString(), db);
            QVERIFY(first.isRunning());
        }
        QVERIFY(QFile::remove(db + QStringLiteral(".key")));
        TestServer second(QString(), db);
        QVERIFY(!second.isRunning());
        QVERIFY2(second.error().contains(QStringLiteral("is missing")), qPrintable(second.error()));
    }
};

QTEST_GUILESS_MAIN(TestMailboxSecrets)
#include "tst_mailboxsecrets.moc"
