#pragma once
// The Mailboxes section: the connected mailboxes (one card each, with its status), "Connect Gmail" with the
// wait for the browser consent (Cancel, Copy the link), "Add an IMAP mailbox" (ImapDialog), Reconnect for a
// mailbox that needs it and Disconnect after a confirmation that says what is deleted.

#include "controllers/mailboxescontroller.h"

#include <memory>
#include <QPointer>
#include <QWidget>

namespace Ui {
class MailboxesPage;
}

namespace facturos::pages {

class ImapDialog;
class MailboxCard;
class Prompter;

class MailboxesPage final : public QWidget
{
    Q_OBJECT
public:
    MailboxesPage(controllers::MailboxesController &mailboxes, Prompter &prompter, QWidget *parent = nullptr);
    ~MailboxesPage() override;

private:
    enum class Tone { Done, Warning, Info };

    void rebuildCards();
    void showState();
    void showFailure(const api::ApiError &error);
    void showGmailWaiting();
    void connectGmail(const QString &loginHint);
    void askToDisconnect(const QString &mailboxId);
    void reconnect(const QString &mailboxId);
    ImapDialog *openImapDialog();
    void setMessage(const QString &text, Tone tone);
    [[nodiscard]] QString addressOf(const QString &mailboxId) const;

    std::unique_ptr<Ui::MailboxesPage> m_ui;
    controllers::MailboxesController &m_mailboxes;
    Prompter &m_prompter;
    QList<MailboxCard *> m_cards;
    QPointer<ImapDialog> m_dialog;
    QString m_disconnecting; // the address being disconnected, for the confirmation sentence
    bool m_browserOpened = true;
    bool m_loaded = false; // the empty state shows once the list was read, not while it loads
};

} // namespace facturos::pages
