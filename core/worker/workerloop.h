#pragma once

namespace Lab {

// The pool names the app's language ("th", "en") in this variable: the worker says what it says
// (its results' texts, its words on stderr) in that language. Unset or empty: untranslated.
inline constexpr char workerLanguageVariable[] = "CL_WORKER_LANGUAGE";

// The `worker` mode of the executable: reads task frames on `inFd`, runs each, writes result
// frames on `outFd`, says goodbye with its CPU times when `inFd` closes. Blocking, no event loop.
// Returns the process exit code: 0 after the goodbye; 1 when a pipe fails; 2 for a test fault it
// cannot read; 3 for input that is not whole frames (a bad one, or one the input's end cut off),
// said in one line on stderr.
int runWorkerLoop(int inFd, int outFd);

} // namespace Lab
