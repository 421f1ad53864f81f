#include "pages/profilepage.h"

#include "controllers/profilefields.h"
#include "pages/appstyle.h"
#include "pages/conflictdialog.h"
#include "pages/errortext.h"
#include "pages/prompter.h"
#include "ui_profilepage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace facturos::pages {

using controllers::ProfileController;
namespace fields = controllers::profilefields;

namespace {
// The countries offered first; any other ISO code the profile holds is added as it is.
const QList<QPair<QString, const char *>> &countries()
{
    static const QList<QPair<QString, const char *>> list{
        {QStringLiteral("FR"), QT_TRANSLATE_NOOP("facturos::pages::ProfilePage", "France")},
        {QStringLiteral("BE"), QT_TRANSLATE_NOOP("facturos::pages::ProfilePage", "Belgium")},
        {QStringLiteral("CH"), QT_TRANSLATE_NOOP("facturos::pages::ProfilePage", "Switzerland")},
        {QStringLiteral("LU"), QT_TRANSLATE_NOOP("facturos::pages::ProfilePage", "Luxembourg")},
        {QStringLiteral("MC"), QT_TRANSLATE_NOOP("facturos::pages::ProfilePage", "Monaco")},
        {QStringLiteral("DE"), QT_TRANSLATE_NOOP("facturos::pages::ProfilePage", "Germany")},
        {QStringLiteral("ES"), QT_TRANSLATE_NOOP("facturos::pages::ProfilePage", "Spain")},
        {QStringLiteral("IT"), QT_TRANSLATE_NOOP("facturos::pages::ProfilePage", "Italy")},
        {QStringLiteral("NL"), QT_TRANSLATE_NOOP("facturos::pages::ProfilePage", "Netherlands")},
        {QStringLiteral("PT"), QT_TRANSLATE_NOOP("facturos::pages::ProfilePage", "Portugal")},
        {QStringLiteral("GB"), QT_TRANSLATE_NOOP("facturos::pages::ProfilePage", "United Kingdom")},
        {QStringLiteral("US"), QT_TRANSLATE_NOOP("facturos::pages::ProfilePage", "United States")},
        {QStringLiteral("CA"), QT_TRANSLATE_NOOP("facturos::pages::ProfilePage", "Canada")},
    };
    return list;
}
} // namespace

