#pragma once
// The sign-in screen: what the app is for, "Sign in with Facturos", the waiting state (Cancel, copy the link),
// the quiet "Signing you in…" of a silent sign-in at start, and every sign-in error in plain words.

#include "controllers/sessioncontroller.h"

#include <memory>
#include <QWidget>

namespace Ui {
class SignInPage;
}

namespace facturos::pages {

class SignInPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SignInPage(controllers::SessionController &session, QWidget *parent = nullptr);
    ~SignInPage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void copyLink();

    std::unique_ptr<Ui::SignInPage> m_ui;
    controllers::SessionController &m_session;
};

} // namespace facturos::pages
