#include "files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// Files written whole or not at all, and folders that are a run's alone.
class TestFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writeFile();
    void writeFileFails_data();
    void writeFileFails();
    void writeFileToDevice();
    void aWriterThatFailsLeavesNothing();
    void makeNewFolder_data();
    void makeNewFolder();
    void makeNewFolderFails_data();
    void makeNewFolderFails();
    void foldersAskedForAtOnceAreAllDifferent();
};

void TestFiles::writeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"runs.json"_s);
    const QByteArray bytes = QByteArray(100'000, 'x') + "\n";

    const auto error = Lab::Files::writeFile(path, bytes);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    file.close();

    // Replacing is whole too: nothing of the longer old content is left.
    QVERIFY(!Lab::Files::writeFile(path, "short"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("short"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{u"runs.json"_s});
}

void TestFiles::writeFileFails_data()
{
    QTest::addColumn<QString>("relative"); // under the temporary folder, "" for an absolute path
    QTest::addColumn<QString>("absolute");

    QTest::newRow("under /dev/full") << QString() << u"/dev/full/x.json"_s;
    QTest::newRow("under a regular file") << u"file/x.json"_s << QString();
    QTest::newRow("in a missing folder") << u"missing/x.json"_s << QString();
    QTest::newRow("onto a folder") << u"folder"_s << QString();
}

void TestFiles::writeFileFails()
{
    QFETCH(QString, relative);
    QFETCH(QString, absolute);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile regular(dir.filePath(u"file"_s));
    QVERIFY(regular.open(QIODevice::WriteOnly));
    regular.write("keep");
    regular.close();
    QVERIFY(QDir(dir.path()).mkdir(u"folder"_s));
    const QString path = absolute.isEmpty() ? dir.filePath(relative) : absolute;

    const auto error = Lab::Files::writeFile(path, "{}");
    QVERIFY(error.has_value());
    QVERIFY2(error->contains(path), qPrintable(*error));
    QVERIFY(!QFileInfo(path).isFile());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             (QStringList{u"file"_s, u"folder"_s}));
    QVERIFY(QDir(dir.filePath(u"folder"_s)).isEmpty());
    QVERIFY(regular.open(QIODevice::ReadOnly));
    QCOMPARE(regular.readAll(), QByteArray("keep"));
}

// A device, not a file: the write must report the device's error and leave the node alone. As root
// /dev itself would be writable, so the test makes its own node like /dev/full (1, 7) instead.
void TestFiles::writeFileToDevice()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = u"/dev/full"_s;
    if (geteuid() == 0) {
        path = dir.filePath(u"full"_s);
        if (mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, 7)) != 0)
            QSKIP("cannot make a device node here; writing to /dev/full as root would replace it");
    }
    const auto error = Lab::Files::writeFile(path, "{}");
    struct stat after {};
    const bool stillDevice =
        lstat(QFile::encodeName(path).constData(), &after) == 0 && S_ISCHR(after.st_mode);
    QVERIFY2(error.has_value() && error->contains(path), qPrintable(error.value_or(u"no error"_s)));
    QVERIFY(stillDevice);
}

// The writer stops half-way (a full disk while a session is serialised): the old file stays.
void TestFiles::aWriterThatFailsLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"session.json"_s);
    QVERIFY(!Lab::Files::writeFile(path, "old"));
    const auto error = Lab::Files::writeFile(path, [](QIODevice& out) {
        out.write(QByteArray(100'000, 'x'));
        return false;
    });
    QVERIFY(error.has_value() && error->contains(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{u"session.json"_s});
}

void TestFiles::makeNewFolder_data()
{
    QTest::addColumn<QStringList>("existing"); // folders there before, under the temporary folder
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QString>("made");

    QTest::newRow("new") << QStringList() << u"logs-threads"_s << u"logs-threads"_s;
    QTest::newRow("new, with its parents") << QStringList() << u"a/b/logs"_s << u"a/b/logs"_s;
    QTest::newRow("taken") << QStringList{u"logs"_s} << u"logs"_s << u"logs-2"_s;
    QTest::newRow("taken twice") << QStringList{u"logs"_s, u"logs-2"_s} << u"logs"_s << u"logs-3"_s;
    QTest::newRow("a gap is filled") << QStringList{u"logs"_s, u"logs-3"_s} << u"logs"_s << u"logs-2"_s;
    QTest::newRow("a trailing slash") << QStringList{u"logs"_s} << u"logs/"_s << u"logs-2"_s;
    QTest::newRow("Thai, with spaces") << QStringList() << u"บันทึก งาน"_s << u"บันทึก งาน"_s;
}

void TestFiles::makeNewFolder()
{
    QFETCH(QStringList, existing);
    QFETCH(QString, wanted);
    QFETCH(QString, made);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString& folder : existing)
        QVERIFY(QDir(dir.path()).mkpath(folder));

    const Lab::Files::NewFolder folder = Lab::Files::makeNewFolder(dir.filePath(wanted));
    QVERIFY2(folder.error.isEmpty(), qPrintable(folder.error));
    QCOMPARE(folder.path, QDir::cleanPath(dir.filePath(made)));
    QVERIFY(QFileInfo(folder.path).isDir());
    QVERIFY(QDir(folder.path).isEmpty());
}

void TestFiles::makeNewFolderFails_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QString>("named"); // the path the message names
    QTest::addColumn<QString>("reason");

    QTest::newRow("a file of that name") << u"file"_s << u"file"_s << u"File exists"_s;
    QTest::newRow("under a regular file") << u"file/logs"_s << u"file/logs"_s << u"Not a directory"_s;
    QTest::newRow("in a folder nobody may write")
        << u"locked/logs"_s << u"locked/logs"_s << u"Permission denied"_s;
}

void TestFiles::makeNewFolderFails()
{
    QFETCH(QString, wanted);
    QFETCH(QString, named);
    QFETCH(QString, reason);
    if (reason == u"Permission denied"_s && geteuid() == 0)
        QSKIP("root may write into any folder");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(!Lab::Files::writeFile(dir.filePath(u"file"_s), "keep"));
    QVERIFY(QDir(dir.path()).mkdir(u"locked"_s));
    QVERIFY(QFile::setPermissions(dir.filePath(u"locked"_s), QFile::ReadOwner | QFile::ExeOwner));

    const Lab::Files::NewFolder folder = Lab::Files::makeNewFolder(dir.filePath(wanted));
    QVERIFY(folder.path.isEmpty());
    QVERIFY2(folder.error.contains(dir.filePath(named)) && folder.error.contains(reason),
             qPrintable(folder.error));
    QVERIFY(QFileInfo(dir.filePath(u"file"_s)).isFile());
}

// Runs started together with one --out (two learners, one shared folder) never share a folder.
void TestFiles::foldersAskedForAtOnceAreAllDifferent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString wanted = dir.filePath(u"same/logs-threads"_s);
    QThreadPool pool;
    pool.setMaxThreadCount(8);
    QList<QFuture<Lab::Files::NewFolder>> asked;
    for (int i = 0; i < 64; ++i)
        asked.append(QtConcurrent::run(&pool, [&wanted] { return Lab::Files::makeNewFolder(wanted); }));
    QSet<QString> made;
    for (auto& future : asked) {
        const Lab::Files::NewFolder folder = future.result();
        QVERIFY2(folder.error.isEmpty(), qPrintable(folder.error));
        made.insert(folder.path);
    }
    QCOMPARE(made.size(), 64);
    QCOMPARE(QDir(dir.filePath(u"same"_s)).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 64);
}

QTEST_GUILESS_MAIN(TestFiles)
#include "tst_files.moc"
