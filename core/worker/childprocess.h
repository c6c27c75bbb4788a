#pragma once

#include <QProcess>
#include <QString>

#include <sys/types.h>

// How a worker process is tied to the app, and how its end is told to a person.
namespace Lab::ChildProcess {

// In the child between fork and exec: die with the thread that started it (PR_SET_PDEATHSIG).
void dieWithParent(pid_t parent);

// "process-2 stopped: signal 11 (Segmentation fault)", "process-2 exited with code 3".
QString exitReason(const QString& worker, int code, QProcess::ExitStatus status);

} // namespace Lab::ChildProcess
