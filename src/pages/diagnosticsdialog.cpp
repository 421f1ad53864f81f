#include "pages/diagnosticsdialog.h"

#include "auth/diagnosis.h"
#include "controllers/sessioncontroller.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace facturos::pages {

DiagnosticsDialog::DiagnosticsDialog(const DiagnosticsTarget &target, const controllers::SessionController &session,
                                     QWidget *parent)
    : QDialog(parent), m_session(session), m_settings(Diagnostics::profileSettings(target.profileDir))
{
    setObjectName(QStringLiteral("diagnosticsDialog"));
    setWindowTitle(tr("Diagnostics"));
    setAccessibleName(tr("Diagnostics"));
    setAccessibleDescription(tr("What the app checked about its connection, sign-in and keyring"));
    resize(720, 420);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What the app checked. Copy this report into your message to support: it holds no "
                                "password, token or e-mail address."),
                             this);
    intro->setObjectName(QStringLiteral("diagnosticsIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("diagnosticsTextEdit"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Diagnostics report"));
    m_text->setAccessibleDescription(tr("One line per check, as it will be copied"));
    layout->addWidget(m_text, 1);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("diagnosticsButtonBox"));
    //: Copies the diagnostics report to the clipboard.
    m_copy = buttons->addButton(tr("C&opy", "diagnostics report"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("diagnosticsCopyButton"));
    m_copy->setAccessibleName(tr("Copy the diagnostics report"));
    m_copy->setAccessibleDescription(tr("Puts the whole report on the clipboard, to paste into a message"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("diagnosticsCloseButton"));
    close->setAccessibleName(tr("Close the diagnostics"));
    connect(m_copy, &QPushButton::clicked, this, &DiagnosticsDialog::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_lines = Diagnostics::environmentLines(target);
    auth::DiagnosisConfig config;
    config.server = target.server;
    config.keychainService = keychainServiceOf(target);
    config.checkStoredSignIn = false;
    m_diagnosis = std::make_unique<auth::Diagnosis>(config, *m_settings);
    connect(m_diagnosis.get(), &auth::Diagnosis::checkFinished, this, [this](const auth::CheckResult &result) {
        m_results.append(result);
        m_lines.append(Diagnostics::line(result));
        render();
    });
    connect(m_diagnosis.get(), &auth::Diagnosis::finished, this, [this] {
        const auth::CheckResult signIn = Diagnostics::liveSignIn(m_session);
        m_results.append(signIn);
        m_lines.append(Diagnostics::line(signIn));
        m_lines.append(Diagnostics::resultLine(m_results));
        render();
        emit checksFinished();
    });
    render();
    m_diagnosis->start();
}

DiagnosticsDialog::~DiagnosticsDialog() = default;

bool DiagnosticsDialog::isFinished() const
{
    return m_diagnosis->isFinished();
}

QString DiagnosticsDialog::report() const
{
    return m_text->toPlainText();
}

void DiagnosticsDialog::render()
{
    QStringList shown = m_lines;
    if (!m_diagnosis || !m_diagnosis->isFinished())
        shown.append(tr("Checking…"));
    m_text->setPlainText(shown.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void DiagnosticsDialog::copy()
{
    QGuiApplication::clipboard()->setText(report());
}

} // namespace facturos::pages
