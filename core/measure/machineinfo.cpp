#include "measure/machineinfo.h"

#include "labtypes.h"
#include "platform/procstat.h"

#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {

QString cpuModel()
{
    const QString model = ProcStat::readCpuModel();
    return model.isEmpty() ? QSysInfo::currentCpuArchitecture() : model;
}

} // namespace

MachineInfo currentMachine()
{
    MachineInfo m;
    m.cores = cpuCores();
    m.cpuModel = cpuModel();
    m.os =
        u"%1 (%2 %3)"_s.arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion());
    m.qt = QString::fromLatin1(qVersion());
    m.app = QStringLiteral(CL_VERSION);
    return m;
}

} // namespace Lab
