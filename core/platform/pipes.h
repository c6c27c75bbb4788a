#pragma once

#include <QByteArrayView>

// Blocking reads and writes of a file descriptor, for the worker, which has no event loop and
// talks to the app over its standard input and output.
namespace Lab::Platform {

constexpr int standardInput = 0;
constexpr int standardOutput = 1;
constexpr int standardError = 2;

// Writes every byte, again after an interrupting signal; false when the other end has gone.
bool writeAll(int fd, QByteArrayView bytes);

// Reads what is there, up to `capacity` bytes, waiting for at least one; again after an
// interrupting signal. The count read, 0 at the end of the input, -1 on an error.
qsizetype readSome(int fd, char* into, qsizetype capacity);

} // namespace Lab::Platform
