#include "pages/cookiespage.h"

#include "pages/appstyle.h"
#include "pages/choiceswitches.h"
#include "ui_cookiespage.h"

#include <QCheckBox>
#include <QEvent>
#include <QPushButton>

namespace facturos::pages {

namespace {
const QStringList kConsents = {QStringLiteral("analytics"), QStringLiteral("advertising"),
                               QStringLiteral("socialFeatures"), QStringLiteral("location"),
                               QStringLiteral("partnerSharing")};
} // namespace

CookiesPage::CookiesPage(controllers::PrivacyController &privacy, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CookiesPage>()), m_privacy(privacy)
{
    m_ui->setupUi(this);
    styleAsPageTitle(m_ui->headingLabel);

    const QMap<QString, QCheckBox *> switches = {{QStringLiteral("analytics"), m_ui->analyticsCheckBox},
                                                 {QStringLiteral("advertising"), m_ui->advertisingCheckBox},
                                                 {QStringLiteral("socialFeatures"), m_ui->socialFeaturesCheckBox},
                                                 {QStringLiteral("location"), m_ui->locationCheckBox},
                                                 {QStringLiteral("partnerSharing"), m_ui->partnerSharingCheckBox},
                                                 {QStringLiteral("doNotTrack"), m_ui->doNotTrackCheckBox}};
    m_switches = new ChoiceSwitches(privacy, switches,
                                    {m_ui->cookiesLoadingProgressBar, m_ui->statusFrame, m_ui->cookiesStatusLabel,
                                     m_ui->cookiesUndoButton, m_ui->cookiesErrorLabel, m_ui->necessaryCheckBox,
                                     m_ui->cookiesRetryButton},
                                    this);
    connect(m_switches, &ChoiceSwitches::refreshed, this, &CookiesPage::showButtons);
    connect(m_ui->acceptAllButton, &QPushButton::clicked, this,
            [this] { m_switches->change([this] { return m_privacy.acceptAll(); }); });
    connect(m_ui->refuseAllButton, &QPushButton::clicked, this,
            [this] { m_switches->change([this] { return m_privacy.refuseAll(); }); });

    // Locked on: why it cannot be switched off, in the user's words.
    m_ui->necessaryExplanationLabel->setText(
        tr("Always on: these cookies sign you in, keep your session secure and remember the choices on this page, "
           "so the service cannot work without them. They are not used for tracking."));

    equalizeButtons();
    showButtons();
}

CookiesPage::~CookiesPage() = default;

void CookiesPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange)
        equalizeButtons();
}

void CookiesPage::showButtons()
{
    const bool loaded = m_privacy.hasLoaded();
    m_ui->acceptAllButton->setEnabled(loaded);
    m_ui->refuseAllButton->setEnabled(loaded);
}

// Refusing must be exactly as easy to see as accepting: same class, policy and style (set in the form),
// and the same width whatever the language's words.
void CookiesPage::equalizeButtons()
{
    QPushButton *accept = m_ui->acceptAllButton;
    QPushButton *refuse = m_ui->refuseAllButton;
    accept->setMinimumWidth(0);
    refuse->setMinimumWidth(0);
    const int width = qMax(accept->sizeHint().width(), refuse->sizeHint().width());
    accept->setMinimumWidth(width);
    refuse->setMinimumWidth(width);
}

} // namespace facturos::pages
