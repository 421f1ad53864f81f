#pragma once
// The Mailboxes page: the connected mailboxes, "Connect Gmail" (the provider's consent page opens in the
// browser, then the list is polled until the new mailbox shows up, for a bounded time), "Add by IMAP" (the
// server's reason for a refusal mapped to the field it concerns; the password is dropped once sent) and
// disconnect (the page confirms first).

#include "api/mailboxapi.h"
#include "controllers/controller.h"
#include "controllers/datamodels.h"

#include <QSet>
#include <QTimer>
#include <QUrl>

namespace facturos::auth {
class UrlOpener;
}

namespace facturos::controllers {

class MailboxesController final : public Controller
{
    Q_OBJECT
    Q_PROPERTY(bool waitingForGmail READ isWaitingForGmail NOTIFY gmailWaitingChanged)
public:
    MailboxesController(api::MailboxApi &api, auth::UrlOpener &opener, QObject *parent = nullptr);

    [[nodiscard]] MailboxListModel *mailboxes() { return &m_mailboxes; }
    void load();
    // Whether a load has completed (a page built afterwards shows what is there).
    [[nodiscard]] bool hasLoaded() const { return m_hasLoaded; }

    // How often and how many times the list is re-read while the user is on the provider's page
    // (default every 2 s for 3 minutes).
    void setGmailPolling(int intervalMs, int maxPolls);
    // Asks the server for the consent URL and opens it through the UrlOpener. False while one is running.
    bool connectGmail(const QString &loginHint = {});
    [[nodiscard]] bool isWaitingForGmail() const { return m_pollsLeft > 0 || m_gmailStarting; }
    // The consent link, to copy when no browser opened; empty when not waiting.
    [[nodiscard]] QUrl gmailConsentUrl() const { return m_consentUrl; }
    // The access Gmail grants ("https://mail.google.com/": full access), shown plainly.
    [[nodiscard]] QString gmailScope() const { return m_scope; }
    void cancelGmail();

    // Validates with the core codec, sends, and clears request.password once sent. False (nothing sent) when
    // a call is running or the request is invalid (see imapFieldErrors()).
    bool addImap(ImapConnectRequest &request);
    // Per-field reasons of the last IMAP attempt: "password" authentication_failed, "host" host_not_found,
    // "port" connection_refused, "address" mailbox_exists…
    [[nodiscard]] const FieldErrors &imapFieldErrors() const { return m_imapErrors; }

    bool disconnectMailbox(const QString &mailboxId);

signals:
    void loaded();
    void gmailWaitingChanged(bool waiting);
    void gmailConsentOpened(const QUrl &url, bool browserOpened);
    void gmailConnected(const QString &mailboxId);
    void gmailTimedOut();
    void imapConnected(const QString &mailboxId);
    void imapFieldErrorsChanged();
    void disconnected(const QString &mailboxId);

private:
    void onListLoaded();
    // A poll found nothing new (or failed: `pollFailure`): counts it, then polls again or gives up — with that
    // failure when the last poll failed (Facturos could not be asked), else with gmailTimedOut().
    void pollAgainOrGiveUp(const api::ApiError *pollFailure = nullptr);
    bool m_hasLoaded = false;
    void poll();
    void stopGmail();
    void setImapErrors(const FieldErrors &errors);
    [[nodiscard]] QSet<QString> gmailIds() const;

    api::MailboxApi &m_api;
    auth::UrlOpener &m_opener;
    MailboxListModel m_mailboxes;
    bool m_loading = false;
    // Gmail connection in progress.
    bool m_gmailStarting = false;
    QTimer m_pollTimer;
    int m_pollIntervalMs = 2000;
    int m_maxPolls = 90;
    int m_pollsLeft = 0;
    QUrl m_consentUrl;
    QString m_scope = kGmailScope;
    QSet<QString> m_gmailBefore;
    FieldErrors m_imapErrors;
};

} // namespace facturos::controllers
