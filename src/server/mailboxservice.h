#pragma once
// Owns everything a connected mailbox is on the server: its row, its secret (only ever stored encrypted by
// the SecretBox), and the revocation of a Gmail token at the provider, which outlives the mailbox in
// provider_revocations (encrypted) until the provider confirms, retried with backoff.

#include "core/clock.h"
#include "core/mailbox.h"
#include "server/gmailprovider.h"
#include "server/imapverifier.h"
#include "server/mailboxoptions.h"
#include "server/secretbox.h"

#include <functional>
#include <memory>
#include <optional>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace facturos::server {

class Database;
struct ServerContext;

class MailboxService : public QObject
{
    Q_OBJECT
public:
    MailboxService(Database &db, const Clock &clock, std::unique_ptr<SecretBox> secrets, MailboxOptions options,
                   QList<QSslCertificate> imapCaCertificates, const QUrl &issuer, QObject *parent = nullptr);
    ~MailboxService() override;

    [[nodiscard]] const MailboxOptions &options() const { return m_options; }
    [[nodiscard]] SecretBox &secrets() { return *m_secrets; }
    [[nodiscard]] GmailProvider &provider() { return m_provider; }
    [[nodiscard]] ImapVerifierConfig imapConfig() const;
    // Where the provider sends the browser back: ISSUER/oauth/mail-provider/callback.
    [[nodiscard]] QUrl callbackUrl() const;

    // Up to `limit` mailboxes of the user with an id after `afterId`, in id order; `more` when others follow.
    [[nodiscard]] QList<Mailbox> list(const QString &userId, const QString &afterId, int limit, bool *more);
    // The user's own mailbox of `kind` for `address` (any case; a working one first), leaving out those waiting
    // for revocation.
    [[nodiscard]] std::optional<Mailbox> findMailbox(const QString &userId, const QString &kind,
                                                     const QString &address);
    [[nodiscard]] std::optional<Mailbox> addImap(const QString &userId, const ImapConnectRequest &request);
    // Reconnection in place: the IMAP mailbox `mailboxId`, if it still needs reconnection, gets the settings
    // and password of `request` (already checked with the mail server) in one transaction, and status ok. Its
    // id, address and connectedAt stay. nullopt when it is gone, no longer needs it, or storage failed.
    [[nodiscard]] std::optional<Mailbox> reconnectImap(const QString &userId, const QString &mailboxId,
                                                       const ImapConnectRequest &request);
    // A new Gmail mailbox, or the same address connected again (its previous token is then revoked).
    [[nodiscard]] std::optional<Mailbox> saveGmail(const QString &userId, const QString &address,
                                                   const QByteArray &token, const QStringList &scopes);
    // Fixtures: a mailbox as given, its secret encrypted here.
    [[nodiscard]] bool insertMailbox(const QString &userId, const Mailbox &mailbox, const QByteArray &secret);
    // The decrypted secret of a mailbox (for the code that uses it, and for tests); nullopt when undecryptable.
    [[nodiscard]] std::optional<QByteArray> secret(const QString &userId, const QString &mailboxId);

    enum class Removal { NotFound, Removed, RevocationPending };
    // Deletes the stored secret at once. A Gmail token moves to the revocation queue and one attempt is made
    // before `done` is called: Removed when it worked, RevocationPending when it will be retried.
    void disconnect(const QString &userId, const QString &mailboxId, std::function<void(Removal)> done);
    // Account closure: every secret of the user deleted now, every Gmail token queued for revocation, and
    // the mailbox rows removed.
    void disconnectAllMailboxes(const QString &userId);
    // Attempts every queued revocation whose time has come (also run by a timer every minute).
    void retryDueRevocations();
    [[nodiscard]] int queuedRevocations();

signals:
    void revocationAttempted(const QString &mailboxId, bool revoked);

private:
    [[nodiscard]] bool queueRevocation(const QString &userId, const QString &mailboxId);
    void attemptRevocation(qint64 rowId, std::function<void(bool)> done);

    Database &m_db;
    const Clock &m_clock;
    std::unique_ptr<SecretBox> m_secrets;
    MailboxOptions m_options;
    QList<QSslCertificate> m_imapCaCertificates;
    const QUrl &m_issuer;
    GmailProvider m_provider;
    QSet<qint64> m_inFlight; // revocations with a request outstanding
    QTimer m_retryTimer;
};

// Opens the key, builds the service and puts it in ctx.mailboxes (owned by the caller).
[[nodiscard]] std::unique_ptr<MailboxService> startMailboxService(ServerContext &ctx, const QString &database,
                                                                  const MailboxOptions &options, QString *error);
// --rotate-key: re-encrypts every secret under a new key version; `report` says what was done.
[[nodiscard]] bool rotateMailboxKey(const QString &database, const MailboxOptions &options, QString *report,
                                    QString *error);
// The key file used for `database`: --key-file, else DATABASE.key; empty for :memory: (per-process key).
[[nodiscard]] QString keyFilePath(const QString &database, const QString &keyFile);

void registerMailboxRoutes(ServerContext &ctx);
void registerGmailRoutes(ServerContext &ctx);
void registerDevMailProvider(ServerContext &ctx);

} // namespace facturos::server
