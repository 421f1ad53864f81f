#include "pages/signinpage.h"

#include "pages/errortext.h"
#include "pages/icons.h"
#include "ui_signinpage.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QIcon>

namespace facturos::pages {

using Status = controllers::SessionController::Status;

SignInPage::SignInPage(controllers::SessionController &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SignInPage>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->logoLabel->setPixmap(icons::icon(QStringLiteral("app")).pixmap(64, 64));
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.8);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->signInErrorLabel->setAccessibleName(tr("Sign-in problem"));
    m_ui->signInNoticeLabel->setAccessibleName(tr("Notice"));

    connect(m_ui->signInButton, &QPushButton::clicked, this, [this] {
        m_ui->copiedLabel->clear();
        m_session.signIn();
    });
    connect(m_ui->tryAgainButton, &QPushButton::clicked, this, [this] { m_session.retryKeyring(); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] { m_session.cancel(); });
    connect(m_ui->copyLinkButton, &QPushButton::clicked, this, &SignInPage::copyLink);
    connect(&session, &controllers::SessionController::statusChanged, this, &SignInPage::refresh);
    connect(&session, &controllers::SessionController::linkChanged, this, &SignInPage::refresh);
    connect(&session, &controllers::SessionController::memoryOnlyChanged, this, &SignInPage::refresh);
    connect(&session, &controllers::SessionController::errorOccurred, this, &SignInPage::refresh);
    refresh();
}

SignInPage::~SignInPage() = default;

void SignInPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QWidget::changeEvent(event);
}

void SignInPage::refresh()
{
    const Status status = m_session.status();
    switch (status) {
    case Status::Restoring:
        m_ui->stateStackedWidget->setCurrentWidget(m_ui->restoringPage);
        break;
    case Status::WaitingForBrowser:
        m_ui->stateStackedWidget->setCurrentWidget(m_ui->waitingPage);
        m_ui->waitingLabel->setText(
            m_session.browserOpened()
                ? tr("Finish signing in in your browser. This window continues by itself once you are done.")
                : tr("Your browser did not open. Copy the sign-in link and paste it into your browser."));
        m_ui->cancelButton->setFocus();
        break;
    case Status::SignedOut:
    case Status::SignedIn:
    case Status::KeyringLocked:
    case Status::Error:
        m_ui->stateStackedWidget->setCurrentWidget(m_ui->idlePage);
        break;
    }
    // A failed browser sign-in may end signed out with its reason kept in errorCode().
    QString error;
    if (status == Status::KeyringLocked)
        error = ErrorText::forSession(auth::SessionError::KeyringLocked);
    else if ((status == Status::Error || status == Status::SignedOut) &&
             m_session.errorCode() != auth::SessionError::KeyringUnavailable)
        error = ErrorText::forSession(m_session.errorCode());
    m_ui->signInErrorLabel->setText(error);
    m_ui->signInErrorLabel->setVisible(!error.isEmpty());
    m_ui->tryAgainButton->setVisible(status == Status::KeyringLocked);
    const QString notice =
        m_session.isMemoryOnly() ? ErrorText::forSession(auth::SessionError::KeyringUnavailable) : QString();
    m_ui->signInNoticeLabel->setText(notice);
    m_ui->signInNoticeLabel->setVisible(!notice.isEmpty());
}

void SignInPage::copyLink()
{
    const QUrl link = m_session.signInLink();
    if (link.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(link.toString(QUrl::FullyEncoded));
    m_ui->copiedLabel->setText(tr("Link copied. Paste it into your browser's address bar."));
}

} // namespace facturos::pages
