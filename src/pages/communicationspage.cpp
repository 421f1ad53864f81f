#include "pages/communicationspage.h"

#include "pages/appstyle.h"
#include "pages/choiceswitches.h"
#include "ui_communicationspage.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>

namespace facturos::pages {

using controllers::CommunicationsController;

CommunicationsPage::CommunicationsPage(CommunicationsController &communications, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CommunicationsPage>()), m_communications(communications)
{
    m_ui->setupUi(this);
    styleAsPageTitle(m_ui->headingLabel);

    // Locked on: why it cannot be switched off, in the user's words.
    m_ui->serviceMessagesExplanationLabel->setText(
        tr("Always on: messages about your account, security, invoices and legal changes are needed to provide the "
           "service, so they cannot be turned off."));

    m_switches = new ChoiceSwitches(communications,
                                    {{QStringLiteral("newsletter"), m_ui->newsletterCheckBox},
                                     {QStringLiteral("productOffers"), m_ui->productOffersCheckBox},
                                     {QStringLiteral("partnerOffers"), m_ui->partnerOffersCheckBox},
                                     {QStringLiteral("surveys"), m_ui->surveysCheckBox}},
                                    {m_ui->loadingProgressBar, m_ui->statusFrame, m_ui->communicationsStatusLabel,
                                     m_ui->undoButton, m_ui->communicationsErrorLabel, m_ui->serviceMessagesCheckBox,
                                     m_ui->communicationsRetryButton},
                                    this);
    connect(m_switches, &ChoiceSwitches::refreshed, this, &CommunicationsPage::showButtons);
    connect(m_ui->unsubscribeAllButton, &QPushButton::clicked, this,
            [this] { m_switches->change([this] { return m_communications.unsubscribeFromAllMarketing(); }); });
    showButtons();
}

CommunicationsPage::~CommunicationsPage() = default;

void CommunicationsPage::showButtons()
{
    // Nothing left to turn off: the button says so by being disabled.
    m_ui->unsubscribeAllButton->setEnabled(m_communications.hasLoaded() && m_switches->anyOn(m_communications.keys()));
}

} // namespace facturos::pages