ProfilePage::ProfilePage(ProfileController &profile, Prompter &prompter, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ProfilePage>()), m_profile(profile), m_prompter(prompter)
{
    m_ui->setupUi(this);
    styleAsPageTitle(m_ui->headingLabel);

    addField(QStringLiteral("firstName"), m_ui->firstNameLineEdit, m_ui->firstNameErrorLabel);
    addField(QStringLiteral("lastName"), m_ui->lastNameLineEdit, m_ui->lastNameErrorLabel);
    addField(QStringLiteral("username"), m_ui->usernameLineEdit, m_ui->usernameErrorLabel);
    addField(QStringLiteral("email"), m_ui->emailLineEdit, m_ui->emailErrorLabel);
    addField(QStringLiteral("phone"), m_ui->phoneLineEdit, m_ui->phoneErrorLabel);
    addField(QStringLiteral("companyName"), m_ui->companyNameLineEdit, m_ui->companyNameErrorLabel);
    addField(QStringLiteral("siret"), m_ui->siretLineEdit, m_ui->siretErrorLabel);
    addField(QStringLiteral("deliveryAddress.line1"), m_ui->deliveryLine1LineEdit, m_ui->deliveryLine1ErrorLabel);
    addField(QStringLiteral("deliveryAddress.line2"), m_ui->deliveryLine2LineEdit, m_ui->deliveryLine2ErrorLabel);
    addField(QStringLiteral("deliveryAddress.postalCode"), m_ui->deliveryPostalCodeLineEdit,
             m_ui->deliveryPostalCodeErrorLabel);
    addField(QStringLiteral("deliveryAddress.city"), m_ui->deliveryCityLineEdit, m_ui->deliveryCityErrorLabel);
    addCountry(QStringLiteral("deliveryAddress.country"), m_ui->deliveryCountryComboBox,
               m_ui->deliveryCountryErrorLabel);
    addField(QStringLiteral("billingAddress.line1"), m_ui->billingLine1LineEdit, m_ui->billingLine1ErrorLabel);
    addField(QStringLiteral("billingAddress.line2"), m_ui->billingLine2LineEdit, m_ui->billingLine2ErrorLabel);
    addField(QStringLiteral("billingAddress.postalCode"), m_ui->billingPostalCodeLineEdit,
             m_ui->billingPostalCodeErrorLabel);
    addField(QStringLiteral("billingAddress.city"), m_ui->billingCityLineEdit, m_ui->billingCityErrorLabel);
    addCountry(QStringLiteral("billingAddress.country"), m_ui->billingCountryComboBox, m_ui->billingCountryErrorLabel);

    connect(m_ui->sameAsDeliveryCheckBox, &QCheckBox::toggled, this, [this](bool same) {
        m_error.clear();
        m_profile.setBillingSameAsDelivery(same);
        showDraft();
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        setStatus(QString());
        m_error.clear();
        m_profile.save();
        showState();
    });
    connect(m_ui->discardButton, &QPushButton::clicked, this, [this] {
        m_error.clear();
        m_profile.discard();
        setStatus(tr("Changes discarded: the saved values are shown again."));
        showState();
    });
    connect(m_ui->resolveConflictButton, &QPushButton::clicked, this, &ProfilePage::showConflictDialog);
    connect(m_ui->profileRetryButton, &QPushButton::clicked, this, [this] {
        m_error.clear();
        m_profile.load();
        showState();
    });

    connect(&profile, &ProfileController::loaded, this, &ProfilePage::showDraft);
    connect(&profile, &ProfileController::draftChanged, this, &ProfilePage::showDraft);
    connect(&profile, &ProfileController::fieldErrorsChanged, this, &ProfilePage::showErrors);
    connect(&profile, &ProfileController::dirtyChanged, this, &ProfilePage::showState);
    connect(&profile, &ProfileController::conflictChanged, this, &ProfilePage::showState);
    connect(&profile, &controllers::Controller::stateChanged, this, &ProfilePage::showState);
    connect(&profile, &controllers::Controller::failed, this, &ProfilePage::showFailure);
    connect(&profile, &ProfileController::saved, this, [this] {
        m_error.clear();
        setStatus(tr("Your changes were saved."));
        showState();
    });
    connect(&profile, &ProfileController::conflictDetected, this, &ProfilePage::showConflictDialog);

    setStatus(QString());
    showDraft();
    showErrors();
    // Built after a failed read (a page is built when its section first shows): as if it had just failed.
    if (profile.state() == controllers::State::Error)
        showFailure(profile.error());
    showState();
}

ProfilePage::~ProfilePage() = default;

void ProfilePage::showFailure(const api::ApiError &error)
{
    // The banner retries on its own; here the user learns that their edit is safe.
    m_error = ErrorText::isConnectionProblem(error) && m_profile.isDirty()
                  ? tr("Your changes are not saved yet: Facturos can't be reached. They are kept here and "
                       "will be sent when the connection returns.")
                  : ErrorText::forApi(error);
    showState();
}

void ProfilePage::addField(const QString &path, QLineEdit *edit, QLabel *error)
{
    m_fields.append({path, edit, nullptr, error});
    error->setVisible(false);
    connect(edit, &QLineEdit::textEdited, this, [this, path](const QString &text) {
        m_error.clear();
        setStatus(QString());
        m_profile.setField(path, text);
    });
}

void ProfilePage::addCountry(const QString &path, QComboBox *combo, QLabel *error)
{
    m_fields.append({path, nullptr, combo, error});
    error->setVisible(false);
    for (const auto &country : countries())
        //: %1 is a country name, %2 its two-letter ISO code.
        combo->addItem(tr("%1 (%2)").arg(tr(country.second), country.first), country.first);
    connect(combo, QOverload<int>::of(&QComboBox::activated), this, [this, path, combo](int index) {
        m_error.clear();
        setStatus(QString());
        m_profile.setField(path, combo->itemData(index).toString());
    });
}

