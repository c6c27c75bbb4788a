#include "platform/procstat.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

#include <sys/times.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Lab::ProcStat::CoreTicks;

namespace {

// What the kernel documents (proc(5)): total = user+nice+system+idle+iowait+irq+softirq+steal
// (guest is already inside user), busy = total − idle − iowait. Written out per row below.
QList<CoreTicks> ticks(const QList<quint64>& busy, const QList<quint64>& total)
{
    QList<CoreTicks> out;
    for (qsizetype i = 0; i < busy.size(); ++i)
        out.append({busy.at(i), total.at(i)});
    return out;
}

qint64 ticksToNs(qint64 ticks)
{
    return ticks * 1'000'000'000LL / sysconf(_SC_CLK_TCK);
}

// Burns CPU until the kernel has charged this process at least `ticks` more user ticks.
void burnUserTicks(clock_t ticks)
{
    tms start{};
    times(&start);
    tms now = start;
    volatile quint64 sink = 0;
    while (now.tms_utime - start.tms_utime < ticks) {
        for (int i = 0; i < 100'000; ++i)
            sink = sink + quint64(i) * quint64(i);
        times(&now);
    }
}

qint64 pidMax()
{
    QFile file(u"/proc/sys/kernel/pid_max"_s);
    if (!file.open(QIODevice::ReadOnly))
        return 4'194'304; // the kernel's ceiling
    return file.readAll().trimmed().toLongLong();
}

} // namespace

class TestProcStat : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { LabTest::failOnAnyWarning(); }

    void parseStat_data();
    void parseStat();
    void parsePidStat_data();
    void parsePidStat();
    void busyPercent_data();
    void busyPercent();
    void readOwnProcess();
    void readMissingProcess_data();
    void readMissingProcess();
    void parseCpuModel_data();
    void parseCpuModel();
    void systemStatReadsEveryCore();
};

void TestProcStat::parseStat_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<quint64>>("busy");
    QTest::addColumn<QList<quint64>>("total");

    // cpu : 400+20+100+1000+80+5+10+5 = 1620, idle 1000+80 → busy 540 (guest 40 not added again)
    // cpu0: 300+10+60+400+30+3+6+1 = 810, idle 430 → busy 380
    // cpu1: 100+10+40+600+50+2+4+4 = 810, idle 650 → busy 160
    QTest::newRow("cpu, two cores and other lines")
        << QByteArray("cpu  400 20 100 1000 80 5 10 5 40 0\n"
                      "cpu0 300 10 60 400 30 3 6 1 30 0\n"
                      "cpu1 100 10 40 600 50 2 4 4 10 0\n"
                      "intr 199292 12 0 0 0 0 0 0 0 1 0 0\n"
                      "ctxt 1990473\n"
                      "btime 1062191376\n"
                      "processes 2915\n"
                      "procs_running 1\n"
                      "procs_blocked 0\n"
                      "softirq 183433 0 21755 12 39 0 0 0 0 0 0\n")
        << QList<quint64>{540, 380, 160} << QList<quint64>{1620, 810, 810};
    // An old kernel's line: user nice system idle only.
    QTest::newRow("four numbers only")
        << QByteArray("cpu 10 20 30 40\n") << QList<quint64>{60} << QList<quint64>{100};
    QTest::newRow("line with three numbers skipped")
        << QByteArray("cpu 1 2 3\ncpu0 5 0 5 10 0 0 0 0\n") << QList<quint64>{10} << QList<quint64>{20};
    QTest::newRow("no trailing newline")
        << QByteArray("cpu 1 1 1 7 0 0 0 0") << QList<quint64>{3} << QList<quint64>{10};
    QTest::newRow("non-numeric cpu line skipped")
        << QByteArray("cpu a b c d e\ncpu0 2 0 2 6 0 0 0 0\n") << QList<quint64>{4} << QList<quint64>{10};
    QTest::newRow("garbage") << QByteArray("hello world\n\x01\x02 nothing here\n") << QList<quint64>{}
                             << QList<quint64>{};
    QTest::newRow("empty") << QByteArray() << QList<quint64>{} << QList<quint64>{};
}

void TestProcStat::parseStat()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<quint64>, busy);
    QFETCH(QList<quint64>, total);

    const QList<CoreTicks> cores = Lab::ProcStat::parseStat(text);
    QCOMPARE(cores.size(), busy.size());
    for (qsizetype i = 0; i < cores.size(); ++i) {
        QCOMPARE(cores.at(i).busy, busy.at(i));
        QCOMPARE(cores.at(i).total, total.at(i));
    }
}

