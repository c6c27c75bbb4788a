#include "files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace Lab::Files {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Lab::Files)
};

// Enough for every run of a long workshop in one folder; past it, the folder is not ours to fill.
constexpr int maxSameNamedFolders = 9999;

QString cannotWrite(const QString& path, const QString& reason)
{
    return Tr::tr("cannot write %1: %2").arg(path, reason);
}

QString cannotCreate(const QString& path, const std::error_code& error)
{
    return Tr::tr("cannot create the folder %1: %2").arg(path, QString::fromLocal8Bit(error.message()));
}

// A write that put part of a buffer on disk fails with no reason of its own ("Unknown error"); the
// next flush meets the system's error and names it ("No space left on device").
QString reasonOf(QFileDevice& file)
{
    const QString unknown = QFile().errorString();
    if (file.errorString() == unknown)
        file.flush();
    return file.errorString();
}

std::filesystem::path native(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

} // namespace

bool writeAll(QIODevice& out, QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        const qint64 written = out.write(bytes.data(), bytes.size());
        if (written <= 0)
            return false;
        bytes = bytes.sliced(written);
    }
    return true;
}

bool commitWhole(QSaveFile& file)
{
    // Qt 6.4's commit() ignores an error of its own last flush, so a disk that fills up mid-file
    // would leave a short file called whole: flush first. A flush that wrote part of its buffer
    // gives no reason; the second meets the error and names it ("No space left on device").
    return (file.flush() || file.flush()) && file.commit();
}

std::optional<QString> writeFile(const QString& path, const Writer& write)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        // A device (/dev/null, /dev/full, a pipe): write into it; a save file would replace it.
        QFile device(path);
        if (device.open(QIODevice::WriteOnly) && write(device) && (device.flush() || device.flush()))
            return std::nullopt;
        return cannotWrite(path, reasonOf(device));
    }
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && write(file) && commitWhole(file))
        return std::nullopt;
    return cannotWrite(path, reasonOf(file)); // the save file removes what it wrote
}

std::optional<QString> writeFile(const QString& path, const QByteArray& bytes)
{
    return writeFile(path, [&bytes](QIODevice& out) { return writeAll(out, bytes); });
}

NewFolder makeNewFolder(const QString& wanted)
{
    const QString absolute = QDir::cleanPath(QFileInfo(wanted).absoluteFilePath());
    const QString parent = QFileInfo(absolute).path();
    std::error_code error;
    std::filesystem::create_directories(native(parent), error);
    if (error)
        return {{}, cannotCreate(absolute, error)};
    // mkdir makes a folder or fails: two runs that ask for the same name at once get two folders.
    for (int n = 1; n <= maxSameNamedFolders; ++n) {
        const QString candidate = n == 1 ? absolute : u"%1-%2"_s.arg(absolute, QString::number(n));
        if (std::filesystem::create_directory(native(candidate), error))
            return {candidate, {}};
        if (error) // not "it exists as a folder": a file of that name, no permission, …
            return {{}, cannotCreate(candidate, error)};
    }
    return {{},
            Tr::tr("cannot create the folder %1: %2 folders of that name exist already")
                .arg(absolute, QString::number(maxSameNamedFolders))};
}

} // namespace Lab::Files
