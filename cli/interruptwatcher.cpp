#include "interruptwatcher.h"

#include "platform/interrupts.h"

#include <QSocketNotifier>

namespace Lab {

InterruptWatcher::InterruptWatcher(QObject* parent) : QObject(parent)
{
    const int fd = Platform::watchInterrupts();
    if (fd < 0)
        return;
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptWatcher::onReadable);
}

InterruptWatcher::~InterruptWatcher()
{
    delete m_notifier; // before its descriptor closes
    Platform::stopWatchingInterrupts();
}

void InterruptWatcher::onReadable()
{
    Platform::takeInterrupt(int(m_notifier->socket()));
    Q_EMIT interrupted();
}

} // namespace Lab
