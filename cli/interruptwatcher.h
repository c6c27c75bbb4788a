#pragma once

#include <QObject>

class QSocketNotifier;

namespace Lab {

// Turns SIGINT and SIGTERM into a signal on the event loop, where it is safe to act on them.
class InterruptWatcher final : public QObject {
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject* parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted();

private:
    void onReadable();
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace Lab
