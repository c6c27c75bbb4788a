#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

namespace Lab {

// How long the thread it lives in was kept from its event loop: a timer due every 5 ms notes the
// longest gap between two of its ticks. For the tests and the benchmark of the GUI thread.
class StallWatch final : public QObject {
public:
    StallWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_longestMs = std::max(m_longestMs, m_clock.restart()); });
        m_clock.start();
        m_timer.start(5);
    }
    qint64 longestMs() const { return m_longestMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longestMs = 0;
};

} // namespace Lab
