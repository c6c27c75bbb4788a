// concurrency-lab-worker: a process of the pool on its own, linked with Qt Core alone, so that it
// starts in a third of the time the whole app takes to load its 50 libraries (see
// docs/performance.md). `concurrency-lab worker` is the same loop, for a copy of the app alone.
#include "worker/workerloop.h"

int main()
{
    return Lab::runWorkerLoop(0, 1);
}
