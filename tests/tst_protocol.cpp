#include "testsupport.h"
#include "worker/protocol.h"

#include <QRandomGenerator>
#include <QtEndian>

using namespace Qt::StringLiterals;
namespace P = Lab::Protocol;

Q_DECLARE_METATYPE(P::Frame)

class TestProtocol : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { LabTest::failOnAnyWarning(); }

    void roundTrip_data()
    {
        QTest::addColumn<P::Frame>("frame");
        QTest::newRow("hello") << P::Frame(P::Hello{123456});
        Lab::TaskSpec weather{7, Lab::Workload::Weather, u"Chiang Mai"_s, 2000, 0, {}};
        QTest::newRow("weather task") << P::Frame(P::Task{weather, u"process-2"_s});
        Lab::TaskSpec logs{3, Lab::Workload::Logs, u"log_3.txt"_s, 1000, 0, u"/tmp/โฟลเดอร์ ไทย/log_3.txt"_s};
        QTest::newRow("logs task, Thai path") << P::Frame(P::Task{logs, u"process-1"_s});
        Lab::TaskSpec squares{9, Lab::Workload::Squares, u"1000000000"_s, 0, 1'000'000'000, {}};
        QTest::newRow("squares task") << P::Frame(P::Task{squares, u"process-1"_s});
        QTest::newRow("ok result") << P::Frame(
            P::Result{9, Lab::TaskStatus::Ok, 5, 999'999'999'999, u"333333332833333333500000000"_s});
        QTest::newRow("failed result")
            << P::Frame(P::Result{1, Lab::TaskStatus::Failed, 1, 2, u"disk full"_s});
        QTest::newRow("empty text") << P::Frame(P::Result{0, Lab::TaskStatus::Cancelled, 0, 0, {}});
        QTest::newRow("result with more after it in its write")
            << P::Frame(P::Result{5, Lab::TaskStatus::Ok, 10, 20, u"328350"_s, {}, true});
        QTest::newRow("bye") << P::Frame(P::Bye{1'500'000, 20'000});
    }
    void roundTrip()
    {
        QFETCH(P::Frame, frame);
        const QByteArray bytes = P::encode(frame);
        const P::Decoded d = P::decode(bytes);
        QCOMPARE(d.status, P::DecodeStatus::Ok);
        QCOMPARE(d.consumed, bytes.size());
        QVERIFY(d.frame == frame);
    }

    void twoFramesBackToBack()
    {
        const QByteArray a = P::encode(P::Hello{1});
        const QByteArray b = P::encode(P::Bye{2, 3});
        const QByteArray both = a + b;
        const P::Decoded first = P::decode(both);
        QCOMPARE(first.status, P::DecodeStatus::Ok);
        QCOMPARE(first.consumed, a.size());
        const P::Decoded second = P::decode(QByteArrayView(both).sliced(first.consumed));
        QCOMPARE(second.status, P::DecodeStatus::Ok);
        QVERIFY(second.frame == P::Frame(P::Bye{2, 3}));
    }

    void truncatedAtEveryLength()
    {
        const QByteArray bytes = P::encode(P::Result{4, Lab::TaskStatus::Ok, 10, 20, u"Bangkok: 25°C"_s});
        for (qsizetype n = 0; n < bytes.size(); ++n) {
            const P::Decoded d = P::decode(bytes.left(n));
            QCOMPARE(d.status, P::DecodeStatus::NeedMore);
            QCOMPARE(d.consumed, 0);
        }
    }

    // What the end of the input cut: the frame's length, or its body, and how much of it came.
    void aCutFrameIsDescribed_data()
    {
        QTest::addColumn<QByteArray>("partial");
        QTest::addColumn<QString>("said");
        const QByteArray frame = P::encode(P::Result{4, Lab::TaskStatus::Ok, 10, 20, u"Bangkok: 25°C"_s});
        QTest::newRow("one byte of the length")
            << frame.left(1) << u"the input ended inside a frame's length (1 of its 4 bytes)"_s;
        QTest::newRow("three bytes of the length")
            << frame.left(3) << u"the input ended inside a frame's length (3 of its 4 bytes)"_s;
        QTest::newRow("the length alone")
            << frame.left(4) << u"the input ended inside a frame (4 of its %1 bytes)"_s.arg(frame.size());
        QTest::newRow("all but a byte")
            << frame.chopped(1)
            << u"the input ended inside a frame (%1 of its %2 bytes)"_s.arg(frame.size() - 1)
                   .arg(frame.size());
    }
    void aCutFrameIsDescribed()
    {
        QFETCH(QByteArray, partial);
        QFETCH(QString, said);
        QCOMPARE(P::decode(partial).status, P::DecodeStatus::NeedMore);
        QCOMPARE(P::describeCutFrame(partial), said);
    }

    void wrongVersion()
    {
        QByteArray bytes = P::encode(P::Hello{1});
        qToBigEndian<quint16>(P::version + 1, bytes.data() + P::headerSize);
        QCOMPARE(P::decode(bytes).status, P::DecodeStatus::WrongVersion);
    }

    void oversizedIsRefusedBeforeItArrives()
    {
        // Only the header of a huge frame: refused at once, without waiting for (or buffering) the rest.
        QByteArray header(P::headerSize, '\0');
        qToBigEndian<quint32>(quint32(P::maxFrameSize + 1), header.data());
        QCOMPARE(P::decode(header).status, P::DecodeStatus::Oversized);
        qToBigEndian<quint32>(0xFFFFFFFFu, header.data());
        QCOMPARE(P::decode(header).status, P::DecodeStatus::Oversized);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray unknownType = P::encode(P::Hello{1});
        unknownType[P::headerSize + 2] = char(99);
        QTest::newRow("unknown type") << unknownType;
        QByteArray shortBody = P::encode(P::Bye{1, 2});
        shortBody.chop(3);
        qToBigEndian<quint32>(quint32(shortBody.size() - P::headerSize), shortBody.data());
        QTest::newRow("field past the end") << shortBody;
        QByteArray extra = P::encode(P::Hello{1}) + "xyz";
        qToBigEndian<quint32>(quint32(extra.size() - P::headerSize), extra.data());
        QTest::newRow("bytes left over") << extra;
        QByteArray hugeString = P::encode(P::Result{1, Lab::TaskStatus::Ok, 0, 0, u"abc"_s});
        qToBigEndian<quint32>(0x7FFFFFFFu, hugeString.data() + hugeString.size() - 7);
        QTest::newRow("string longer than the frame") << hugeString;
        QByteArray badStatus = P::encode(P::Result{1, Lab::TaskStatus::Ok, 0, 0, {}});
        badStatus[P::headerSize + 3 + 4] = char(42);
        QTest::newRow("unknown status") << badStatus;
        QByteArray badMore = P::encode(P::Result{1, Lab::TaskStatus::Ok, 0, 0, {}});
        badMore[badMore.size() - 1] = char(2);
        QTest::newRow("more after it neither 0 nor 1") << badMore;
        QByteArray negative = P::encode(P::Task{{-5, Lab::Workload::Weather, u"x"_s, 1, 0, {}}, u"w"_s});
        QTest::newRow("negative task id") << negative;
        QByteArray tiny(P::headerSize + 1, '\0');
        qToBigEndian<quint32>(1, tiny.data());
        QTest::newRow("body shorter than a version") << tiny;
    }
    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QCOMPARE(P::decode(bytes).status, P::DecodeStatus::Malformed);
    }

    void randomBytesNeverCrashOrOverread()
    {
        // Random and mutated frames: the decoder answers every one with a status, never reads past
        // the buffer (ASan would see it) and never claims more bytes than it was given.
        QRandomGenerator rng(20261126);
        const QByteArray valid =
            P::encode(P::Task{{1, Lab::Workload::Logs, u"log_1.txt"_s, 5, 0, u"/tmp/a"_s}, u"p"_s});
        for (int i = 0; i < 20'000; ++i) {
            QByteArray bytes;
            if (i % 2 == 0) {
                bytes.resize(rng.bounded(64));
                for (char& c : bytes)
                    c = char(rng.bounded(256));
            } else {
                bytes = valid;
                for (int flips = rng.bounded(1, 4); flips > 0; --flips)
                    bytes[rng.bounded(int(bytes.size()))] = char(rng.bounded(256));
                bytes.truncate(rng.bounded(int(bytes.size()) + 1));
            }
            const P::Decoded d = P::decode(bytes);
            QVERIFY(d.consumed <= bytes.size());
            if (d.status == P::DecodeStatus::Ok)
                QVERIFY(d.consumed > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
