#pragma once

#include <QString>

namespace Lab {

struct MachineInfo {
    int cores = 0;
    QString cpuModel;
    QString os;
    QString qt;
    QString app;
};

MachineInfo currentMachine();

} // namespace Lab
