#pragma once

#include "benchmark.h"

namespace Lab::Bench {

// `concurrency-lab bench` in the QApplication that exists: measures, prints the table on standard
// output and, when `jsonPath` is given, writes the figures there. Returns the exit code.
int runCommand(Options options, const QString& jsonPath);

} // namespace Lab::Bench
