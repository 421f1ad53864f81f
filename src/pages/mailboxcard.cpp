#include "pages/mailboxcard.h"

#include "pages/icons.h"
#include "pages/wraplabel.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace facturos::pages {

namespace {
const QString kOk = QStringLiteral("ok");
const QString kNeedsReconnection = QStringLiteral("needs_reconnection");
const QString kRevocationPending = QStringLiteral("revocation_pending");

// The locale's long date without the weekday ("14 April 2026", "14 avril 2026"): calmer in a list.
QString longDate(const QDateTime &when)
{
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*|[,.]?\\s*d{4}"));
    const QString format = QLocale().dateFormat(QLocale::LongFormat).remove(weekday).trimmed();
    return QLocale().toString(when.toLocalTime().date(), format);
}

QLabel *addLabel(QVBoxLayout *layout, QWidget *parent, const QString &name, const QString &text)
{
    auto *label = new WrapLabel(text, parent);
    label->setObjectName(name);
    layout->addWidget(label);
    return label;
}
} // namespace

QString MailboxCard::statusText(const QString &status)
{
    if (status == kOk)
        return tr("Connected");
    if (status == kNeedsReconnection)
        return tr("Needs reconnection");
    if (status == kRevocationPending)
        return tr("Disconnecting");
    return tr("Unknown state");
}

QString MailboxCard::reasonText(const Mailbox &mailbox)
{
    const bool gmail = mailbox.kind == QLatin1String("gmail");
    if (mailbox.status == kRevocationPending)
        return tr("Disconnected. Google has not yet confirmed that the access of Facturos is revoked; Facturos keeps "
                  "asking and removes this mailbox from the list once Google confirms.");
    if (mailbox.status != kNeedsReconnection)
        return {};
    const QString &reason = mailbox.statusReason;
    if (reason == MailboxReason::AuthenticationFailed)
        return gmail ? tr("Google no longer accepts the access given to Facturos. Reconnect to grant it again.")
                     : tr("The password was refused by the mail server. Reconnect with the current password.");
    if (reason == MailboxReason::TokenRevoked || reason == MailboxReason::TokenExpired)
        return tr("The access given to Facturos was withdrawn or has expired. Reconnect to grant it again.");
    if (reason == MailboxReason::HostNotFound)
        return tr("The mail server can no longer be found. Reconnect with the current server settings.");
    if (reason == MailboxReason::ConnectionRefused || reason == MailboxReason::ProtocolError)
        return tr("The mail server refused the connection. Reconnect with the current server settings.");
    if (reason == MailboxReason::CertificateUntrusted || reason == MailboxReason::TlsError)
        return tr("The secure connection to the mail server failed, so Facturos stopped using it. Reconnect with the "
                  "current server settings.");
    if (reason == MailboxReason::Timeout)
        return tr("The mail server stopped answering. Reconnect when it works again.");
    return tr("Facturos can no longer use this mailbox. Reconnect it to continue.");
}

