#include "pages/imapdialog.h"

#include "pages/errortext.h"
#include "pages/imapproviders.h"
#include "ui_imapdialog.h"

#include <algorithm>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace facturos::pages {

namespace {
const QString kTls = QStringLiteral("tls");
const QString kStartTls = QStringLiteral("starttls");
// The fields in form order: the first one with a message gets the focus.
const QStringList kOrder = {QStringLiteral("address"),  QStringLiteral("host"),     QStringLiteral("port"),
                            QStringLiteral("security"), QStringLiteral("username"), QStringLiteral("password")};
} // namespace

ImapDialog::ImapDialog(controllers::MailboxesController &mailboxes, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImapDialog>()), m_mailboxes(mailboxes)
{
    setObjectName(QStringLiteral("mailboxesImapDialog"));
    m_ui->setupUi(this);
    setWindowModality(Qt::WindowModal);
    m_ui->mailboxesImapSecurityComboBox->addItem(tr("SSL/TLS (implicit TLS)"), kTls);
    m_ui->mailboxesImapSecurityComboBox->addItem(tr("STARTTLS"), kStartTls);

    m_connectButton = m_ui->mailboxesImapButtonBox->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("mailboxesImapConnectButton"));
    m_connectButton->setAccessibleName(tr("Connect this mailbox"));
    m_connectButton->setAccessibleDescription(tr("Checks the login with the mail server, then saves the mailbox"));
    m_connectButton->setDefault(true);
    m_cancelButton = m_ui->mailboxesImapButtonBox->addButton(tr("Ca&ncel"), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("mailboxesImapCancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel adding the mailbox"));
    m_cancelButton->setAccessibleDescription(tr("Closes this window; nothing more is sent"));
    connect(m_ui->mailboxesImapButtonBox, &QDialogButtonBox::accepted, this, &ImapDialog::submit);
    connect(m_ui->mailboxesImapButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_fields = {
        {QStringLiteral("address"), {m_ui->mailboxesImapAddressLineEdit, m_ui->mailboxesImapAddressErrorLabel, {}}},
        {QStringLiteral("host"), {m_ui->mailboxesImapHostLineEdit, m_ui->mailboxesImapHostErrorLabel, {}}},
        {QStringLiteral("port"), {m_ui->mailboxesImapPortSpinBox, m_ui->mailboxesImapPortErrorLabel, {}}},
        {QStringLiteral("security"), {m_ui->mailboxesImapSecurityComboBox, m_ui->mailboxesImapSecurityErrorLabel, {}}},
        {QStringLiteral("username"), {m_ui->mailboxesImapUsernameLineEdit, m_ui->mailboxesImapUsernameErrorLabel, {}}},
        {QStringLiteral("password"), {m_ui->mailboxesImapPasswordLineEdit, m_ui->mailboxesImapPasswordErrorLabel, {}}},
    };
    for (Field &field : m_fields)
        field.baseDescription = field.input->accessibleDescription();

    connect(m_ui->mailboxesImapAddressLineEdit, &QLineEdit::textEdited, this, [this] {
        edited(QStringLiteral("address"));
        fillServerFromAddress();
    });
    // A field the user empties is theirs no more: the guess from the address may fill it again.
    for (const QString &key : {QStringLiteral("host"), QStringLiteral("username")}) {
        connect(static_cast<QLineEdit *>(m_fields.value(key).input), &QLineEdit::textEdited, this,
                [this, key](const QString &text) {
                    edited(key);
                    if (text.trimmed().isEmpty())
                        m_touched.remove(key);
                });
    }
    connect(m_ui->mailboxesImapPortSpinBox, QOverload<int>::of(&QSpinBox::valueChanged), this, [this] {
        if (!m_filling)
            edited(QStringLiteral("port"));
    });
    connect(m_ui->mailboxesImapSecurityComboBox, QOverload<int>::of(&QComboBox::activated), this,
            [this] { edited(QStringLiteral("security")); });
    connect(m_ui->mailboxesImapPasswordLineEdit, &QLineEdit::textEdited, this,
            [this] { edited(QStringLiteral("password")); });

    connect(&mailboxes, &controllers::MailboxesController::imapConnected, this, [this] {
        if (!m_sending)
            return;
        setSending(false);
        accept();
    });
    connect(&mailboxes, &controllers::Controller::failed, this, &ImapDialog::onFailed);

    m_ui->mailboxesImapAddressLineEdit->setFocus();
    showNote();
    setSending(false);
    setFormError(QString());
    showErrors();
}

ImapDialog::~ImapDialog() = default;

