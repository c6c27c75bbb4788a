#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;
class QSaveFile;

// Files the app writes: whole or not at all, with the system's reason when they cannot be.
namespace Lab::Files {

// Writes what it is given into `out`; false as soon as a write fails (the device says why).
using Writer = std::function<bool(QIODevice& out)>;

// Writes `path` through a QSaveFile: the old file stays until the new one is whole, a failed or
// cut write leaves nothing. A device (/dev/null, /dev/full, a pipe) is written into instead of
// replaced. On failure: "cannot write <path>: <reason>", translated.
std::optional<QString> writeFile(const QString& path, const QByteArray& bytes);
std::optional<QString> writeFile(const QString& path, const Writer& write);

// Writes all of `bytes`; false when the device would take no more. A write cut short gives no
// reason ("Unknown error"), so the rest is written again until the device names the error.
bool writeAll(QIODevice& out, QByteArrayView bytes);

// Flushes and commits: false, with the reason in file.errorString(), unless all of it is on disk.
bool commitWhole(QSaveFile& file);

// A folder this call made, so that nothing else writes into it: `wanted` when it did not exist,
// else the first free of `wanted`-2, `wanted`-3, …; its parents are made as needed. Absolute.
struct NewFolder {
    QString path;
    QString error; // "cannot create the folder <path>: <reason>", translated; empty when made
};
NewFolder makeNewFolder(const QString& wanted);

} // namespace Lab::Files
