#pragma once
// The Cookies & tracking section: one switch per tracking category with its vendors, saved as soon as it is
// flipped (ChoiceSwitches); strictly necessary shown locked on with why; "Accept all" and "Refuse all" equally
// prominent; the Do Not Track / Global Privacy Control request with an honest note on what it does.

#include "controllers/choicescontroller.h"

#include <memory>
#include <QWidget>

namespace Ui {
class CookiesPage;
}

namespace facturos::pages {

class ChoiceSwitches;

class CookiesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CookiesPage(controllers::PrivacyController &privacy, QWidget *parent = nullptr);
    ~CookiesPage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showButtons();
    void equalizeButtons();

    std::unique_ptr<Ui::CookiesPage> m_ui;
    controllers::PrivacyController &m_privacy;
    ChoiceSwitches *m_switches = nullptr;
};

} // namespace facturos::pages
