// Starting the mailbox service (key file, CA file, client secret) and the --rotate-key command.
#include "server/database.h"
#include "server/mailboxservice.h"
#include "server/servercontext.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace facturos::server {

namespace {

bool isMemory(const QString &database)
{
    return database.isEmpty() || database == QLatin1String(":memory:");
}

// Re-encrypts every ciphertext of `table` under the box's current key. False when one cannot be opened.
bool reencrypt(Database &db, SecretBox &box, const QString &select, const QString &update,
               const std::function<SecretBinding(const QSqlQuery &)> &binding, int *count)
{
    QSqlQuery q = db.exec(select);
    struct Row
    {
        QVariant key;
        SealedSecret sealed;
        SecretBinding binding;
    };
    QList<Row> rows;
    while (q.next())
        rows.append({q.value(0), {q.value(1).toByteArray(), q.value(2).toByteArray(), q.value(3).toInt()}, binding(q)});
    q.finish();
    for (const Row &row : std::as_const(rows)) {
        const auto plain = box.open(row.sealed, row.binding);
        if (!plain)
            return false;
        const SealedSecret sealed = box.seal(*plain, row.binding);
        bool ok = false;
        db.exec(update, {sealed.ciphertext, sealed.nonce, sealed.keyVersion, row.key}, &ok);
        if (!ok)
            return false;
        ++*count;
    }
    return true;
}

} // namespace

QString keyFilePath(const QString &database, const QString &keyFile)
{
    if (!keyFile.isEmpty())
        return keyFile;
    return isMemory(database) ? QString() : database + QStringLiteral(".key");
}

std::unique_ptr<MailboxService> startMailboxService(ServerContext &ctx, const QString &database,
                                                    const MailboxOptions &options, QString *error)
{
    const QString keyPath = keyFilePath(database, options.keyFile);
    std::unique_ptr<SecretBox> box;
    if (keyPath.isEmpty()) {
        box = SecretBox::ephemeral();
    } else {
        const qint64 stored = ctx.db
                                  .scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM mailboxes WHERE secret IS NOT "
                                                         "NULL) + (SELECT COUNT(*) FROM provider_revocations)"))
                                  .toLongLong();
        if (stored > 0 && !QFileInfo::exists(keyPath)) {
            *error = QStringLiteral("the key file %1 is missing but the database holds encrypted mailbox secrets; "
                                    "restore the key file or pass it with --key-file")
                         .arg(keyPath);
            return nullptr;
        }
        box = SecretBox::openKeyFile(keyPath, error);
        if (!box)
            return nullptr;
    }
    QList<QSslCertificate> cas;
    if (!options.imapCaFile.isEmpty()) {
        cas = QSslCertificate::fromPath(options.imapCaFile, QSsl::Pem);
        if (cas.isEmpty()) {
            *error = QStringLiteral("--imap-ca-file %1 holds no PEM certificate").arg(options.imapCaFile);
            return nullptr;
        }
    }
    MailboxOptions effective = options;
    if (!options.providerClientSecretFile.isEmpty()) {
        QFile file(options.providerClientSecretFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read --mail-provider-client-secret-file %1: %2")
                         .arg(options.providerClientSecretFile, file.errorString());
            return nullptr;
        }
        effective.providerClientSecretFile.clear();
        effective.providerClientSecret = QString::fromUtf8(file.readAll().trimmed());
    }
    auto service = std::make_unique<MailboxService>(ctx.db, ctx.clock, std::move(box), effective, cas, ctx.issuer);
    ctx.mailboxes = service.get();
    return service;
}

bool rotateMailboxKey(const QString &database, const MailboxOptions &options, QString *report, QString *error)
{
    const QString keyPath = keyFilePath(database, options.keyFile);
    if (keyPath.isEmpty()) {
        *error = QStringLiteral("--rotate-key needs a database file (and its key file), not :memory:");
        return false;
    }
    if (!QFileInfo::exists(keyPath)) {
        *error = QStringLiteral("the key file %1 does not exist").arg(keyPath);
        return false;
    }
    Database db;
    if (!db.open(database, error))
        return false;
    auto box = SecretBox::openKeyFile(keyPath, error);
    if (!box)
        return false;
    // The new key is saved beside the old ones before any row changes, so a crash at any point leaves every
    // row readable with the key file on disk; the old keys are only dropped after the commit.
    const int version = box->addKey();
    if (!box->save(error))
        return false;
    int count = 0;
    db.transaction();
    const bool ok =
        reencrypt(
            db, *box,
            QStringLiteral("SELECT id, secret, nonce, key_version, user_id, kind FROM mailboxes "
                           "WHERE secret IS NOT NULL"),
            QStringLiteral("UPDATE mailboxes SET secret = ?, nonce = ?, key_version = ? WHERE id = ?"),
            [](const QSqlQuery &q) {
                return SecretBinding{q.value(4).toString(), q.value(0).toString(),
                                     q.value(5).toString() == QLatin1String("gmail") ? QStringLiteral("gmail_token")
                                                                                     : QStringLiteral("imap_password")};
            },
            &count) &&
        reencrypt(
            db, *box,
            QStringLiteral("SELECT id, secret, nonce, key_version, user_id, mailbox_id FROM provider_revocations"),
            QStringLiteral("UPDATE provider_revocations SET secret = ?, nonce = ?, key_version = ? WHERE id = ?"),
            [](const QSqlQuery &q) {
                return SecretBinding{q.value(4).toString(), q.value(5).toString(), QStringLiteral("gmail_revocation")};
            },
            &count);
    if (!ok || !db.commit()) {
        db.rollback();
        *error =
            QStringLiteral("a secret could not be decrypted with the key file %1; nothing was changed").arg(keyPath);
        return false;
    }
    box->forgetAllBut(version);
    if (!box->save(error))
        return false;
    *report = QStringLiteral("re-encrypted %1 secret(s) under key version %2; older keys removed from %3")
                  .arg(count)
                  .arg(version)
                  .arg(keyPath);
    return true;
}

} // namespace facturos::server
