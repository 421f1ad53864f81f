#pragma once
// Binds a page's switches to a ChoicesController: a flip is saved at once ("Saving…" then "Saved." with Undo),
// a failure puts the switch back (the controller does) and shows ErrorText's sentence. Shared by the
// Communications and Cookies & tracking pages, which only add their own buttons on top.

#include "controllers/choicescontroller.h"

#include <functional>
#include <QMap>
#include <QObject>

class QCheckBox;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;

namespace facturos::pages {

class ChoiceSwitches final : public QObject
{
    Q_OBJECT
public:
    struct Widgets
    {
        QProgressBar *loading = nullptr;
        QFrame *statusFrame = nullptr;
        QLabel *status = nullptr;
        QPushButton *undo = nullptr;
        QLabel *error = nullptr;
        QCheckBox *locked = nullptr;  // the always-on item, shown checked and disabled
        QPushButton *retry = nullptr; // reads again after a failed first read
    };

    // `switches`: key → its switch. Parented to the page.
    ChoiceSwitches(controllers::ChoicesController &choices, QMap<QString, QCheckBox *> switches, Widgets widgets,
                   QWidget *page);

    // Runs a user change (one switch, "all off"…): shows "Saving…" unless the controller refused it.
    void change(const std::function<bool()> &request);
    [[nodiscard]] bool anyOn(const QStringList &keys) const;

signals:
    // The values or the state changed: the page updates its own buttons.
    void refreshed();

private:
    void showValues();
    void showState();
    void showFailure(const api::ApiError &error);
    void setStatus(const QString &text);

    controllers::ChoicesController &m_choices;
    QMap<QString, QCheckBox *> m_switches;
    Widgets m_w;
    QString m_error; // the last failure's sentence, until the next change or success
};

} // namespace facturos::pages
