#pragma once

#include "work/workload.h"

#include <QByteArray>
#include <QByteArrayView>

#include <variant>

// The framed protocol between the app and its worker processes, as pure functions on bytes.
// A frame is: u32 length of the rest (big-endian) | u16 version | u8 type | body.
// Strings are u32 byte count + UTF-8; integers are big-endian.
namespace Lab::Protocol {

// 2: a result carries its task's states; 3: and whether more results follow it in the same write
inline constexpr quint16 version = 3;
inline constexpr qsizetype headerSize = 4;
inline constexpr qsizetype maxFrameSize = 1 << 20; // a result is a few dozen bytes; a megabyte is garbage
// A worker's task without the GIL has one to three states; more is garbage.
inline constexpr int maxResultStates = 1024;

struct Hello { // worker → app, once at start
    qint64 pid = 0;
    bool operator==(const Hello&) const = default;
};
struct Task { // app → worker
    TaskSpec spec;
    QString workerName;
    bool operator==(const Task& o) const;
};
struct Result { // worker → app, one per task, in the order the tasks came
    int id = 0;
    TaskStatus status = TaskStatus::Ok;
    qint64 startNs = 0; // monotonicNs() in the worker: the same clock as the app's
    qint64 endNs = 0;
    QString text;
    StateSlices states{}; // what the task did from startNs to endNs; the same clock
    // Written with the results after it, in one write: its way back is theirs, the last one's.
    bool moreInWrite = false;
    bool operator==(const Result&) const = default;
};
struct Bye { // worker → app, when its stdin closes: what it used
    qint64 userUs = 0;
    qint64 systemUs = 0;
    bool operator==(const Bye&) const = default;
};

using Frame = std::variant<Hello, Task, Result, Bye>;

QByteArray encode(const Frame& frame);

enum class DecodeStatus {
    Ok,       // a frame was decoded; `consumed` bytes may be dropped
    NeedMore, // the buffer holds only part of a frame
    WrongVersion,
    Oversized,
    Malformed, // unknown type, a field past the end, bytes left over, a bad value
};

struct Decoded {
    DecodeStatus status = DecodeStatus::NeedMore;
    Frame frame;
    qsizetype consumed = 0;
};

// Decodes the first frame of `buffer`. Never reads past its end, never allocates more than it holds.
Decoded decode(QByteArrayView buffer);

QString describe(DecodeStatus status); // translated, for error messages
// Translated: what was cut when the input ends with `partial`, part of a frame (decode() said
// NeedMore), e.g. "the input ended inside a frame (9 of its 31 bytes)".
QString describeCutFrame(QByteArrayView partial);

} // namespace Lab::Protocol
