#include "pages/closepage.h"

#include "pages/appstyle.h"
#include "pages/errortext.h"
#include "pages/icons.h"
#include "pages/prompter.h"
#include "ui_closepage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <utility>

namespace facturos::pages {

using controllers::State;

namespace {

QString bulletList(const QStringList &items)
{
    QString html = QStringLiteral("<ul style=\"margin-left: 12px; -qt-list-indent: 0;\">");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

// What accounteraser.cpp deletes when the grace period ends, in the user's words.
QStringList deletedItems()
{
    return {ClosePage::tr("Your profile: name, username, e-mail address, phone number, company name and SIRET, "
                          "delivery and billing addresses, and your password."),
            ClosePage::tr("Your communication, cookie and tracking choices, and their history."),
            ClosePage::tr("Your connected mailboxes and the passwords or access that let Facturos use them; Gmail "
                          "access is also withdrawn at Google."),
            ClosePage::tr("Your sessions and sign-in activity: every device is signed out."),
            ClosePage::tr("Access you gave to administrators, support chat transcripts, survey answers and "
                          "location data."),
            ClosePage::tr("Anything else linked to you, such as an e-mail change waiting for verification.")};
}

// What the law makes us keep (legal_records, detached from the person at erasure) and what that implies.
QStringList keptItems()
{
    return {ClosePage::tr("The invoices and credit notes of your Facturos subscription (reference, date and "
                          "amount), for 10 years from the end of the financial year, because the French Commercial "
                          "Code requires it (article L123-22). They are kept apart from you: without your name, "
                          "your e-mail address or any link to your account."),
            ClosePage::tr("Nothing else. No contact details are kept, so no marketing can reach you after the "
                          "deletion, whatever you choose below.")};
}

QString longDate(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::LongFormat);
}

} // namespace

ClosePage::ClosePage(controllers::ClosureController &closure, controllers::SessionController &session,
                     Prompter &prompter, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ClosePage>()), m_closure(closure), m_session(session),
      m_prompter(prompter)
{
    m_ui->setupUi(this);
    styleAsPageTitle(m_ui->closeHeadingLabel);
    QFont emphasis = m_ui->closeScheduledLabel->font();
    emphasis.setBold(true);
    m_ui->closeScheduledLabel->setFont(emphasis);
    m_ui->closeScheduledIconLabel->setPixmap(icons::icon(QStringLiteral("warning")).pixmap(22, 22));
    m_ui->closeExportButton->setIcon(icons::icon(QStringLiteral("data")));
    m_ui->closeScheduledExportButton->setIcon(icons::icon(QStringLiteral("data")));

    m_ui->closeDeletedLabel->setText(
        tr("When the 30 days are over, everything Facturos holds about you is deleted for good:").toHtmlEscaped() +
        bulletList(deletedItems()));
    m_ui->closeKeptLabel->setText(bulletList(keptItems()));
    m_ui->closeGraceLabel->setText(
        tr("Nothing is deleted at once. Your account is deleted 30 days after you confirm; until then it works as "
           "usual and you can cancel the closure from this page. Signing in again does not cancel it: only Cancel "
           "closure does. Once the 30 days are over, the deletion cannot be undone."));
    m_ui->closeExportLabel->setText(
        tr("Once your account is deleted, we can no longer give you a copy of your data. Save it now: one file with "
           "everything Facturos holds about you, readable by other services."));
    m_ui->closeStopMarketingExplanationLabel->setText(
        tr("Turns off the newsletter, product and partner offers and surveys today. Untick it to keep your current "
           "choices until the deletion; after it, nothing is sent either way."));
    m_ui->closeConfirmLineEdit->setPlaceholderText(tr("name@example.com", "e-mail placeholder"));
    m_ui->closeReasonLineEdit->setPlaceholderText(tr("For example: I stopped my business"));

    connect(m_ui->closeConfirmLineEdit, &QLineEdit::textChanged, this, [this] {
        showConfirmError();
        refresh();
    });
    connect(m_ui->closeAccountButton, &QPushButton::clicked, this, &ClosePage::closeAccount);
    connect(m_ui->closeConfirmLineEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_ui->closeAccountButton->isEnabled())
            closeAccount();
    });
    connect(m_ui->closeCancelClosureButton, &QPushButton::clicked, this, [this] {
        m_ui->closeStatusLabel->clear();
        m_closure.cancel();
    });
    connect(m_ui->closeExportButton, &QPushButton::clicked, this, &ClosePage::exportRequested);
    connect(m_ui->closeScheduledExportButton, &QPushButton::clicked, this, &ClosePage::exportRequested);
    connect(m_ui->closeRetryButton, &QPushButton::clicked, &m_closure, &controllers::ClosureController::load);
    connect(m_ui->closeStepUpCancelButton, &QPushButton::clicked, &m_session, &controllers::SessionController::cancel);
    connect(m_ui->closeStepUpCopyLinkButton, &QPushButton::clicked, this, &ClosePage::copyStepUpLink);

    connect(&closure, &controllers::Controller::stateChanged, this, [this](State state) {
        if (state == State::Saving)
            m_ui->closeStatusLabel->setText(m_closure.isScheduled() ? tr("Cancelling the closure…")
                                                                    : tr("Scheduling the closure…"));
        else if (state == State::Error)
            m_ui->closeStatusLabel->clear();
        refresh();
    });
    connect(&closure, &controllers::ClosureController::loaded, this, [this] {
        showConfirmError();
        refresh();
    });
    // What one account typed is not left for the next one who signs in here.
    connect(&session, &controllers::SessionController::signedOut, this, [this] {
        m_ui->closeConfirmLineEdit->clear();
        m_ui->closeReasonLineEdit->clear();
        m_ui->closeStopMarketingCheckBox->setChecked(true);
        m_ui->closeStatusLabel->clear();
    });
    connect(&closure, &controllers::ClosureController::fieldErrorsChanged, this, &ClosePage::showConfirmError);
    connect(&closure, &controllers::ClosureController::closureChanged, this, &ClosePage::onClosureChanged);
    connect(&closure, &controllers::Controller::failed, this, &ClosePage::onFailed);
    // The step-up's browser link comes and goes while the closure call waits for it.
    connect(&session, &controllers::SessionController::linkChanged, this, &ClosePage::refresh);
    showConfirmError();
    refresh();
}

