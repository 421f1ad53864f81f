#include "pages/mailboxespage.h"

#include "pages/appstyle.h"
#include "pages/errortext.h"
#include "pages/icons.h"
#include "pages/imapdialog.h"
#include "pages/mailboxcard.h"
#include "pages/prompter.h"
#include "ui_mailboxespage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QIcon>
#include <QPushButton>

namespace facturos::pages {

using controllers::MailboxesController;
using controllers::MailboxListModel;

MailboxesPage::MailboxesPage(MailboxesController &mailboxes, Prompter &prompter, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::MailboxesPage>()), m_mailboxes(mailboxes), m_prompter(prompter)
{
    m_ui->setupUi(this);
    styleAsPageTitle(m_ui->mailboxesHeadingLabel);
    m_ui->mailboxesConnectGmailButton->setIcon(icons::icon(QStringLiteral("mailboxes")));
    m_ui->mailboxesAddImapButton->setIcon(icons::icon(QStringLiteral("mailboxes")));
    // Said plainly before the user goes to Google: what Gmail grants, and what the server keeps.
    //: %1 is the OAuth scope, https://mail.google.com/
    m_ui->mailboxesGmailScopeLabel->setText(
        tr("Google will ask you to give Facturos full access to the mailbox: the scope %1 allows reading, sending "
           "and deleting all its e-mail. Facturos uses it only to send your invoices. The Facturos server keeps "
           "only the access token Google gives it, encrypted, never your Google password. You can disconnect at any "
           "time.")
            .arg(m_mailboxes.gmailScope()));

    MailboxListModel *model = mailboxes.mailboxes();
    connect(model, &QAbstractItemModel::rowsInserted, this, &MailboxesPage::rebuildCards);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MailboxesPage::rebuildCards);
    connect(model, &QAbstractItemModel::rowsMoved, this, &MailboxesPage::rebuildCards);
    connect(model, &QAbstractItemModel::dataChanged, this, &MailboxesPage::rebuildCards);
    connect(model, &QAbstractItemModel::modelReset, this, &MailboxesPage::rebuildCards);
    connect(model, &QAbstractItemModel::layoutChanged, this, &MailboxesPage::rebuildCards);

    connect(&mailboxes, &MailboxesController::loaded, this, [this] {
        m_loaded = true;
        showState();
    });
    connect(&mailboxes, &controllers::Controller::stateChanged, this, &MailboxesPage::showState);
    connect(&mailboxes, &MailboxesController::gmailWaitingChanged, this, &MailboxesPage::showGmailWaiting);
    connect(&mailboxes, &MailboxesController::gmailConsentOpened, this, [this](const QUrl &, bool browserOpened) {
        m_browserOpened = browserOpened;
        showGmailWaiting();
        if (!browserOpened)
            m_ui->mailboxesCopyLinkButton->setFocus();
    });
    connect(&mailboxes, &MailboxesController::gmailConnected, this, [this](const QString &id) {
        //: %1 is an e-mail address.
        setMessage(tr("%1 is connected. Facturos can now send your invoices from it.").arg(addressOf(id)), Tone::Done);
    });
    connect(&mailboxes, &MailboxesController::gmailTimedOut, this, [this] {
        setMessage(tr("Google did not confirm the connection in time, so nothing was connected. If you allowed "
                      "access, choose Refresh; otherwise connect Gmail again."),
                   Tone::Warning);
    });
    connect(&mailboxes, &MailboxesController::imapConnected, this, [this](const QString &id) {
        //: %1 is an e-mail address.
        setMessage(tr("%1 is connected: the mail server accepted the login.").arg(addressOf(id)), Tone::Done);
    });
    connect(&mailboxes, &MailboxesController::disconnected, this, [this](const QString &) {
        if (m_disconnecting.isEmpty())
            return;
        //: %1 is an e-mail address.
        setMessage(
            tr("%1 is disconnected: its access was deleted and Facturos no longer uses it.").arg(m_disconnecting),
            Tone::Done);
        m_disconnecting.clear();
    });
    connect(&mailboxes, &controllers::Controller::failed, this, &MailboxesPage::showFailure);

