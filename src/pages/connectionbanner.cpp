#include "pages/connectionbanner.h"

#include "pages/errortext.h"

#include <cmath>
#include <QLabel>
#include <QPushButton>

namespace facturos::pages {

ConnectionBanner::ConnectionBanner(QWidget *frame, QLabel *label, QPushButton *retryButton, std::function<bool()> retry,
                                   QObject *parent)
    : QObject(parent), m_frame(frame), m_label(label), m_retry(std::move(retry))
{
    m_attemptTimer.setSingleShot(true);
    m_attemptTimer.setTimerType(Qt::PreciseTimer); // the countdown reads its remaining time
    m_tick.setInterval(1000);
    connect(&m_attemptTimer, &QTimer::timeout, this, &ConnectionBanner::retryNow);
    connect(&m_tick, &QTimer::timeout, this, &ConnectionBanner::updateText);
    connect(retryButton, &QPushButton::clicked, this, &ConnectionBanner::retryNow);
    m_frame->setVisible(false);
}

void ConnectionBanner::setDelays(QList<int> delaysMs)
{
    if (!delaysMs.isEmpty())
        m_delays = std::move(delaysMs);
}

void ConnectionBanner::showProblem()
{
    m_frame->setVisible(true);
    if (m_attemptTimer.isActive())
        return; // several actions failing together: one countdown
    m_trying = false;
    m_attemptTimer.start(m_delays.at(std::min(m_step, int(m_delays.size()) - 1)));
    ++m_step;
    m_tick.start();
    updateText();
}

void ConnectionBanner::hide()
{
    m_attemptTimer.stop();
    m_tick.stop();
    m_step = 0;
    m_trying = false;
    m_frame->setVisible(false);
}

bool ConnectionBanner::isShown() const
{
    return !m_frame->isHidden();
}

void ConnectionBanner::retryNow()
{
    m_attemptTimer.stop();
    m_tick.stop();
    m_trying = true;
    updateText();
    if (!m_retry())
        hide();
}

void ConnectionBanner::updateText()
{
    QString next;
    if (m_trying) {
        next = tr("Trying again now…");
    } else {
        const int seconds = std::max(1, int(std::ceil(m_attemptTimer.remainingTime() / 1000.0)));
        next = tr("Next try in %n second(s).", nullptr, seconds);
    }
    m_label->setText(ErrorText::unreachable() + QLatin1Char(' ') + next);
}

} // namespace facturos::pages
