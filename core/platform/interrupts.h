#pragma once

// Ctrl+C and termination requests, turned into bytes on a descriptor that an event loop can watch
// (a self-pipe: the handler does nothing but write one byte, which is async-signal-safe).
namespace Lab::Platform {

// Catches SIGINT and SIGTERM from now on; returns the descriptor that becomes readable on each, or
// -1 when it could not be made. One watcher at a time.
int watchInterrupts();
// Reads the byte of one interrupt.
void takeInterrupt(int fd);
// Gives SIGINT and SIGTERM back their default action and closes the descriptors.
void stopWatchingInterrupts();

} // namespace Lab::Platform
