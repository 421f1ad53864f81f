#pragma once
// The Communications section: one switch per marketing purpose, saved as soon as it is flipped, with a visible
// "Saved" and Undo; the mandatory service messages shown locked on with why; "Unsubscribe from all marketing".
// A failed save puts the switch back (the controller does) and shows ErrorText's sentence.

#include "controllers/choicescontroller.h"

#include <memory>
#include <QMap>
#include <QWidget>

class QCheckBox;

namespace Ui {
class CommunicationsPage;
}

namespace facturos::pages {

class CommunicationsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CommunicationsPage(controllers::CommunicationsController &communications, QWidget *parent = nullptr);
    ~CommunicationsPage() override;

private:
    void showValues();
    void showState();
    void setStatus(const QString &text);

    std::unique_ptr<Ui::CommunicationsPage> m_ui;
    controllers::CommunicationsController &m_communications;
    QMap<QString, QCheckBox *> m_switches; // key → its switch
    QString m_error;                       // the last failure's sentence, until the next change or success
};

} // namespace facturos::pages
