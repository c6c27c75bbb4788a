#include "runresult.h"

#include <algorithm>

namespace Lab {

int RunResult::count(TaskStatus s) const
{
    return int(
        std::count_if(spans.begin(), spans.end(), [s](const TaskSpan& span) { return span.status == s; }));
}

} // namespace Lab
