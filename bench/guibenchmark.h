#pragma once

#include "benchmark.h"

namespace Lab {

// The window's part of `concurrency-lab bench`: a main window (offscreen without a display) runs
// `tasks` weather fetches that do not wait, as coroutines, while a 5 ms timer on the GUI thread
// notes its longest stall; then the timeline of that run is drawn into an image of 1600 × 1000.
Bench::GuiFigures measureWindow(const QString& workerProgram, int tasks);

} // namespace Lab
