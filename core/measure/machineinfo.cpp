#include "measure/machineinfo.h"

#include "labtypes.h"

#include <QFile>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {

QString cpuModel()
{
    QFile file(u"/proc/cpuinfo"_s);
    if (!file.open(QIODevice::ReadOnly))
        return QSysInfo::currentCpuArchitecture();
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith("model name")) {
            const qsizetype colon = line.indexOf(':');
            return QString::fromUtf8(line.mid(colon + 1)).trimmed();
        }
    }
    return QSysInfo::currentCpuArchitecture();
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