    connect(m_ui->mailboxesReloadButton, &QPushButton::clicked, this, [this] {
        setMessage(QString(), Tone::Info);
        m_mailboxes.load();
    });
    connect(m_ui->mailboxesConnectGmailButton, &QPushButton::clicked, this, [this] { connectGmail(QString()); });
    connect(m_ui->mailboxesAddImapButton, &QPushButton::clicked, this, [this] { (void)openImapDialog(); });
    connect(m_ui->mailboxesCopyLinkButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_mailboxes.gmailConsentUrl().toString(QUrl::FullyEncoded));
        setMessage(tr("Link copied. Paste it in your browser's address bar, then allow access."), Tone::Info);
    });
    connect(m_ui->mailboxesCancelGmailButton, &QPushButton::clicked, this, [this] {
        m_mailboxes.cancelGmail();
        setMessage(tr("Stopped waiting for Google. If you had already allowed access, the mailbox appears when you "
                      "choose Refresh."),
                   Tone::Info);
    });

    setMessage(QString(), Tone::Info);
    // Built after the data came (a page is built when its section first shows): shown at once; after a failed
    // read: as if it had just failed.
    m_loaded = mailboxes.hasLoaded();
    if (mailboxes.state() == controllers::State::Error)
        showFailure(mailboxes.error());
    rebuildCards();
    showGmailWaiting();
}

MailboxesPage::~MailboxesPage() = default;

void MailboxesPage::showFailure(const api::ApiError &error)
{
    m_disconnecting.clear();
    if (m_dialog && m_dialog->isVisible())
        return; // the dialog shows it, next to the field it concerns
    const FieldErrors &imap = m_mailboxes.imapFieldErrors();
    if (!imap.isEmpty() && error.kind == api::ApiError::Kind::Validation)
        //: %1 is the mail server's reason, a sentence.
        setMessage(tr("The mailbox could not be connected. %1").arg(ErrorText::forField(imap.first())), Tone::Warning);
    else
        setMessage(ErrorText::forApi(error), Tone::Warning);
}

QString MailboxesPage::addressOf(const QString &mailboxId) const
{
    MailboxListModel *model = m_mailboxes.mailboxes();
    const int row = model->rowOf(mailboxId);
    return row < 0 ? tr("The mailbox") : model->at(row).address;
}

void MailboxesPage::setMessage(const QString &text, Tone tone)
{
    m_ui->mailboxesStatusLabel->setText(text);
    const QString icon = tone == Tone::Done      ? QStringLiteral("ok")
                         : tone == Tone::Warning ? QStringLiteral("warning")
                                                 : QStringLiteral("info");
    m_ui->mailboxesStatusIconLabel->setPixmap(icons::icon(icon).pixmap(20, 20));
    m_ui->mailboxesStatusFrame->setVisible(!text.isEmpty());
}

void MailboxesPage::rebuildCards()
{
    // A card's button may be the one whose click led here (or a confirmation may be open over it): cards go
    // later, never under a running handler.
    const QString focused = focusWidget() ? focusWidget()->objectName() : QString();
    for (MailboxCard *card : std::as_const(m_cards)) {
        card->hide();
        card->deleteLater();
    }
    m_cards.clear();
    MailboxListModel *model = m_mailboxes.mailboxes();
    QWidget *previous = m_ui->mailboxesReloadButton;
    for (int row = 0; row < model->rowCount(); ++row) {
        auto *card = new MailboxCard(model->at(row), row + 1, m_ui->mailboxesCardsWidget);
        m_ui->cardsLayout->addWidget(card);
        card->show(); // now, not on the layout's queued show: the list is complete when this returns
        connect(card, &MailboxCard::reconnectRequested, this, &MailboxesPage::reconnect);
        connect(card, &MailboxCard::disconnectRequested, this, &MailboxesPage::askToDisconnect);
        for (QWidget *button : card->buttons()) {
            setTabOrder(previous, button);
            previous = button;
        }
        m_cards.append(card);
    }
    for (QWidget *next : {static_cast<QWidget *>(m_ui->mailboxesConnectGmailButton),
                          static_cast<QWidget *>(m_ui->mailboxesCopyLinkButton),
                          static_cast<QWidget *>(m_ui->mailboxesCancelGmailButton),
                          static_cast<QWidget *>(m_ui->mailboxesAddImapButton)}) {
        setTabOrder(previous, next);
        previous = next;
    }
    // The same button on the new cards (the old ones, hidden, are still children until they go).
    for (MailboxCard *card : std::as_const(m_cards)) {
        if (auto *again = focused.isEmpty() ? nullptr : card->findChild<QPushButton *>(focused)) {
            again->setFocus();
            break;
        }
    }
    showState();
}

