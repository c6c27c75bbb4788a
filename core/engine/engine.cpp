#include "engine/engine.h"

#include "canceltoken.h"
#include "engine/runcontroller.h"

using namespace Qt::StringLiterals;

namespace Lab {

Engine::Engine(QObject* parent) : QObject(parent), m_frontEnd(ProcStat::FrontEndThread::current())
{
    m_labThread.setObjectName(u"lab"_s);
    m_labThread.start();
}

Engine::~Engine()
{
    if (m_current) {
        m_cancel->cancel();
        RunController* controller = m_current;
        controller->disconnect(this);
        QMetaObject::invokeMethod(
            controller, [controller] { delete controller; }, Qt::BlockingQueuedConnection);
    }
    m_labThread.quit();
    m_labThread.wait();
}

bool Engine::start(const RunConfig& config)
{
    if (m_current)
        return false;
    m_cancel = std::make_shared<CancelToken>();
    auto* controller = new RunController(config, m_runs++, m_frontEnd, m_cancel);
    controller->moveToThread(&m_labThread);
    connect(controller, &RunController::progress, this, &Engine::progress);
    connect(controller, &RunController::finished, this, &Engine::onFinished);
    m_current = controller;
    QMetaObject::invokeMethod(controller, &RunController::start, Qt::QueuedConnection);
    return true;
}

void Engine::cancel()
{
    if (!m_current)
        return;
    m_cancel->cancel(); // seen at once by blocked waits and CPU loops
    QMetaObject::invokeMethod(m_current, &RunController::cancel, Qt::QueuedConnection);
}

void Engine::onFinished(const Lab::RunResultPtr& result)
{
    if (m_current)
        m_current->deleteLater();
    m_current = nullptr;
    Q_EMIT runFinished(result);
}

} // namespace Lab
