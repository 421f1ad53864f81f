#pragma once
// The banner shown while Facturos cannot be reached: it says so, counts down to the next automatic attempt
// (5 s, then 10, 20, 30, then every minute) and offers Retry now. The window decides what to retry.

#include <functional>
#include <QList>
#include <QObject>
#include <QTimer>

class QLabel;
class QPushButton;
class QWidget;

namespace facturos::pages {

class ConnectionBanner final : public QObject
{
    Q_OBJECT
public:
    // `retry` runs the failed actions again; it returns false when there was nothing left to retry (the
    // banner then hides). The banner does not own the widgets.
    ConnectionBanner(QWidget *frame, QLabel *label, QPushButton *retryButton, std::function<bool()> retry,
                     QObject *parent = nullptr);

    // The waits before each automatic attempt; the last one repeats.
    void setDelays(QList<int> delaysMs);
    // Shows the banner (or keeps it) and schedules the next automatic attempt unless one is counting down.
    void showProblem();
    // The connection works again: hidden, and the next problem starts from the first delay.
    void hide();
    [[nodiscard]] bool isShown() const;
    // Runs the failed actions again now (Retry, or the connection came back for one of them).
    void retryNow();

private:
    void updateText();

    QWidget *m_frame;
    QLabel *m_label;
    std::function<bool()> m_retry;
    QList<int> m_delays = {5000, 10000, 20000, 30000, 60000};
    int m_step = 0;
    bool m_trying = false;
    QTimer m_attemptTimer; // fires the next automatic attempt
    QTimer m_tick;         // refreshes the countdown every second
};

} // namespace facturos::pages
