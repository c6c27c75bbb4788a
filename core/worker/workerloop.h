#pragma once

namespace Lab {

// The `worker` mode of the executable: reads task frames on `inFd`, runs each, writes result
// frames on `outFd`, says goodbye with its CPU times when `inFd` closes. Blocking, no event loop.
// Returns the process exit code.
int runWorkerLoop(int inFd, int outFd);

} // namespace Lab