void MailboxesPage::showState()
{
    const bool busy = m_mailboxes.isBusy();
    const bool waiting = m_mailboxes.isWaitingForGmail();
    const bool any = m_mailboxes.mailboxes()->rowCount() > 0;
    m_ui->mailboxesLoadingProgressBar->setVisible(busy);
    m_ui->mailboxesReloadButton->setEnabled(!busy);
    // One change at a time: the controller refuses a second one anyway, the buttons say so first.
    m_ui->mailboxesConnectGmailButton->setEnabled(!busy && !waiting);
    m_ui->mailboxesAddImapButton->setEnabled(!busy && !waiting);
    for (MailboxCard *card : std::as_const(m_cards))
        card->setActionsEnabled(!busy && !waiting);
    m_ui->mailboxesCardsWidget->setVisible(any);
    m_ui->mailboxesEmptyLabel->setVisible(!any && m_loaded);
}

void MailboxesPage::showGmailWaiting()
{
    const bool waiting = m_mailboxes.isWaitingForGmail();
    const QUrl url = m_mailboxes.gmailConsentUrl();
    m_ui->mailboxesGmailWaitFrame->setVisible(waiting);
    QString text;
    if (waiting && url.isEmpty())
        text = tr("Preparing the Google page…");
    else if (waiting && m_browserOpened)
        text = tr("Finish in your browser: choose the Gmail account and allow access. This page updates by itself "
                  "once Google confirms. If no browser window opened, copy the link and paste it in your browser.");
    else if (waiting)
        text = tr("The browser could not be opened. Copy the link, paste it in your browser's address bar and allow "
                  "access there. This page updates by itself once Google confirms.");
    m_ui->mailboxesGmailWaitLabel->setText(text);
    m_ui->mailboxesCopyLinkButton->setVisible(waiting && !url.isEmpty());
    m_ui->mailboxesCancelGmailButton->setEnabled(waiting && !url.isEmpty());
    showState();
}

void MailboxesPage::connectGmail(const QString &loginHint)
{
    setMessage(QString(), Tone::Info);
    m_browserOpened = true;
    if (!m_mailboxes.connectGmail(loginHint))
        setMessage(tr("Another change to your mailboxes is in progress. Try again in a moment."), Tone::Warning);
}

void MailboxesPage::askToDisconnect(const QString &mailboxId)
{
    MailboxListModel *model = m_mailboxes.mailboxes();
    const int row = model->rowOf(mailboxId);
    if (row < 0)
        return;
    const Mailbox mailbox = model->at(row);
    Confirmation confirmation;
    //: %1 is an e-mail address.
    confirmation.title = tr("Disconnect %1?").arg(mailbox.address);
    confirmation.text =
        tr("Facturos will stop using %1: it will no longer read it or send invoices from it.").arg(mailbox.address);
    confirmation.details =
        mailbox.kind == QLatin1String("gmail")
            ? tr("Deleted: the access token Google gave Facturos for this mailbox. It is also revoked at Google, so "
                 "the access ends there too. Your e-mails stay in your mailbox.")
            : tr("Deleted: the saved login of this mailbox (server settings, user name and encrypted password). "
                 "Your e-mails stay in your mailbox.");
    confirmation.acceptLabel = tr("Disconnect");
    if (!m_prompter.confirm(this, confirmation))
        return;
    if (model->rowOf(mailboxId) < 0)
        return; // gone meanwhile (another device)
    setMessage(QString(), Tone::Info);
    m_disconnecting = mailbox.address;
    if (!m_mailboxes.disconnectMailbox(mailboxId)) {
        m_disconnecting.clear();
        setMessage(tr("Another change to your mailboxes is in progress. Try again in a moment."), Tone::Warning);
    }
}

void MailboxesPage::reconnect(const QString &mailboxId)
{
    MailboxListModel *model = m_mailboxes.mailboxes();
    const int row = model->rowOf(mailboxId);
    if (row < 0)
        return;
    const Mailbox mailbox = model->at(row);
    if (mailbox.kind == QLatin1String("gmail")) {
        connectGmail(mailbox.address); // Google preselects this account
        return;
    }
    openImapDialog()->prefillReconnection(mailbox.id, mailbox.address, mailbox.imap.value_or(ImapSettings{}));
}

ImapDialog *MailboxesPage::openImapDialog()
{
    if (m_dialog)
        m_dialog->close();
    setMessage(QString(), Tone::Info);
    auto *dialog = new ImapDialog(m_mailboxes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

} // namespace facturos::pages