MailboxCard::MailboxCard(const Mailbox &mailbox, int number, QWidget *parent) : QFrame(parent), m_id(mailbox.id)
{
    const QString stem = QStringLiteral("mailboxesCard%1").arg(number);
    const bool gmail = mailbox.kind == QLatin1String("gmail");
    setObjectName(stem + QStringLiteral("Frame"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(mailbox.address);
    setAccessibleDescription(statusText(mailbox.status));

    auto *row = new QHBoxLayout(this);
    auto *icon = new QLabel(this);
    icon->setObjectName(stem + QStringLiteral("IconLabel"));
    const QString iconName = mailbox.status == kOk                  ? QStringLiteral("ok")
                             : mailbox.status == kNeedsReconnection ? QStringLiteral("warning")
                                                                    : QStringLiteral("info");
    icon->setPixmap(icons::icon(iconName).pixmap(22, 22));
    row->addWidget(icon, 0, Qt::AlignTop);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(3);
    QLabel *address = addLabel(texts, this, stem + QStringLiteral("AddressLabel"), mailbox.address);
    QFont bold = address->font();
    bold.setBold(true);
    address->setFont(bold);

    QString kind;
    if (gmail) {
        const QString scope = mailbox.scopes.isEmpty() ? kGmailScope : mailbox.scopes.join(QStringLiteral(", "));
        //: %1 is the OAuth scope, https://mail.google.com/
        kind = tr("Gmail · full access to this mailbox (%1)").arg(scope);
    } else {
        const ImapSettings imap = mailbox.imap.value_or(ImapSettings{});
        const QString security = imap.security == QLatin1String("starttls") ? tr("STARTTLS") : tr("SSL/TLS");
        //: %1 is a server name, %2 a port number, %3 "SSL/TLS" or "STARTTLS".
        kind = tr("IMAP · %1, port %2, %3").arg(imap.host).arg(imap.port).arg(security);
    }
    addLabel(texts, this, stem + QStringLiteral("KindLabel"), kind);

    // The badge: the state in one or two words, coloured like its icon; the sentence below says why.
    QLabel *badge = addLabel(texts, this, stem + QStringLiteral("StatusLabel"), statusText(mailbox.status));
    badge->setWordWrap(false);
    const QString colour = mailbox.status == kOk                  ? QStringLiteral("#2e7d32")
                           : mailbox.status == kNeedsReconnection ? QStringLiteral("#b36b00")
                                                                  : QStringLiteral("#2f5d8a");
    badge->setStyleSheet(QStringLiteral("QLabel { color: %1; border: 1px solid %1; border-radius: 8px; "
                                        "padding: 1px 8px; font-weight: bold; }")
                             .arg(colour));
    texts->setAlignment(badge, Qt::AlignLeft);

    const QString reason = reasonText(mailbox);
    QLabel *reasonLabel = addLabel(texts, this, stem + QStringLiteral("ReasonLabel"), reason);
    reasonLabel->setVisible(!reason.isEmpty());

    //: %1 and %2 are dates.
    const QString dates =
        mailbox.lastUsedAt.isValid()
            ? tr("Connected on %1 · last used on %2").arg(longDate(mailbox.connectedAt), longDate(mailbox.lastUsedAt))
            : tr("Connected on %1 · not used yet").arg(longDate(mailbox.connectedAt));
    addLabel(texts, this, stem + QStringLiteral("DatesLabel"), dates);
    row->addLayout(texts, 1);

    auto *actions = new QHBoxLayout;
    if (mailbox.status == kNeedsReconnection) {
        // No Alt key on the cards' buttons: every card has them.
        m_reconnect = new QPushButton(icons::icon(QStringLiteral("mailboxes")), tr("Reconnect…"), this);
        m_reconnect->setObjectName(stem + QStringLiteral("ReconnectButton"));
        //: %1 is an e-mail address.
        m_reconnect->setAccessibleName(tr("Reconnect %1").arg(mailbox.address));
        m_reconnect->setAccessibleDescription(
            gmail ? tr("Opens Google in your browser to grant Facturos access to this mailbox again")
                  : tr("Opens the settings of this mailbox, so you can type its current password"));
        connect(m_reconnect, &QPushButton::clicked, this, [this] { emit reconnectRequested(m_id); });
        actions->addWidget(m_reconnect);
    }
    if (mailbox.status != kRevocationPending) {
        m_disconnect = new QPushButton(tr("Disconnect…"), this);
        m_disconnect->setObjectName(stem + QStringLiteral("DisconnectButton"));
        //: %1 is an e-mail address.
        m_disconnect->setAccessibleName(tr("Disconnect %1").arg(mailbox.address));
        m_disconnect->setAccessibleDescription(
            tr("Asks for confirmation, then deletes the access of Facturos to this mailbox"));
        connect(m_disconnect, &QPushButton::clicked, this, [this] { emit disconnectRequested(m_id); });
        actions->addWidget(m_disconnect);
    }
    row->addLayout(actions);
    row->setAlignment(actions, Qt::AlignTop);
}

QList<QWidget *> MailboxCard::buttons() const
{
    QList<QWidget *> list;
    if (m_reconnect)
        list.append(m_reconnect);
    if (m_disconnect)
        list.append(m_disconnect);
    return list;
}

void MailboxCard::setActionsEnabled(bool enabled)
{
    for (QWidget *button : buttons())
        button->setEnabled(enabled);
}

} // namespace facturos::pages
