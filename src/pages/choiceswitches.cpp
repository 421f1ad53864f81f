#include "pages/choiceswitches.h"

#include "pages/errortext.h"

#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace facturos::pages {

using controllers::ChoicesController;

ChoiceSwitches::ChoiceSwitches(ChoicesController &choices, QMap<QString, QCheckBox *> switches, Widgets widgets,
                               QWidget *page)
    : QObject(page), m_choices(choices), m_switches(std::move(switches)), m_w(widgets)
{
    for (auto it = m_switches.cbegin(); it != m_switches.cend(); ++it) {
        const QString key = it.key();
        // clicked() only comes from the user (mouse or keyboard), never from showValues().
        connect(it.value(), &QCheckBox::clicked, this, [this, key](bool checked) {
            change([this, key, checked] { return m_choices.setValue(key, checked); });
        });
    }
    connect(m_w.undo, &QPushButton::clicked, this, [this] {
        m_error.clear();
        setStatus(tr("Undoing…"));
        m_choices.undo();
        showValues();
        showState();
    });
    connect(m_w.retry, &QPushButton::clicked, this, [this] {
        m_error.clear();
        m_choices.load();
        showState();
    });
    connect(&choices, &ChoicesController::loaded, this, &ChoiceSwitches::showValues);
    connect(&choices, &ChoicesController::valuesChanged, this, &ChoiceSwitches::showValues);
    connect(&choices, &ChoicesController::undoAvailableChanged, this, &ChoiceSwitches::showState);
    connect(&choices, &controllers::Controller::stateChanged, this, &ChoiceSwitches::showState);
    connect(&choices, &ChoicesController::saved, this, [this] {
        m_error.clear();
        setStatus(tr("Saved."));
        showValues();
        showState();
    });
    connect(&choices, &controllers::Controller::failed, this, &ChoiceSwitches::showFailure);
    setStatus(QString());
    showValues();
    showState();
    // Built after a failed read (a page is built when its section first shows): as if it had just failed.
    if (choices.state() == controllers::State::Error)
        showFailure(choices.error());
}

void ChoiceSwitches::showFailure(const api::ApiError &error)
{
    m_error = ErrorText::forApi(error);
    setStatus(QString());
    showValues();
    showState();
}

void ChoiceSwitches::change(const std::function<bool()> &request)
{
    m_error.clear();
    setStatus(tr("Saving…"));
    if (!request())
        setStatus(QString());
    showValues();
    showState();
}

bool ChoiceSwitches::anyOn(const QStringList &keys) const
{
    for (const QString &key : keys)
        if (m_choices.value(key))
            return true;
    return false;
}

void ChoiceSwitches::showValues()
{
    for (auto it = m_switches.cbegin(); it != m_switches.cend(); ++it)
        it.value()->setChecked(m_choices.value(it.key()));
    m_w.locked->setChecked(true);
    emit refreshed();
}

void ChoiceSwitches::showState()
{
    m_w.loading->setVisible(m_choices.state() == controllers::State::Loading);
    for (QCheckBox *box : std::as_const(m_switches))
        box->setEnabled(m_choices.hasLoaded());
    m_w.locked->setEnabled(false);
    m_w.undo->setVisible(m_choices.canUndo() && !m_choices.isBusy());
    m_w.error->setText(m_error);
    m_w.error->setVisible(!m_error.isEmpty());
    // The first read failed for a reason the connection banner does not retry (the server's own failure).
    m_w.retry->setVisible(m_choices.state() == controllers::State::Error && !m_choices.hasLoaded() &&
                          !ErrorText::isConnectionProblem(m_choices.error()));
    m_w.statusFrame->setVisible(!m_w.status->text().isEmpty() || !m_w.undo->isHidden());
    emit refreshed();
}

void ChoiceSwitches::setStatus(const QString &text)
{
    m_w.status->setText(text);
    m_w.statusFrame->setVisible(!text.isEmpty() || m_choices.canUndo());
}

} // namespace facturos::pages
