#include "pages/communicationspage.h"

#include "pages/errortext.h"
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
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.5);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);

    m_switches = {{QStringLiteral("newsletter"), m_ui->newsletterCheckBox},
                  {QStringLiteral("productOffers"), m_ui->productOffersCheckBox},
                  {QStringLiteral("partnerOffers"), m_ui->partnerOffersCheckBox},
                  {QStringLiteral("surveys"), m_ui->surveysCheckBox}};
    for (auto it = m_switches.cbegin(); it != m_switches.cend(); ++it) {
        const QString key = it.key();
        // clicked() only comes from the user (mouse or keyboard), never from showValues().
        connect(it.value(), &QCheckBox::clicked, this, [this, key](bool checked) {
            m_error.clear();
            setStatus(tr("Saving…"));
            if (!m_communications.setValue(key, checked))
                setStatus(QString());
            showValues();
            showState();
        });
    }

    // Locked on: why it cannot be switched off, in the user's words.
    const QString reason = m_communications.lockReason(QStringLiteral("serviceMessages"));
    Q_UNUSED(reason)
    m_ui->serviceMessagesExplanationLabel->setText(
        tr("Always on: messages about your account, security, invoices and legal changes are needed to provide the "
           "service, so they cannot be turned off."));

    connect(m_ui->unsubscribeAllButton, &QPushButton::clicked, this, [this] {
        m_error.clear();
        setStatus(tr("Saving…"));
        if (!m_communications.unsubscribeFromAllMarketing())
            setStatus(QString());
        showValues();
        showState();
    });
    connect(m_ui->undoButton, &QPushButton::clicked, this, [this] {
        m_error.clear();
        setStatus(tr("Undoing…"));
        m_communications.undo();
        showValues();
        showState();
    });

    connect(&communications, &CommunicationsController::loaded, this, &CommunicationsPage::showValues);
    connect(&communications, &CommunicationsController::valuesChanged, this, &CommunicationsPage::showValues);
    connect(&communications, &CommunicationsController::undoAvailableChanged, this, &CommunicationsPage::showState);
    connect(&communications, &controllers::Controller::stateChanged, this, &CommunicationsPage::showState);
    connect(&communications, &CommunicationsController::saved, this, [this] {
        m_error.clear();
        setStatus(tr("Saved."));
        showValues();
        showState();
    });
    connect(&communications, &controllers::Controller::failed, this, [this](const api::ApiError &error) {
        m_error = ErrorText::forApi(error);
        setStatus(QString());
        showValues();
        showState();
    });

    setStatus(QString());
    showValues();
    showState();
}

CommunicationsPage::~CommunicationsPage() = default;

void CommunicationsPage::showValues()
{
    for (auto it = m_switches.cbegin(); it != m_switches.cend(); ++it)
        it.value()->setChecked(m_communications.value(it.key()));
    m_ui->serviceMessagesCheckBox->setChecked(true);
}

void CommunicationsPage::showState()
{
    const bool loaded = m_communications.hasLoaded();
    m_ui->loadingProgressBar->setVisible(m_communications.state() == controllers::State::Loading);
    for (QCheckBox *box : std::as_const(m_switches))
        box->setEnabled(loaded);
    m_ui->serviceMessagesCheckBox->setEnabled(false);
    bool anyOn = false;
    for (auto it = m_switches.cbegin(); it != m_switches.cend(); ++it)
        anyOn = anyOn || m_communications.value(it.key());
    m_ui->unsubscribeAllButton->setEnabled(loaded && anyOn);
    m_ui->undoButton->setVisible(m_communications.canUndo() && !m_communications.isBusy());
    m_ui->communicationsErrorLabel->setText(m_error);
    m_ui->communicationsErrorLabel->setVisible(!m_error.isEmpty());
    m_ui->statusFrame->setVisible(!m_ui->communicationsStatusLabel->text().isEmpty() ||
                                  m_ui->undoButton->isVisibleTo(this));
}

void CommunicationsPage::setStatus(const QString &text)
{
    m_ui->communicationsStatusLabel->setText(text);
    m_ui->statusFrame->setVisible(!text.isEmpty() || m_communications.canUndo());
}

} // namespace facturos::pages
