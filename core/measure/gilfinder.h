#pragma once

#include "measure/threadsampler.h"

#include <vector>

namespace Lab {

// The futex words of one process's GIL, found in the looks of its threads (how and why: the .cpp);
// sorted, empty when none of its threads waited for it (one thread alone never does).
std::vector<quint64> findGil(const std::vector<const ThreadTrack*>& process);

} // namespace Lab