void TestProcStat::parsePidStat_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("userTicks");
    QTest::addColumn<qint64>("systemTicks");

    // Fields after the command: state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt
    // cmajflt utime stime cutime cstime …
    QTest::newRow("normal")
        << QByteArray("1234 (bash) S 1 1234 1234 34816 1234 4194304 1000 2000 0 0 150 70 3 4 20 0 1 0 "
                      "12345 1234567 890 18446744073709551615\n")
        << true << qint64(150) << qint64(70);
    QTest::newRow("name with spaces and parentheses")
        << QByteArray("1234 (my (weird) prog) S 1 1234 1234 0 -1 4194560 500 0 0 0 42 17 0 0 20 0 3 0 99\n")
        << true << qint64(42) << qint64(17);
    QTest::newRow("name that looks like fields")
        << QByteArray("77 (x) S 1 2 3 4 5 6 7 8 9 10 11) R 1 77 77 0 -1 0 0 0 0 0 9 8 0 0 20 0 1 0 5\n")
        << true << qint64(9) << qint64(8);
    QTest::newRow("zero times") << QByteArray("1 (init) S 0 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 1\n") << true
                                << qint64(0) << qint64(0);
    QTest::newRow("ends at stime") << QByteArray("5 (a) S 1 5 5 0 -1 0 0 0 0 0 6 2") << true << qint64(6)
                                   << qint64(2);
    QTest::newRow("too few fields") << QByteArray("5 (a) S 1 5 5 0 -1 0 0 0 0 0 6") << false << qint64(0)
                                    << qint64(0);
    QTest::newRow("non-numeric utime")
        << QByteArray("5 (a) S 1 5 5 0 -1 0 0 0 0 0 x 2 0 0 20 0 1 0 1\n") << false << qint64(0) << qint64(0);
    QTest::newRow("non-numeric stime") << QByteArray("5 (a) S 1 5 5 0 -1 0 0 0 0 0 6 -- 0 0 20 0 1 0 1\n")
                                       << false << qint64(0) << qint64(0);
    QTest::newRow("no command at all")
        << QByteArray("5 a S 1 5 5 0 -1 0 0 0 0 0 6 2 0 0 20 0 1 0 1\n") << false << qint64(0) << qint64(0);
    QTest::newRow("empty") << QByteArray() << false << qint64(0) << qint64(0);
}

void TestProcStat::parsePidStat()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(qint64, userTicks);
    QFETCH(qint64, systemTicks);

    const auto times = Lab::ProcStat::parsePidStat(text);
    QCOMPARE(times.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(times->userNs, ticksToNs(userTicks));
    QCOMPARE(times->systemNs, ticksToNs(systemTicks));
}

void TestProcStat::busyPercent_data()
{
    QTest::addColumn<QList<quint64>>("busyBefore");
    QTest::addColumn<QList<quint64>>("totalBefore");
    QTest::addColumn<QList<quint64>>("busyAfter");
    QTest::addColumn<QList<quint64>>("totalAfter");
    QTest::addColumn<QList<float>>("expected");

    QTest::newRow("half busy") << QList<quint64>{100} << QList<quint64>{1000} << QList<quint64>{150}
                               << QList<quint64>{1100} << QList<float>{50.0f};
    QTest::newRow("idle") << QList<quint64>{100} << QList<quint64>{1000} << QList<quint64>{100}
                          << QList<quint64>{1200} << QList<float>{0.0f};
    QTest::newRow("fully busy") << QList<quint64>{0} << QList<quint64>{0} << QList<quint64>{80}
                                << QList<quint64>{80} << QList<float>{100.0f};
    QTest::newRow("two cores differ")
        << QList<quint64>{10, 10} << QList<quint64>{100, 100} << QList<quint64>{35, 10}
        << QList<quint64>{200, 140} << QList<float>{25.0f, 0.0f};
    QTest::newRow("no time passed") << QList<quint64>{10} << QList<quint64>{100} << QList<quint64>{10}
                                    << QList<quint64>{100} << QList<float>{0.0f};
    QTest::newRow("busy went backwards") << QList<quint64>{500} << QList<quint64>{1000} << QList<quint64>{480}
                                         << QList<quint64>{1100} << QList<float>{0.0f};
    QTest::newRow("total went backwards") << QList<quint64>{500} << QList<quint64>{1000}
                                          << QList<quint64>{520} << QList<quint64>{900} << QList<float>{0.0f};
    QTest::newRow("mismatched sizes") << QList<quint64>{1, 2} << QList<quint64>{10, 20} << QList<quint64>{5}
                                      << QList<quint64>{50} << QList<float>{};
    QTest::newRow("no cores") << QList<quint64>{} << QList<quint64>{} << QList<quint64>{} << QList<quint64>{}
                              << QList<float>{};
}

