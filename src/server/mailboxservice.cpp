#include "server/mailboxservice.h"

#include "server/database.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcMailbox, "facturos.server.mailbox", QtInfoMsg)

namespace facturos::server {

namespace {

const QString kImapPurpose = QStringLiteral("imap_password");
const QString kGmailPurpose = QStringLiteral("gmail_token");
const QString kRevocationPurpose = QStringLiteral("gmail_revocation");
constexpr qint64 kFirstRetryDelay = 60;
constexpr qint64 kMaxRetryDelay = 6 * 3600;

const QString kColumns = QStringLiteral(
    "id, kind, address, connected_at, last_used, status, status_reason, scopes, host, port, security, username");

QDateTime utc(const QVariant &secs)
{
    return secs.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(secs.toLongLong(), Qt::UTC);
}

Mailbox fromRow(const QSqlQuery &q)
{
    Mailbox m;
    m.id = q.value(0).toString();
    m.kind = q.value(1).toString();
    m.address = q.value(2).toString();
    m.connectedAt = utc(q.value(3));
    m.lastUsedAt = utc(q.value(4));
    m.status = q.value(5).toString();
    m.statusReason = q.value(6).toString();
    m.scopes = q.value(7).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (m.kind == QLatin1String("imap"))
        m.imap =
            ImapSettings{q.value(8).toString(), q.value(9).toInt(), q.value(10).toString(), q.value(11).toString()};
    return m;
}

// Qt binds a null QString as SQL NULL; these columns are NOT NULL with '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString purposeOf(const QString &kind)
{
    return kind == QLatin1String("gmail") ? kGmailPurpose : kImapPurpose;
}

} // namespace

MailboxService::MailboxService(Database &db, const Clock &clock, std::unique_ptr<SecretBox> secrets,
                               MailboxOptions options, QList<QSslCertificate> imapCaCertificates, const QUrl &issuer,
                               QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_secrets(std::move(secrets)), m_options(std::move(options)),
      m_imapCaCertificates(std::move(imapCaCertificates)), m_issuer(issuer), m_provider([this] {
          MailProviderEndpoints e;
          const bool dev = m_options.devMailProvider;
          const QUrl base = m_issuer.adjusted(QUrl::StripTrailingSlash);
          const auto pick = [&](const QUrl &given, const QString &devPath, const char *google) {
              if (!given.isEmpty())
                  return given;
              return dev ? QUrl(base.toString() + devPath) : QUrl(QString::fromLatin1(google));
          };
          e.authorize = pick(m_options.providerAuthorizeUrl, QStringLiteral("/dev/mail-provider/authorize"),
                             "https://accounts.google.com/o/oauth2/v2/auth");
          e.token = pick(m_options.providerTokenUrl, QStringLiteral("/dev/mail-provider/token"),
                         "https://oauth2.googleapis.com/token");
          e.revoke = pick(m_options.providerRevokeUrl, QStringLiteral("/dev/mail-provider/revoke"),
                          "https://oauth2.googleapis.com/revoke");
          e.profile = pick(m_options.providerProfileUrl, QStringLiteral("/dev/mail-provider/gmail/v1/users/me/profile"),
                           "https://gmail.googleapis.com/gmail/v1/users/me/profile");
          e.clientId = m_options.providerClientId.isEmpty() && dev ? QStringLiteral("facturos-dev-client")
                                                                   : m_options.providerClientId;
          return e;
      })
{
    m_retryTimer.setInterval(60 * 1000);
    connect(&m_retryTimer, &QTimer::timeout, this, &MailboxService::retryDueRevocations);
    m_retryTimer.start();
}

MailboxService::~MailboxService() = default;

ImapVerifierConfig MailboxService::imapConfig() const
{
    return {m_options.allowPrivateImapHosts, m_imapCaCertificates, m_options.imapTimeoutMs};
}

QUrl MailboxService::callbackUrl() const
{
    return QUrl(m_issuer.adjusted(QUrl::StripTrailingSlash).toString() +
                QStringLiteral("/oauth/mail-provider/callback"));
}

QList<Mailbox> MailboxService::list(const QString &userId, const QString &afterId, int limit, bool *more)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT %1 FROM mailboxes WHERE user_id = ? AND id > ? ORDER BY id LIMIT ?").arg(kColumns),
        {userId, text(afterId), limit + 1});
    QList<Mailbox> items;
    while (q.next())
        items.append(fromRow(q));
    *more = items.size() > limit;
    if (*more)
        items.removeLast();
    return items;
}