ClosePage::~ClosePage() = default;

bool ClosePage::typedEmailMatches() const
{
    const QString email = m_closure.email();
    return !email.isEmpty() && m_ui->closeConfirmLineEdit->text().trimmed().compare(email, Qt::CaseInsensitive) == 0;
}

void ClosePage::showConfirmError()
{
    // A typing mistake shows at once; an address still being typed correctly does not.
    const QString typed = m_ui->closeConfirmLineEdit->text().trimmed();
    const QString email = m_closure.email();
    QString message;
    if (!typed.isEmpty() && !email.isEmpty() && !email.startsWith(typed, Qt::CaseInsensitive))
        message =
            ErrorText::forField({QStringLiteral("confirm"), controllers::ClosureController::kConfirmMismatch, {}});
    QString reasonMessage;
    for (const FieldError &error : m_closure.fieldErrors()) {
        if (error.field == QLatin1String("confirm") && message.isEmpty() && !typedEmailMatches())
            message = ErrorText::forField(error);
        else if (error.field == QLatin1String("reason"))
            reasonMessage = ErrorText::forField(error);
    }
    m_ui->closeConfirmErrorLabel->setText(message);
    m_ui->closeConfirmErrorLabel->setVisible(!message.isEmpty());
    m_ui->closeReasonErrorLabel->setText(reasonMessage);
    m_ui->closeReasonErrorLabel->setVisible(!reasonMessage.isEmpty());
}

void ClosePage::refresh()
{
    const bool loaded = m_closure.hasLoaded();
    const bool scheduled = m_closure.isScheduled();
    const bool busy = m_closure.isBusy();
    const bool steppingUp = m_closure.state() == State::Saving && m_session.isSteppingUp();

    m_ui->closeLoadingProgressBar->setVisible(busy && !steppingUp);
    m_ui->closeFormWidget->setVisible(!scheduled);
    m_ui->closeIntroLabel->setText(
        scheduled ? tr("Your account is scheduled for closure. Here is what happens until then, and how to keep it.")
                  : tr("Close your Facturos account and have your personal data deleted. Read what goes and what "
                       "stays first: you have 30 days to change your mind."));
    m_ui->closeScheduledWidget->setVisible(scheduled);

    const QString email = m_closure.email();
    QString caption = tr("Type your &e-mail address to confirm");
    if (!email.isEmpty()) {
        // "&&": an '&' in the address is a character, not a mnemonic.
        //: %1 is the account's e-mail address, which the user types below.
        caption = tr("Type your &e-mail address (%1) to confirm")
                      .arg(QString(email).replace(QLatin1Char('&'), QStringLiteral("&&")));
    }
    m_ui->closeConfirmCaptionLabel->setText(caption);
    // Field by field, not the group: the step-up's Cancel inside it must stay usable while the call waits.
    for (QWidget *field :
         {static_cast<QWidget *>(m_ui->closeConfirmLineEdit), static_cast<QWidget *>(m_ui->closeReasonLineEdit),
          static_cast<QWidget *>(m_ui->closeStopMarketingCheckBox)})
        field->setEnabled(loaded && !busy);
    m_ui->closeAccountButton->setEnabled(loaded && !busy && !scheduled && typedEmailMatches());
    m_ui->closeCancelClosureButton->setEnabled(scheduled && !busy);

    m_ui->closeStepUpFrame->setVisible(steppingUp);
    m_ui->closeStepUpCopyLinkButton->setVisible(steppingUp && !m_session.browserOpened());
    m_ui->closeStepUpLabel->setText(
        m_session.browserOpened()
            ? tr("A page opened in your browser asks for your password again, to make sure it is you. Enter it "
                 "there; this page goes on by itself.")
            : tr("No browser could be opened. Copy the link into your browser: the page asks for your password "
                 "again, to make sure it is you. This page goes on by itself."));
    if (steppingUp)
        m_ui->closeStatusLabel->clear(); // the step-up frame says what is going on

    const bool failed = m_closure.state() == State::Error;
    m_ui->closeErrorLabel->setText(failed ? ErrorText::forApi(m_closure.error()) : QString());
    m_ui->closeErrorFrame->setVisible(failed);
    m_ui->closeRetryButton->setVisible(failed && !loaded);
    m_ui->closeStatusLabel->setVisible(!m_ui->closeStatusLabel->text().isEmpty());
    if (scheduled)
        showScheduled();
}