void ProfilePage::showDraft()
{
    const Profile &draft = m_profile.draft();
    for (const Field &field : std::as_const(m_fields)) {
        const QString value = m_profile.field(field.path);
        if (field.edit && field.edit->text() != value) {
            const QSignalBlocker blocker(field.edit);
            field.edit->setText(value);
        } else if (field.combo) {
            const QString code = value.isEmpty() ? draft.deliveryAddress.country : value;
            int index = field.combo->findData(code);
            if (index < 0 && !code.isEmpty()) {
                field.combo->addItem(code, code);
                index = field.combo->count() - 1;
            }
            const QSignalBlocker blocker(field.combo);
            field.combo->setCurrentIndex(index);
        }
    }
    const bool same = !draft.billingAddress.has_value();
    {
        const QSignalBlocker blocker(m_ui->sameAsDeliveryCheckBox);
        m_ui->sameAsDeliveryCheckBox->setChecked(same);
    }
    m_ui->billingFieldsWidget->setVisible(!same);
    m_ui->billingFieldsWidget->setEnabled(!same);
    const QString pending = m_profile.pendingEmail();
    //: %1 is an e-mail address.
    m_ui->pendingEmailLabel->setText(
        pending.isEmpty() ? QString()
                          : tr("Waiting for confirmation: %1. Open the message sent to this address to start using it.")
                                .arg(pending));
    m_ui->pendingEmailLabel->setVisible(!pending.isEmpty());
    showState();
}

void ProfilePage::showErrors()
{
    for (const Field &field : std::as_const(m_fields)) {
        QString text;
        for (const FieldError &error : m_profile.fieldErrors()) {
            if (error.field == field.path) {
                text = ErrorText::forField(error);
                break;
            }
        }
        field.error->setText(text);
        field.error->setVisible(!text.isEmpty());
        QWidget *input = field.edit ? static_cast<QWidget *>(field.edit) : field.combo;
        const QString base = input->property("baseDescription").toString().isEmpty()
                                 ? input->accessibleDescription()
                                 : input->property("baseDescription").toString();
        input->setProperty("baseDescription", base);
        // Screen readers hear the message with the field.
        input->setAccessibleDescription(text.isEmpty() ? base : base + QStringLiteral(". ") + text);
    }
    showState();
}

void ProfilePage::showState()
{
    const bool busy = m_profile.isBusy();
    m_ui->savingProgressBar->setVisible(busy);
    m_ui->saveButton->setEnabled(m_profile.canSave());
    m_ui->discardButton->setEnabled(!busy && (m_profile.isDirty() || m_profile.isInConflict()));
    m_ui->formWidget->setEnabled(m_profile.hasLoaded() && m_profile.state() != controllers::State::Saving);
    m_ui->profileErrorLabel->setText(m_error);
    m_ui->resolveConflictButton->setVisible(m_profile.isInConflict());
    // The first read failed for a reason the connection banner does not retry (the server's own failure).
    m_ui->profileRetryButton->setVisible(m_profile.state() == controllers::State::Error && !m_profile.hasLoaded() &&
                                         !ErrorText::isConnectionProblem(m_profile.error()));
    m_ui->profileErrorFrame->setVisible(!m_error.isEmpty() || m_profile.isInConflict());
}

void ProfilePage::setStatus(const QString &text)
{
    m_ui->profileStatusLabel->setText(text);
    m_ui->profileStatusLabel->setVisible(!text.isEmpty());
}

void ProfilePage::showConflictDialog()
{
    if (!m_profile.isInConflict() || findChild<ConflictDialog *>())
        return;
    auto *dialog = new ConflictDialog(m_profile.conflicts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_error.clear();
        m_profile.resolveConflict(dialog->choices());
        // Taking every value from the server leaves nothing to send: say so, as a save would.
        if (!m_profile.isBusy() && !m_profile.isDirty())
            setStatus(tr("Your information now matches what is saved in Facturos."));
        showState();
    });
    // Not exec(): the event loop (and the tests) keep running while the user decides.
    dialog->open();
}

bool ProfilePage::canLeave()
{
    if (!m_profile.isDirty() && !m_profile.isInConflict())
        return true;
    Confirmation confirmation;
    confirmation.title = tr("Unsaved changes");
    confirmation.text = tr("Your personal information has changes that are not saved. Leave and lose them?");
    confirmation.details = tr("Choose Save on the page first if you want to keep them.");
    confirmation.acceptLabel = tr("Discard changes");
    if (!m_prompter.confirm(this, confirmation))
        return false;
    m_error.clear();
    m_profile.discard();
    return true;
}

} // namespace facturos::pages