void ImapDialog::prefillReconnection(const QString &mailboxId, const QString &address, const ImapSettings &settings)
{
    m_reconnectId = mailboxId;
    setWindowTitle(tr("Reconnect a mailbox"));
    //: %1 is an e-mail address.
    setAccessibleName(tr("Reconnect %1").arg(address));
    m_cancelButton->setAccessibleName(tr("Cancel reconnecting the mailbox"));
    m_cancelButton->setAccessibleDescription(tr("Closes this window; the saved login stays as it is"));
    m_filling = true;
    m_ui->mailboxesImapAddressLineEdit->setText(address);
    m_ui->mailboxesImapHostLineEdit->setText(settings.host);
    m_ui->mailboxesImapPortSpinBox->setValue(settings.port);
    m_ui->mailboxesImapSecurityComboBox->setCurrentIndex(
        qMax(0, m_ui->mailboxesImapSecurityComboBox->findData(settings.security)));
    m_ui->mailboxesImapUsernameLineEdit->setText(settings.username);
    m_filling = false;
    m_touched = {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("security"),
                 QStringLiteral("username")};
    m_ui->mailboxesImapAddressLineEdit->setReadOnly(true);
    m_ui->mailboxesImapPasswordLineEdit->setFocus();
    showNote();
    showErrors();
}

void ImapDialog::fillServerFromAddress()
{
    const QString address = m_ui->mailboxesImapAddressLineEdit->text().trimmed();
    const auto guess = guessImapServer(address);
    m_filling = true;
    if (!m_touched.contains(QStringLiteral("host")))
        m_ui->mailboxesImapHostLineEdit->setText(guess ? guess->host : QString());
    if (!m_touched.contains(QStringLiteral("port")))
        m_ui->mailboxesImapPortSpinBox->setValue(guess ? guess->port : 993);
    if (!m_touched.contains(QStringLiteral("security")))
        m_ui->mailboxesImapSecurityComboBox->setCurrentIndex(
            qMax(0, m_ui->mailboxesImapSecurityComboBox->findData(guess ? guess->security : kTls)));
    if (!m_touched.contains(QStringLiteral("username")))
        m_ui->mailboxesImapUsernameLineEdit->setText(address);
    m_filling = false;
    showNote();
    showErrors();
}

void ImapDialog::showNote()
{
    const QString address = m_ui->mailboxesImapAddressLineEdit->text().trimmed();
    const auto guess = guessImapServer(address);
    QString note;
    if (!m_reconnectId.isEmpty())
        //: %1 is an e-mail address.
        note = tr("The saved login of %1 no longer works. Type its current password (and correct the settings if "
                  "they changed). Facturos checks the new login with the mail server and replaces the saved one "
                  "only if it works.")
                   .arg(address);
    else if (guess && guess->host == QLatin1String("imap.gmail.com"))
        note = tr("For a Gmail address, “Connect Gmail” is simpler: there is no password to type. By IMAP, Google "
                  "asks for an app password.");
    else if (guess && !guess->knownProvider && !m_touched.contains(QStringLiteral("host")))
        note = tr("The server is guessed from the address. If the connection fails, look up your provider's IMAP "
                  "settings.");
    m_ui->mailboxesImapNoteLabel->setText(note);
    m_ui->mailboxesImapNoteLabel->setVisible(!note.isEmpty());
}

// Messages come and go under the fields: the window follows, so that none squeezes a field or leaves a gap.
void ImapDialog::fitHeight()
{
    const int needed = heightForWidth(width());
    if (needed > 0 && needed != height())
        resize(width(), needed);
}

void ImapDialog::edited(const QString &field)
{
    m_touched.insert(field);
    // The server's reasons were about what was sent; once the user changes something they no longer apply.
    m_serverErrors.clear();
    setFormError(QString());
    if (field == QLatin1String("host"))
        showNote();
    showErrors();
}

ImapConnectRequest ImapDialog::request() const
{
    ImapConnectRequest r;
    r.address = m_ui->mailboxesImapAddressLineEdit->text().trimmed();
    r.settings.host = m_ui->mailboxesImapHostLineEdit->text().trimmed();
    r.settings.port = m_ui->mailboxesImapPortSpinBox->value();
    r.settings.security = m_ui->mailboxesImapSecurityComboBox->currentData().toString();
    r.settings.username = m_ui->mailboxesImapUsernameLineEdit->text().trimmed();
    r.password = m_ui->mailboxesImapPasswordLineEdit->text();
    return r;
}

