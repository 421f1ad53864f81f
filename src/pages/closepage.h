#pragma once
// The Close account section: before closing, what is deleted, what is kept and why, the 30-day grace period
// and the export offered first; then the typed e-mail, an optional reason and the marketing opt-out, a
// confirmation and the fresh sign-in in the browser (step-up). Once a closure is scheduled: its date, what
// happens meanwhile and "Cancel closure".

#include "controllers/closurecontroller.h"
#include "controllers/sessioncontroller.h"

#include <memory>
#include <QWidget>

namespace Ui {
class ClosePage;
}

namespace facturos::pages {

class Prompter;

class ClosePage final : public QWidget
{
    Q_OBJECT
public:
    // `session` tells whether the step-up sign-in waits for the browser (and cancels it).
    ClosePage(controllers::ClosureController &closure, controllers::SessionController &session, Prompter &prompter,
              QWidget *parent = nullptr);
    ~ClosePage() override;

signals:
    // "Download my data first": the composition root shows Your data and starts the export there.
    void exportRequested();

private:
    void refresh();
    void showConfirmError();
    void showScheduled();
    void closeAccount();
    void copyStepUpLink();
    void onClosureChanged(bool scheduled);
    void onFailed(const api::ApiError &error);
    [[nodiscard]] bool typedEmailMatches() const;

    std::unique_ptr<Ui::ClosePage> m_ui;
    controllers::ClosureController &m_closure;
    controllers::SessionController &m_session;
    Prompter &m_prompter;
    bool m_stoppedMarketing = false;   // of the closure shown, for the note after cancelling it
    bool m_cancelledElsewhere = false; // Cancel found no closure left: the reload that follows says so
};

} // namespace facturos::pages
