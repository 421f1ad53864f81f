#pragma once
// "Add IMAP mailbox" (and reconnecting one): the address, the server settings pre-filled for common providers,
// the user name and the password, checked as the user types; sending asks the controller, which has the server
// test the login. The server's reason for a refusal is shown next to the field it concerns; the password
// leaves the form once sent and is kept nowhere.

#include "controllers/mailboxescontroller.h"

#include <memory>
#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;

namespace Ui {
class ImapDialog;
}

namespace facturos::pages {

class ImapDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImapDialog(controllers::MailboxesController &mailboxes, QWidget *parent = nullptr);
    ~ImapDialog() override;

    // Reconnecting the mailbox `mailboxId`: its stored settings are shown and its address is fixed, so only
    // the password is left to type. Sending is the same as adding: the server checks the new login and only
    // when it works replaces the saved one in place, so a refusal or Cancel leaves the mailbox as it was.
    void prefillReconnection(const QString &mailboxId, const QString &address, const ImapSettings &settings);

private:
    struct Field
    {
        QWidget *input = nullptr;
        QLabel *error = nullptr;
        QString baseDescription;
    };

    void fillServerFromAddress();
    void showNote();
    void fitHeight();
    void edited(const QString &field);
    void submit();
    void send();
    void onFailed(const api::ApiError &error);
    void setSending(bool sending);
    void setFormError(const QString &text);
    // Local rules (the server's own codec) merged with the server's reasons of the last attempt.
    [[nodiscard]] FieldErrors currentErrors() const;
    void showErrors();
    [[nodiscard]] QString sentenceFor(const FieldError &error) const;
    [[nodiscard]] ImapConnectRequest request() const;

    std::unique_ptr<Ui::ImapDialog> m_ui;
    controllers::MailboxesController &m_mailboxes;
    QPushButton *m_connectButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QHash<QString, Field> m_fields; // by the request's field name ("address", "host", …)
    QSet<QString> m_touched;        // fields the user typed in: their messages show, the guess leaves them alone
    bool m_showAll = false;         // after a first attempt, every field's message shows
    FieldErrors m_serverErrors;
    QString m_reconnectId;
    bool m_sending = false;
    bool m_filling = false; // the dialog itself is changing a field
};

} // namespace facturos::pages