FieldErrors ImapDialog::currentErrors() const
{
    FieldErrors local;
    (void)imapConnectRequestFromJson(toJson(request()), &local); // the server's own rules
    FieldErrors errors = m_serverErrors;
    for (const FieldError &error : std::as_const(local)) {
        const bool serverSaid = std::any_of(m_serverErrors.cbegin(), m_serverErrors.cend(),
                                            [&error](const FieldError &e) { return e.field == error.field; });
        if (!serverSaid)
            errors.append(error);
    }
    return errors;
}

QString ImapDialog::sentenceFor(const FieldError &error) const
{
    const Field field = m_fields.value(error.field);
    const auto *edit = qobject_cast<const QLineEdit *>(field.input);
    if (edit && edit->text().trimmed().isEmpty() && error.code == ErrorCode::InvalidFormat)
        return ErrorText::forField({error.field, ErrorCode::Required, QString()});
    if (error.code == ErrorCode::InvalidFormat && error.field == QLatin1String("address"))
        return tr("Enter an e-mail address such as name@example.fr.");
    if (error.code == ErrorCode::InvalidFormat && error.field == QLatin1String("host"))
        return tr("Enter a server name such as imap.example.fr.");
    return ErrorText::forField(error);
}

void ImapDialog::showErrors()
{
    const FieldErrors errors = currentErrors();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString &key = it.key();
        const bool fromServer = std::any_of(m_serverErrors.cbegin(), m_serverErrors.cend(),
                                            [&key](const FieldError &e) { return e.field == key; });
        QString text;
        if (m_showAll || fromServer || m_touched.contains(key)) {
            for (const FieldError &error : errors) {
                if (error.field == key) {
                    text = sentenceFor(error);
                    break;
                }
            }
        }
        it->error->setText(text);
        it->error->setVisible(!text.isEmpty());
        // Screen readers hear the message with the field.
        it->input->setAccessibleDescription(text.isEmpty() ? it->baseDescription
                                                           : it->baseDescription + QStringLiteral(". ") + text);
    }
    fitHeight();
}

void ImapDialog::submit()
{
    if (m_sending)
        return;
    m_showAll = true;
    m_serverErrors.clear();
    setFormError(QString());
    showErrors();
    const FieldErrors errors = currentErrors();
    for (const QString &key : kOrder) {
        if (std::any_of(errors.cbegin(), errors.cend(), [&key](const FieldError &e) { return e.field == key; })) {
            m_fields.value(key).input->setFocus();
            return;
        }
    }
    send();
}

void ImapDialog::send()
{
    ImapConnectRequest r = request();
    setSending(true);
    if (!m_mailboxes.addImap(r)) { // r.password is cleared by the controller only once sent
        setSending(false);
        setFormError(tr("Another change to your mailboxes is in progress. Try again in a moment."));
        return;
    }
    // Sent: the form lets the password go (the controller has already wiped its own copy).
    m_ui->mailboxesImapPasswordLineEdit->clear();
}

void ImapDialog::onFailed(const api::ApiError &error)
{
    if (!m_sending)
        return;
    setSending(false);
    // A refused login names its field; a failure of Facturos itself (network, session) names none.
    m_serverErrors = m_mailboxes.imapFieldErrors();
    showErrors();
    QString focusField;
    for (const QString &key : kOrder) {
        if (std::any_of(m_serverErrors.cbegin(), m_serverErrors.cend(),
                        [&key](const FieldError &e) { return e.field == key; })) {
            focusField = key;
            break;
        }
    }
    // The field's own message says it all; otherwise one sentence for the whole form.
    setFormError(focusField.isEmpty() ? ErrorText::forApi(error) : QString());
    m_fields.value(focusField.isEmpty() ? QStringLiteral("password") : focusField).input->setFocus();
}

void ImapDialog::setSending(bool sending)
{
    m_sending = sending;
    for (const Field &field : std::as_const(m_fields))
        field.input->setEnabled(!sending);
    m_connectButton->setEnabled(!sending);
    m_ui->mailboxesImapProgressBar->setVisible(sending);
    //: %1 is a server name such as imap.example.fr.
    m_ui->mailboxesImapProgressLabel->setText(
        sending ? tr("Checking the login with %1…").arg(m_ui->mailboxesImapHostLineEdit->text().trimmed()) : QString());
    m_ui->mailboxesImapProgressLabel->setVisible(sending);
    if (sending)
        setFormError(QString());
    fitHeight();
}

void ImapDialog::setFormError(const QString &text)
{
    m_ui->mailboxesImapErrorLabel->setText(text);
    m_ui->mailboxesImapErrorLabel->setVisible(!text.isEmpty());
    fitHeight();
}

} // namespace facturos::pages