void ClosePage::showScheduled()
{
    const std::optional<ClosureState> closure = m_closure.closure();
    if (!closure)
        return;
    m_stoppedMarketing = closure->stopMarketing;
    const int daysLeft = qMax(0, int(QDate::currentDate().daysTo(closure->scheduledFor.toLocalTime().date())));
    //: %1 is the date of the deletion; a sentence counting the days left follows.
    m_ui->closeScheduledLabel->setText(tr("Your account will be deleted on %1.").arg(longDate(closure->scheduledFor)) +
                                       QLatin1Char(' ') + tr("%n day(s) left to change your mind.", nullptr, daysLeft));
    //: %1 is the date on which the user asked for the closure.
    const QString marketing = closure->stopMarketing
                                  ? tr("Marketing messages were stopped on %1.").arg(longDate(closure->requestedAt))
                                  : tr("Your marketing choices were left as they were; you can change them in "
                                       "Communications.");
    m_ui->closeMeanwhileLabel->setText(bulletList(
        {tr("Your account works as usual: you can sign in, use Facturos, keep your mailboxes connected and "
            "download your data."),
         tr("Signing in again does not cancel the closure. To keep your account, choose Cancel closure."), marketing,
         //: %1 is the date of the deletion.
         tr("On %1, your personal data is deleted for good and every device is signed out; only the invoices the law "
            "requires are kept, without your name.")
             .arg(longDate(closure->scheduledFor))}));
}

void ClosePage::closeAccount()
{
    if (!typedEmailMatches() || m_closure.isBusy() || m_closure.isScheduled())
        return;
    Confirmation confirmation;
    confirmation.title = tr("Close your account?");
    //: %1 is the date of the deletion, 30 days from today.
    confirmation.text =
        tr("Your account will be deleted on %1. Until then you can cancel from the Close account page; "
           "after that date, your personal data is gone for good.")
            .arg(QLocale().toString(QDate::currentDate().addDays(kClosureGraceDays), QLocale::LongFormat));
    confirmation.details =
        tr("Deleted: your profile, choices, mailboxes and their access, sessions and activity.") + QLatin1Char('\n') +
        tr("Kept for 10 years as the law requires: your subscription's invoices, without your name.");
    confirmation.acceptLabel = tr("Close my account");
    if (!m_prompter.confirm(this, confirmation))
        return;
    m_ui->closeStatusLabel->clear();
    m_closure.schedule(m_ui->closeConfirmLineEdit->text(), m_ui->closeReasonLineEdit->text(),
                       m_ui->closeStopMarketingCheckBox->isChecked());
}

void ClosePage::copyStepUpLink()
{
    const QUrl link = m_session.signInLink();
    if (link.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(link.toString(QUrl::FullyEncoded));
    m_ui->closeStatusLabel->setText(tr("Link copied. Paste it into your browser's address bar."));
    m_ui->closeStatusLabel->setVisible(true);
}

void ClosePage::onClosureChanged(bool scheduled)
{
    // Saving: this change is the answer to our own schedule() or cancel(), not a reload.
    const bool ours = m_closure.state() == State::Saving;
    if (scheduled && ours) {
        m_ui->closeConfirmLineEdit->clear();
        m_ui->closeReasonLineEdit->clear();
        m_ui->closeStopMarketingCheckBox->setChecked(true);
        m_ui->closeStatusLabel->clear(); // the closing state says it all
    } else if (!scheduled && ours) {
        QString text = tr("Closure cancelled: your account stays open and nothing will be deleted.");
        if (m_stoppedMarketing)
            text += QLatin1Char(' ') + tr("Marketing stays off; you can turn it back on in Communications.");
        m_ui->closeStatusLabel->setText(text);
    } else if (!scheduled && std::exchange(m_cancelledElsewhere, false)) {
        m_ui->closeStatusLabel->setText(tr("The closure had already been cancelled, on another device or in your "
                                           "browser: your account stays open and nothing will be deleted."));
    } else {
        m_ui->closeStatusLabel->clear();
    }
    refresh();
}

void ClosePage::onFailed(const api::ApiError &error)
{
    // Cancelled elsewhere meanwhile: the controller reads the account again; the page then says why the form
    // is back.
    m_cancelledElsewhere = error.code == QLatin1String("closure_not_scheduled");
}

} // namespace facturos::pages