void TestProcStat::busyPercent()
{
    QFETCH(QList<quint64>, busyBefore);
    QFETCH(QList<quint64>, totalBefore);
    QFETCH(QList<quint64>, busyAfter);
    QFETCH(QList<quint64>, totalAfter);
    QFETCH(QList<float>, expected);

    const QList<float> pct =
        Lab::ProcStat::busyPercent(ticks(busyBefore, totalBefore), ticks(busyAfter, totalAfter));
    QCOMPARE(pct.size(), expected.size());
    for (qsizetype i = 0; i < pct.size(); ++i)
        QCOMPARE(pct.at(i), expected.at(i));
}

void TestProcStat::readOwnProcess()
{
    // times(2) reads the same kernel accounting in ticks: the reading must lie between two of its
    // readings taken around it.
    burnUserTicks(3);
    tms before{};
    times(&before);
    const auto cpu = Lab::ProcStat::readProcessCpu(getpid());
    tms after{};
    times(&after);

    QVERIFY(cpu.has_value());
    QVERIFY2(cpu->userNs >= ticksToNs(before.tms_utime) && cpu->userNs <= ticksToNs(after.tms_utime),
             qPrintable(u"user %1 ns, times(2) says %2–%3 ns"_s.arg(cpu->userNs)
                            .arg(ticksToNs(before.tms_utime))
                            .arg(ticksToNs(after.tms_utime))));
    QVERIFY(cpu->userNs >= ticksToNs(3));
    QVERIFY(cpu->systemNs >= ticksToNs(before.tms_stime) && cpu->systemNs <= ticksToNs(after.tms_stime));
}

void TestProcStat::readMissingProcess_data()
{
    QTest::addColumn<qint64>("pid");
    QTest::newRow("beyond pid_max") << pidMax() + 1;
    QTest::newRow("negative") << qint64(-5);
    QTest::newRow("zero") << qint64(0);
}

void TestProcStat::readMissingProcess()
{
    QFETCH(qint64, pid);
    QVERIFY(!Lab::ProcStat::readProcessCpu(pid).has_value());
}

void TestProcStat::parseCpuModel_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("model");
    QTest::newRow("x86, the first of several cores")
        << QByteArray("processor\t: 0\nvendor_id\t: GenuineIntel\ncpu family\t: 6\n"
                      "model\t\t: 85\nmodel name\t: Intel(R) Xeon(R) CPU @ 2.20GHz\n\n"
                      "processor\t: 1\nmodel name\t: Another CPU\n")
        << u"Intel(R) Xeon(R) CPU @ 2.20GHz"_s;
    // "model" alone is a number, not the name.
    QTest::newRow("model without a name") << QByteArray("processor\t: 0\nmodel\t\t: 85\n") << QString();
    QTest::newRow("ARM, no model name")
        << QByteArray("processor\t: 0\nBogoMIPS\t: 48.00\nCPU implementer\t: 0x41\n") << QString();
    QTest::newRow("no trailing newline") << QByteArray("model name : Ryzen 7") << u"Ryzen 7"_s;
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestProcStat::parseCpuModel()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, model);
    QCOMPARE(Lab::ProcStat::parseCpuModel(text), model);
}

// One reading per core and one for them all, and again through the same descriptor.
void TestProcStat::systemStatReadsEveryCore()
{
    const Lab::ProcStat::SystemStat stat;
    const QList<CoreTicks> first = stat.read();
    QCOMPARE(first.size(), qsizetype(sysconf(_SC_NPROCESSORS_ONLN)) + 1);
    burnUserTicks(2);
    const QList<CoreTicks> second = stat.read();
    QCOMPARE(second.size(), first.size());
    QVERIFY2(second.first().total > first.first().total, "the second read saw the same ticks");
}

QTEST_GUILESS_MAIN(TestProcStat)
#include "tst_procstat.moc"
