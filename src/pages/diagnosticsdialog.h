#pragma once
// Help › Diagnostics: runs the checks of `--diagnose` against the app's server and keychain, shows the report
// line by line as the checks end, and copies it for support. The sign-in line is the running app's own
// session: restoring the stored one again would rotate (and so break) the refresh token the app holds.

#include "pages/diagnostics.h"

#include <memory>
#include <QDialog>
#include <QStringList>

class QPlainTextEdit;
class QPushButton;

namespace facturos::auth {
class Diagnosis;
}

namespace facturos::pages {

class DiagnosticsDialog final : public QDialog
{
    Q_OBJECT
public:
    // Starts the checks at once; `session` must outlive the dialog.
    DiagnosticsDialog(const DiagnosticsTarget &target, const controllers::SessionController &session,
                      QWidget *parent = nullptr);
    ~DiagnosticsDialog() override;

    // The report as shown (and as Copy puts it on the clipboard).
    [[nodiscard]] QString report() const;
    [[nodiscard]] bool isFinished() const;

signals:
    // The last check ended (QDialog::finished() is about closing).
    void checksFinished();

private:
    void render();
    void copy();

    const controllers::SessionController &m_session;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<auth::Diagnosis> m_diagnosis;
    QStringList m_lines;
    QList<auth::CheckResult> m_results;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace facturos::pages
