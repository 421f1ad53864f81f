#pragma once
// One connected mailbox on the Mailboxes page: its address and kind, a status badge with the reason in plain
// words when it needs reconnection, when it was connected and last used, and its Reconnect and Disconnect
// buttons (the page decides what they do).

#include "core/mailbox.h"

#include <QFrame>

class QPushButton;

namespace facturos::pages {

class MailboxCard final : public QFrame
{
    Q_OBJECT
public:
    // `number` (1, 2…) keeps the objectNames unique in the window: "mailboxesCard2DisconnectButton".
    MailboxCard(const Mailbox &mailbox, int number, QWidget *parent = nullptr);

    [[nodiscard]] QString mailboxId() const { return m_id; }
    // The card's buttons, in tab order.
    [[nodiscard]] QList<QWidget *> buttons() const;
    void setActionsEnabled(bool enabled);

    // Why a mailbox needs reconnection, as a sentence ("The mail server refused the saved password…").
    [[nodiscard]] static QString reasonText(const Mailbox &mailbox);
    [[nodiscard]] static QString statusText(const QString &status);

signals:
    void reconnectRequested(const QString &mailboxId);
    void disconnectRequested(const QString &mailboxId);

private:
    QString m_id;
    QPushButton *m_reconnect = nullptr;
    QPushButton *m_disconnect = nullptr;
};

} // namespace facturos::pages
