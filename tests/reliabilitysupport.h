#pragma once

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

// Shared by the reliability tests: tst_diskfaults, tst_badinput and tst_shutdown.
namespace Reliability {

using namespace Qt::StringLiterals;

inline const QString thaiFolder = u"ผลการทดลอง ครั้งที่ 1"_s;

inline QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

// Every test's init(): any warning fails the test, which gets a fresh scratch folder holding a regular
// file named "file", where a folder might be expected.
inline void startTest(std::unique_ptr<QTemporaryDir>& dir)
{
    LabTest::failOnAnyWarning();
    dir = std::make_unique<QTemporaryDir>();
    QVERIFY(dir->isValid());
    QFile file(dir->filePath(u"file"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a folder");
}

// The executable with its home, and so its default run folder, in `home`.
inline QProcessEnvironment appEnvironment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    for (const QString& name : {u"XDG_DATA_HOME"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s})
        env.remove(name);
    return env;
}

} // namespace Reliability