std::optional<Mailbox> MailboxService::findMailbox(const QString &userId, const QString &kind, const QString &address)
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT %1 FROM mailboxes WHERE user_id = ? AND kind = ? AND address = ? "
                                 "COLLATE NOCASE AND status != 'revocation_pending' ORDER BY status = 'ok' DESC, id "
                                 "LIMIT 1")
                      .arg(kColumns),
                  {userId, kind, address});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

bool MailboxService::insertMailbox(const QString &userId, const Mailbox &m, const QByteArray &secret)
{
    const SealedSecret sealed = m_secrets->seal(secret, {userId, m.id, purposeOf(m.kind)});
    const ImapSettings imap = m.imap.value_or(ImapSettings{QString(), 0, QString(), QString()});
    bool ok = false;
    m_db.exec(QStringLiteral("INSERT INTO mailboxes (id, user_id, kind, address, connected_at, last_used, status, "
                             "status_reason, scopes, host, port, security, username, secret, nonce, key_version) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {m.id, userId, m.kind, m.address, m.connectedAt.toSecsSinceEpoch(),
               m.lastUsedAt.isValid() ? QVariant(m.lastUsedAt.toSecsSinceEpoch()) : QVariant(), m.status,
               text(m.statusReason), text(m.scopes.join(QLatin1Char(' '))), text(imap.host), imap.port,
               text(imap.security), text(imap.username), sealed.ciphertext, sealed.nonce, sealed.keyVersion},
              &ok);
    return ok;
}

std::optional<Mailbox> MailboxService::addImap(const QString &userId, const ImapConnectRequest &request)
{
    Mailbox m;
    m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.kind = QStringLiteral("imap");
    m.address = request.address;
    m.status = QStringLiteral("ok");
    m.connectedAt = m_clock.now();
    m.lastUsedAt = m.connectedAt; // the login check just used it
    m.imap = request.settings;
    if (!insertMailbox(userId, m, request.password.toUtf8()))
        return std::nullopt;
    qCInfo(lcMailbox) << "IMAP mailbox connected for user" << userId.left(8);
    return m;
}

std::optional<Mailbox> MailboxService::reconnectImap(const QString &userId, const QString &mailboxId,
                                                     const ImapConnectRequest &request)
{
    // Sealed for the same id: the additional data binds the secret to this mailbox, as when it was added.
    const SealedSecret sealed = m_secrets->seal(request.password.toUtf8(), {userId, mailboxId, kImapPurpose});
    const ImapSettings &imap = request.settings;
    if (!m_db.transaction())
        return std::nullopt;
    bool ok = false;
    // The status condition keeps a mailbox that was repaired or removed meanwhile out of reach.
    QSqlQuery update = m_db.exec(
        QStringLiteral("UPDATE mailboxes SET host = ?, port = ?, security = ?, username = ?, secret = ?, nonce = ?, "
                       "key_version = ?, status = 'ok', status_reason = '', last_used = ? WHERE user_id = ? AND "
                       "id = ? AND kind = 'imap' AND status = 'needs_reconnection'"),
        {text(imap.host), imap.port, text(imap.security), text(imap.username), sealed.ciphertext, sealed.nonce,
         sealed.keyVersion, m_clock.now().toSecsSinceEpoch(), userId, mailboxId},
        &ok);
    const bool replaced = ok && update.numRowsAffected() == 1;
    update.finish();
    std::optional<Mailbox> mailbox;
    if (replaced) {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM mailboxes WHERE user_id = ? AND id = ?").arg(kColumns),
                                {userId, mailboxId});
        if (q.next())
            mailbox = fromRow(q);
    }
    if (!mailbox || !m_db.commit()) {
        m_db.rollback();
        return std::nullopt;
    }
    qCInfo(lcMailbox) << "IMAP mailbox reconnected for user" << userId.left(8);
    return mailbox;
}

