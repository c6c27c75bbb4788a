#include "worker/childprocess.h"

#include "platform/process.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Lab::ChildProcess {

// The number for those who know it, the system's name for the rest. QProcess gives the signal of
// a crash as its exit code.
QString exitReason(const QString& worker, int code, QProcess::ExitStatus status)
{
    if (status == QProcess::NormalExit)
        return QCoreApplication::translate("Lab::ProcessExecutor", "%1 exited with code %2")
            .arg(worker)
            .arg(code);
    const QString name = Platform::signalName(code);
    const QString signal = name.isEmpty() ? QString::number(code) : u"%1 (%2)"_s.arg(code).arg(name);
    return QCoreApplication::translate("Lab::ProcessExecutor", "%1 stopped: signal %2").arg(worker, signal);
}

} // namespace Lab::ChildProcess
