#include "testsupport.h"
#include "worker/stderrtail.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestStderrTail : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { LabTest::failOnAnyWarning(); }

    void keepsTheLastBytes_data()
    {
        QTest::addColumn<qsizetype>("capacity");
        QTest::addColumn<QByteArrayList>("chunks");
        QTest::addColumn<QByteArray>("kept");
        QTest::newRow("nothing said") << qsizetype(8) << QByteArrayList{} << QByteArray();
        QTest::newRow("under the bound") << qsizetype(8) << QByteArrayList{"ab", "cd"} << QByteArray("abcd");
        QTest::newRow("exactly the bound")
            << qsizetype(4) << QByteArrayList{"ab", "cd"} << QByteArray("abcd");
        QTest::newRow("over it, across chunks")
            << qsizetype(4) << QByteArrayList{"abc", "def"} << QByteArray("cdef");
        QTest::newRow("one chunk over it")
            << qsizetype(4) << QByteArrayList{"abcdefgh"} << QByteArray("efgh");
        QTest::newRow("a big chunk after a small one")
            << qsizetype(4) << QByteArrayList{"xy", "abcdefgh"} << QByteArray("efgh");
        QTest::newRow("small chunks after a big one")
            << qsizetype(4) << QByteArrayList{"abcdefgh", "i", "j"} << QByteArray("ghij");
        QTest::newRow("empty chunks") << qsizetype(4) << QByteArrayList{"", "ab", ""} << QByteArray("ab");
    }
    void keepsTheLastBytes()
    {
        QFETCH(qsizetype, capacity);
        QFETCH(QByteArrayList, chunks);
        QFETCH(QByteArray, kept);
        Lab::StderrTail tail(capacity);
        for (const QByteArray& chunk : chunks)
            tail.append(chunk);
        QCOMPARE(tail.bytes(), kept);
    }

    // What a flooding worker sends: 32 MiB in pipe-sized reads; 4 KiB stay, the last of them.
    void aFloodKeepsTheDefaultBound()
    {
        Lab::StderrTail tail;
        const QByteArray chunk(64 * 1024, 'e');
        for (int i = 0; i < 512; ++i)
            tail.append(chunk);
        tail.append("the end");
        QCOMPARE(tail.bytes().size(), Lab::StderrTail::defaultCapacity);
        QVERIFY(tail.bytes().endsWith("eeethe end"));
    }

    void text_data()
    {
        QTest::addColumn<QByteArray>("said");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("lastLine");
        QTest::newRow("nothing") << QByteArray() << QString() << QString();
        QTest::newRow("one line") << QByteArray("worker: bad frame\n") << u"worker: bad frame"_s
                                  << u"worker: bad frame"_s;
        QTest::newRow("a Python traceback")
            << QByteArray("Traceback (most recent call last):\n  File \"x.py\", line 1\n"
                          "ZeroDivisionError: division by zero\n\n")
            << u"Traceback (most recent call last):\n  File \"x.py\", line 1\n"
               u"ZeroDivisionError: division by zero"_s
            << u"ZeroDivisionError: division by zero"_s;
        QTest::newRow("Thai, UTF-8") << QByteArray("  ผิดพลาด \n") << u"ผิดพลาด"_s << u"ผิดพลาด"_s;
    }
    void text()
    {
        QFETCH(QByteArray, said);
        QFETCH(QString, text);
        QFETCH(QString, lastLine);
        Lab::StderrTail tail;
        tail.append(said);
        QCOMPARE(tail.text(), text);
        QCOMPARE(tail.lastLine(), lastLine);
    }
};

QTEST_GUILESS_MAIN(TestStderrTail)
#include "tst_stderrtail.moc"
