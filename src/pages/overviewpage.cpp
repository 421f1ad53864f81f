#include "pages/overviewpage.h"

#include "core/mailbox.h"
#include "pages/appstyle.h"
#include "pages/errortext.h"
#include "pages/icons.h"
#include "pages/mainwindow.h"
#include "pages/wraplabel.h"
#include "ui_overviewpage.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace facturos::pages {

using controllers::OverviewAlert;

namespace {
constexpr int kCardIconSize = 22;
const QString kWarningIcon = QStringLiteral("warning");
const QString kInfoIcon = QStringLiteral("info");

QString mailboxReason(const QString &code)
{
    if (code == MailboxReason::AuthenticationFailed)
        return OverviewPage::tr("the mail server no longer accepts the saved password");
    if (code == MailboxReason::TokenRevoked || code == MailboxReason::TokenExpired)
        return OverviewPage::tr("the permission given to Facturos was withdrawn or has expired");
    return OverviewPage::tr("Facturos can no longer reach it");
}
} // namespace

OverviewPage::OverviewPage(controllers::OverviewController &overview, controllers::ClosureController &closure,
                           controllers::SessionController &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::OverviewPage>()), m_overview(overview), m_closure(closure),
      m_session(session)
{
    m_ui->setupUi(this);
    styleAsPageTitle(m_ui->headingLabel);
    QFont name = m_ui->nameLabel->font();
    name.setPointSizeF(name.pointSizeF() * 1.3);
    m_ui->nameLabel->setFont(name);
    QFont alerts = m_ui->alertsHeadingLabel->font();
    alerts.setBold(true);
    m_ui->alertsHeadingLabel->setFont(alerts);
    m_ui->nameLabel->setAccessibleName(tr("Name"));
    m_ui->emailLabel->setAccessibleName(tr("E-mail address"));

    connect(m_ui->reloadButton, &QPushButton::clicked, &overview, &controllers::OverviewController::load);
    connect(&overview, &controllers::OverviewController::loaded, this, &OverviewPage::showAccount);
    connect(&overview, &controllers::OverviewController::statementAcknowledged, this, &OverviewPage::showAccount);
    connect(&overview, &controllers::OverviewController::alertsChanged, this, &OverviewPage::rebuildAlerts);
    connect(&overview, &controllers::Controller::stateChanged, this, &OverviewPage::showState);
    connect(&closure, &controllers::Controller::stateChanged, this, &OverviewPage::showState);
    connect(&session, &controllers::SessionController::statusChanged, this, &OverviewPage::showState);
    // Also when the closure controller finds a closure cancelled elsewhere (it reads the account again).
    connect(&closure, &controllers::ClosureController::closureChanged, this, [this](bool scheduled) {
        if (!scheduled)
            m_overview.load();
    });
    showAccount();
    showState();
    rebuildAlerts();
}

OverviewPage::~OverviewPage() = default;

QList<std::pair<QString, int>> OverviewPage::firstFrameIcons()
{
    return {{kWarningIcon, kCardIconSize}, {kInfoIcon, kCardIconSize}};
}

void OverviewPage::showAccount()
{
    const auto &account = m_overview.account();
    m_ui->nameLabel->setText(account ? account->displayName : QString());
    m_ui->emailLabel->setText(account ? account->email : QString());
    m_ui->accountIdLabel->setText(account ? account->id : QString());
    m_ui->memberSinceLabel->setText(account ? QLocale().toString(account->memberSince.date(), QLocale::LongFormat)
                                            : QString());
    QString status;
    if (account)
        status = account->closure ? tr("Closure scheduled") : tr("Active");
    m_ui->statusLabel->setText(status);
    showAlertsOrNone(); // alertsChanged() does not come when there were none before either
}

void OverviewPage::showState()
{
    // The closure's own reading (for the Close account page, in the background) is not the Overview's business;
    // cancelling it is.
    m_ui->loadingProgressBar->setVisible(m_overview.isBusy() || m_closure.state() == controllers::State::Saving ||
                                         m_session.status() == controllers::SessionController::Status::Restoring);
    const api::ApiError &error =
        m_overview.state() == controllers::State::Error ? m_overview.error() : m_closure.error();
    const bool failed =
        m_overview.state() == controllers::State::Error || m_closure.state() == controllers::State::Error;
    m_ui->overviewErrorLabel->setText(failed ? ErrorText::forApi(error) : QString());
    m_ui->overviewErrorFrame->setVisible(failed);
}

QWidget *OverviewPage::addCard(const QString &name, const QString &icon, const QString &text)
{
    auto *card = new QFrame(m_ui->alertsWidget);
    card->setObjectName(name + QStringLiteral("Frame"));
    card->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(card);
    auto *iconLabel = new QLabel(card);
    iconLabel->setPixmap(icons::icon(icon).pixmap(kCardIconSize, kCardIconSize));
    layout->addWidget(iconLabel, 0, Qt::AlignTop);
    auto *label = new WrapLabel(text, card);
    label->setObjectName(name + QStringLiteral("Label"));
    layout->addWidget(label, 1);
    m_ui->alertsLayout->addWidget(card);
    return card;
}

