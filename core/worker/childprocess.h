#pragma once

#include <QProcess>
#include <QString>

// How the end of a child process is told to a person.
namespace Lab::ChildProcess {

// "process-2 stopped: signal 11 (Segmentation fault)", "process-2 exited with code 3".
QString exitReason(const QString& worker, int code, QProcess::ExitStatus status);

} // namespace Lab::ChildProcess