std::optional<Mailbox> MailboxService::saveGmail(const QString &userId, const QString &address, const QByteArray &token,
                                                 const QStringList &scopes)
{
    // Connecting the same address again replaces its token; the old one must not stay valid at Google.
    QSqlQuery existing = m_db.exec(QStringLiteral("SELECT id FROM mailboxes WHERE user_id = ? AND kind = 'gmail' AND "
                                                  "address = ? COLLATE NOCASE AND status != 'revocation_pending'"),
                                   {userId, address});
    QString previousId;
    if (existing.next())
        previousId = existing.value(0).toString();
    existing.finish();
    if (!previousId.isEmpty() && queueRevocation(userId, previousId))
        retryDueRevocations();

    Mailbox m;
    m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.kind = QStringLiteral("gmail");
    m.address = address;
    m.status = QStringLiteral("ok");
    m.connectedAt = m_clock.now();
    m.scopes = scopes;
    if (!insertMailbox(userId, m, token))
        return std::nullopt;
    qCInfo(lcMailbox) << "Gmail mailbox connected for user" << userId.left(8);
    return m;
}

std::optional<QByteArray> MailboxService::secret(const QString &userId, const QString &mailboxId)
{
    const QVariantList row =
        m_db.row(QStringLiteral("SELECT kind, secret, nonce, key_version FROM mailboxes WHERE user_id = ? AND id = ?"),
                 {userId, mailboxId});
    if (row.size() != 4 || row.at(1).isNull())
        return std::nullopt;
    return m_secrets->open({row.at(1).toByteArray(), row.at(2).toByteArray(), row.at(3).toInt()},
                           {userId, mailboxId, purposeOf(row.at(0).toString())});
}

bool MailboxService::queueRevocation(const QString &userId, const QString &mailboxId)
{
    const auto token = secret(userId, mailboxId);
    m_db.transaction();
    bool ok = true;
    if (token) {
        const SealedSecret sealed = m_secrets->seal(*token, {userId, mailboxId, kRevocationPurpose});
        m_db.exec(
            QStringLiteral("INSERT INTO provider_revocations (user_id, mailbox_id, secret, nonce, key_version, "
                           "next_attempt) VALUES (?, ?, ?, ?, ?, ?)"),
            {userId, mailboxId, sealed.ciphertext, sealed.nonce, sealed.keyVersion, m_clock.now().toSecsSinceEpoch()},
            &ok);
    }
    // The ciphertext leaves the mailbox row now; the row stays, visibly pending, until Google confirms.
    bool updated = false;
    m_db.exec(QStringLiteral("UPDATE mailboxes SET secret = NULL, nonce = NULL, key_version = NULL, status = ?, "
                             "status_reason = '' WHERE user_id = ? AND id = ?"),
              {token ? QStringLiteral("revocation_pending") : QStringLiteral("needs_reconnection"), userId, mailboxId},
              &updated);
    if (!token) // nothing left to revoke (undecryptable): the row goes at once
        m_db.exec(QStringLiteral("DELETE FROM mailboxes WHERE user_id = ? AND id = ?"), {userId, mailboxId}, &updated);
    if (!ok || !updated || !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return token.has_value();
}

void MailboxService::disconnect(const QString &userId, const QString &mailboxId, std::function<void(Removal)> done)
{
    const QVariantList row = m_db.row(QStringLiteral("SELECT kind, status FROM mailboxes WHERE user_id = ? AND id = ?"),
                                      {userId, mailboxId});
    if (row.isEmpty()) {
        done(Removal::NotFound);
        return;
    }
    if (row.at(0).toString() != QLatin1String("gmail")) {
        m_db.exec(QStringLiteral("DELETE FROM mailboxes WHERE user_id = ? AND id = ?"), {userId, mailboxId});
        qCInfo(lcMailbox) << "IMAP mailbox disconnected for user" << userId.left(8);
        done(Removal::Removed);
        return;
    }
    if (row.at(1).toString() != QLatin1String("revocation_pending") && !queueRevocation(userId, mailboxId)) {
        done(Removal::Removed); // nothing could be decrypted: the row is gone, nothing to revoke
        return;
    }
    const qint64 rowId =
        m_db.scalar(QStringLiteral("SELECT MAX(id) FROM provider_revocations WHERE user_id = ? AND mailbox_id = ?"),
                    {userId, mailboxId})
            .toLongLong();
    attemptRevocation(rowId, [done](bool revoked) { done(revoked ? Removal::Removed : Removal::RevocationPending); });
}

void MailboxService::disconnectAllMailboxes(const QString &userId)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM mailboxes WHERE user_id = ? AND kind = 'gmail' AND "
                                           "secret IS NOT NULL"),
                            {userId});
    QStringList gmail;
    while (q.next())
        gmail.append(q.value(0).toString());
    q.finish();
    for (const QString &id : std::as_const(gmail))
        (void)queueRevocation(userId, id);
    // The queue holds the tokens now; the rows (and every IMAP password) go.
    m_db.exec(QStringLiteral("DELETE FROM mailboxes WHERE user_id = ?"), {userId});
    m_db.exec(QStringLiteral("DELETE FROM mailbox_authorizations WHERE user_id = ?"), {userId});
    qCInfo(lcMailbox) << "all mailboxes disconnected for user" << userId.left(8);
    retryDueRevocations();
}

