#pragma once
// The Communications section: one switch per marketing purpose, saved as soon as it is flipped, with a visible
// "Saved" and Undo (ChoiceSwitches); the mandatory service messages shown locked on with why; "Unsubscribe from
// all marketing".

#include "controllers/choicescontroller.h"

#include <memory>
#include <QWidget>

namespace Ui {
class CommunicationsPage;
}

namespace facturos::pages {

class ChoiceSwitches;

class CommunicationsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CommunicationsPage(controllers::CommunicationsController &communications, QWidget *parent = nullptr);
    ~CommunicationsPage() override;

private:
    void showButtons();

    std::unique_ptr<Ui::CommunicationsPage> m_ui;
    controllers::CommunicationsController &m_communications;
    ChoiceSwitches *m_switches = nullptr;
};

} // namespace facturos::pages
