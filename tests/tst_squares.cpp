#include "testsupport.h"
#include "work/squares.h"

#include <chrono>

using namespace Qt::StringLiterals;
using Lab::u128;

class TestSquares : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { LabTest::failOnAnyWarning(); }

    void closedForm_data()
    {
        QTest::addColumn<quint64>("n");
        QTest::newRow("empty") << quint64(0);
        QTest::newRow("one") << quint64(1);
        QTest::newRow("two") << quint64(2);
        QTest::newRow("ten") << quint64(10);
        QTest::newRow("one slice plus one") << quint64((1U << 20) + 1);
        QTest::newRow("ten million, past 64 bits") << quint64(10'000'000);
        QTest::newRow("odd size") << quint64(7'654'321);
    }
    void closedForm()
    {
        QFETCH(quint64, n);
        const auto sum = Lab::sumOfSquares(n, {});
        QVERIFY(sum.has_value());
        QCOMPARE(Lab::toDecimal(*sum), Lab::toDecimal(Lab::sumOfSquaresClosedForm(n)));
    }

    void seedValue()
    {
        // The figure the seed quotes for n = 10,000,000.
        QCOMPARE(Lab::toDecimal(*Lab::sumOfSquares(10'000'000, {})), u"333333283333335000000"_s);
    }

    void rangeAcross64BitSquares()
    {
        // Squares of i >= 2^32 no longer fit in 64 bits: the kernel must switch to 128-bit products.
        const quint64 from = (quint64(1) << 32) - 3;
        const quint64 to = (quint64(1) << 32) + 3;
        u128 expected = 0;
        for (quint64 i = from; i < to; ++i)
            expected += u128(i) * u128(i);
        QCOMPARE(Lab::toDecimal(Lab::sumOfSquaresRange(from, to)), Lab::toDecimal(expected));
        QCOMPARE(Lab::toDecimal(Lab::sumOfSquaresClosedForm(to) - Lab::sumOfSquaresClosedForm(from)),
                 Lab::toDecimal(expected));
    }

    void checkpointStops()
    {
        int calls = 0;
        const auto sum = Lab::sumOfSquares(100'000'000, [&calls] { return ++calls < 3; });
        QVERIFY(!sum.has_value());
        QCOMPARE(calls, 3);
    }

    void timeGrowsWithN()
    {
        // The compiler must not fold the loop into the closed form: ten times the work takes longer.
        const auto time = [](quint64 n) {
            const auto start = std::chrono::steady_clock::now();
            volatile auto keep = Lab::toDecimal(*Lab::sumOfSquares(n, {})).size();
            Q_UNUSED(keep);
            return std::chrono::steady_clock::now() - start;
        };
        const auto small = time(20'000'000);
        const auto large = time(200'000'000);
        QVERIFY2(large > 3 * small, "a sum ten times as long should take clearly longer");
    }

    void decimal_data()
    {
        QTest::addColumn<quint64>("high");
        QTest::addColumn<quint64>("low");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << quint64(0) << quint64(0) << u"0"_s;
        QTest::newRow("64-bit max") << quint64(0) << ~quint64(0) << u"18446744073709551615"_s;
        QTest::newRow("2^64") << quint64(1) << quint64(0) << u"18446744073709551616"_s;
        QTest::newRow("128-bit max") << ~quint64(0) << ~quint64(0)
                                     << u"340282366920938463463374607431768211455"_s;
    }
    void decimal()
    {
        QFETCH(quint64, high);
        QFETCH(quint64, low);
        QFETCH(QString, expected);
        QCOMPARE(Lab::toDecimal((u128(high) << 64) | low), expected);
    }
};

QTEST_GUILESS_MAIN(TestSquares)
#include "tst_squares.moc"
