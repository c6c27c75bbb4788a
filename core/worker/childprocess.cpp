#include "worker/childprocess.h"

#include <QCoreApplication>

#include <csignal>
#include <cstring>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Lab::ChildProcess {

void dieWithParent(pid_t parent)
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) // the parent went before prctl took effect
        ::_exit(1);
}

// The number for those who know it, the system's name for the rest. QProcess gives the signal of
// a crash as its exit code.
QString exitReason(const QString& worker, int code, QProcess::ExitStatus status)
{
    if (status == QProcess::NormalExit)
        return QCoreApplication::translate("Lab::ProcessExecutor", "%1 exited with code %2")
            .arg(worker)
            .arg(code);
    const char* name = sigdescr_np(code);
    const QString signal = name ? u"%1 (%2)"_s.arg(code).arg(QString::fromUtf8(name)) : QString::number(code);
    return QCoreApplication::translate("Lab::ProcessExecutor", "%1 stopped: signal %2").arg(worker, signal);
}

} // namespace Lab::ChildProcess