QPushButton *OverviewPage::addButton(QWidget *card, const QString &name, const QString &text,
                                     const QString &accessibleName, const QString &description)
{
    auto *button = new QPushButton(text, card);
    button->setObjectName(name);
    button->setAccessibleName(accessibleName);
    button->setAccessibleDescription(description);
    card->layout()->addWidget(button);
    return button;
}

void OverviewPage::rebuildAlerts()
{
    // On screen, the cards are rebuilt hidden and show with their container in one layout pass (rather than one
    // pass each). Off screen they show with the page; showing the container here would lay it out for nothing.
    if (isVisible())
        m_ui->alertsWidget->setVisible(false);
    while (QLayoutItem *item = m_ui->alertsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int mailboxes = 0;
    QWidget *previous = m_ui->reloadButton;
    const auto chain = [&previous](QWidget *next) {
        QWidget::setTabOrder(previous, next);
        previous = next;
    };
    for (const OverviewAlert &alert : m_overview.alerts()) {
        switch (alert.kind) {
        case OverviewAlert::Kind::MailboxNeedsReconnection: {
            const QString suffix = mailboxes++ == 0 ? QString() : QString::number(mailboxes);
            //: %1 is a mailbox address, %2 the reason in lower case ("the mail server no longer accepts…").
            QWidget *card = addCard(
                QStringLiteral("mailboxAlert") + suffix, kWarningIcon,
                tr("The mailbox %1 needs to be reconnected: %2.").arg(alert.subject, mailboxReason(alert.reason)));
            // No Alt key: there is one such card per mailbox to reconnect.
            auto *open = addButton(card, QStringLiteral("mailboxAlertButton") + suffix, tr("Open Mailboxes"),
                                   tr("Open Mailboxes for %1").arg(alert.subject),
                                   tr("Shows the Mailboxes section, where you can reconnect this mailbox"));
            connect(open, &QPushButton::clicked, this, [this] { emit sectionRequested(section::Mailboxes); });
            chain(open);
            break;
        }
        case OverviewAlert::Kind::ClosureScheduled: {
            //: %1 is a date.
            QWidget *card = addCard(QStringLiteral("closureAlert"), kWarningIcon,
                                    tr("Your account will be closed on %1. Until then you can change your mind.")
                                        .arg(QLocale().toString(alert.date.toLocalTime().date(), QLocale::LongFormat)));
            auto *cancel =
                addButton(card, QStringLiteral("cancelClosureButton"), tr("&Cancel the closure"),
                          tr("Cancel the account closure"), tr("Keeps your account open; nothing will be deleted"));
            connect(cancel, &QPushButton::clicked, this, &OverviewPage::cancelClosure);
            chain(cancel);
            break;
        }
        case OverviewAlert::Kind::StatementUpdated: {
            //: %1 is the statement's version, a date such as 2020-01-14.
            QWidget *card = addCard(QStringLiteral("statementAlert"), kInfoIcon,
                                    tr("The privacy statement was updated (version %1). Read what changed, then "
                                       "let us know you have seen it.")
                                        .arg(alert.subject));
            auto *read =
                addButton(card, QStringLiteral("readStatementButton"), tr("Rea&d", "privacy statement"),
                          tr("Read the privacy statement"), tr("Opens the current privacy statement in your browser"));
            auto *ack = addButton(card, QStringLiteral("acknowledgeButton"), tr("Ac&knowledge"),
                                  tr("Acknowledge the privacy statement"),
                                  tr("Records that you have seen the current privacy statement"));
            connect(read, &QPushButton::clicked, this, &OverviewPage::privacyStatementRequested);
            connect(ack, &QPushButton::clicked, &m_overview, &controllers::OverviewController::acknowledgeStatement);
            chain(read);
            chain(ack);
            break;
        }
        case OverviewAlert::Kind::MemoryOnlySession:
            addCard(QStringLiteral("memoryOnlyAlert"), kInfoIcon,
                    tr("No keyring is available on this computer: you will have to sign in again next time you "
                       "open the app."));
            break;
        }
    }
    showAlertsOrNone();
}

void OverviewPage::showAlertsOrNone()
{
    // The cards' box is hidden only once it is known that there is nothing to show.
    const bool none = m_overview.alerts().isEmpty();
    m_ui->alertsWidget->setVisible(!none || !m_overview.hasLoaded());
    m_ui->noAlertsLabel->setVisible(m_overview.hasLoaded() && none);
}

void OverviewPage::cancelClosure()
{
    if (m_closure.isScheduled()) {
        m_closure.cancel();
        return;
    }
    // The closure controller reads the account first; cancel as soon as it knows the closure. Once only: a
    // failed read drops the wish (the user can press again), and a closure already gone elsewhere leaves nothing
    // to cancel but the alert to update.
    auto connections = std::make_shared<std::pair<QMetaObject::Connection, QMetaObject::Connection>>();
    const auto forget = [connections] {
        disconnect(connections->first);
        disconnect(connections->second);
    };
    connections->first = connect(&m_closure, &controllers::ClosureController::loaded, this, [this, forget] {
        forget();
        if (!m_closure.cancel())
            m_overview.load();
    });
    connections->second = connect(&m_closure, &controllers::Controller::failed, this, [forget] { forget(); });
    m_closure.load();
}

} // namespace facturos::pages