void MailboxService::retryDueRevocations()
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM provider_revocations WHERE next_attempt <= ? ORDER BY id"),
                            {m_clock.now().toSecsSinceEpoch()});
    QList<qint64> due;
    while (q.next())
        due.append(q.value(0).toLongLong());
    q.finish();
    for (const qint64 id : std::as_const(due)) {
        if (!m_inFlight.contains(id))
            attemptRevocation(id, [](bool) {});
    }
}

int MailboxService::queuedRevocations()
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM provider_revocations")).toInt();
}

void MailboxService::attemptRevocation(qint64 rowId, std::function<void(bool)> done)
{
    const QVariantList row = m_db.row(QStringLiteral("SELECT user_id, mailbox_id, secret, nonce, key_version, attempts "
                                                     "FROM provider_revocations WHERE id = ?"),
                                      {rowId});
    if (row.size() != 6) {
        done(false);
        return;
    }
    const QString userId = row.at(0).toString();
    const QString mailboxId = row.at(1).toString();
    const int attempts = row.at(5).toInt();
    const auto token = m_secrets->open({row.at(2).toByteArray(), row.at(3).toByteArray(), row.at(4).toInt()},
                                       {userId, mailboxId, kRevocationPurpose});
    const auto forget = [this, rowId, userId, mailboxId] {
        m_db.exec(QStringLiteral("DELETE FROM provider_revocations WHERE id = ?"), {rowId});
        m_db.exec(
            QStringLiteral("DELETE FROM mailboxes WHERE user_id = ? AND id = ? AND status = 'revocation_pending'"),
            {userId, mailboxId});
    };
    if (!token) {
        qCWarning(lcMailbox) << "a queued revocation cannot be decrypted; dropped";
        forget();
        done(false);
        return;
    }
    m_inFlight.insert(rowId);
    m_provider.revoke(
        *token, [this, rowId, attempts, mailboxId, forget, done](RevokeOutcome outcome, const QString &error) {
            m_inFlight.remove(rowId);
            const bool revoked = outcome == RevokeOutcome::Revoked;
            if (revoked) {
                forget();
                qCInfo(lcMailbox) << "Gmail token revoked at the provider";
            } else {
                // 1 min, 2 min, 4 min … capped at 6 h: a provider outage is not hammered, a short one is soon over.
                const qint64 delay = std::min(kMaxRetryDelay, kFirstRetryDelay << std::min(attempts, 20));
                m_db.exec(QStringLiteral("UPDATE provider_revocations SET attempts = attempts + 1, next_attempt = ?, "
                                         "last_error = ? WHERE id = ?"),
                          {m_clock.now().toSecsSinceEpoch() + delay, text(error), rowId});
            }
            emit revocationAttempted(mailboxId, revoked);
            done(revoked);
        });
}

} // namespace facturos::server
