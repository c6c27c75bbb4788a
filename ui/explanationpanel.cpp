#include "explanationpanel.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace Lab {

ExplanationPanel::ExplanationPanel(QWidget* parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    retranslateUi();
}

void ExplanationPanel::setLab(int lab)
{
    m_lab = lab;
    retranslateUi();
}

void ExplanationPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTextBrowser::changeEvent(event);
}

QString ExplanationPanel::lookFor() const
{
    switch (m_lab) {
    case 0:
        return tr(
            "Each task starts only when the one before it has finished: the timeline is one lane of bars "
            "end to end, and the CPU stays idle while the program waits. The total is the sum: 6 s and 5 s.");
    case 1:
        return tr(
            "All three fetches start at once on the single event loop and wait together: one lane, three "
            "bars on top of each other, about 2 s in all, and almost no CPU.");
    case 2:
        return tr("Five threads each write one file; the operating system switches between them while they "
                  "wait: five lanes side by side, about 1 s in all.");
    case 3:
        return tr(
            "Computing keeps a core busy. One at a time keeps one core busy (about 1 of the cores); a "
            "process "
            "per core uses them all, so the wall-clock bar shrinks by up to the number of cores. Threads "
            "under a GIL would not: lab 4 shows why.");
    case 4:
        return tr("Two threads without a GIL compute at once, like two processes: both cores busy, about "
                  "twice as fast. Under the GIL only the thread that holds it computes: on the timeline "
                  "each bar turns red while its thread waits for the GIL, the GIL strip above the lanes "
                  "changes hands every few milliseconds, and the run takes as long as one at a time. The "
                  "threads took turns; only processes, each with its own GIL, really compute together.");
    case 5:
        return tr("The blocking call stops the whole event loop: on its one lane the three fetches run end "
                  "to end, the others queued behind, 6 s in all — no better than one at a time. Handed to a "
                  "thread, each wait runs on a lane of its own and the loop stays free: about 2 s. A real "
                  "await waits on the loop itself: three bars on top of each other, about 2 s, no threads.");
    case 6:
        return tr("Without a lock the threads read the same value and both write it back plus one: one of "
                  "the two updates is lost, and the counter ends short. The lock makes every "
                  "read-and-write whole, so the count is exact, but the threads now wait for each other "
                  "(the Lock colour on the timeline) and it takes longer. Coroutines lose nothing while "
                  "nothing is awaited between the read and the write; put an await there and other "
                  "coroutines run in the gap: updates are lost again.");
    case 7:
        return tr("Each tiny sum takes a few microseconds, but handing it to another process and getting "
                  "its result back takes far longer: one task at a time, the pool spends its time handing "
                  "over (the striped Handing over colour), and is slower than one at a time. In batches "
                  "the hand-over is paid once for many tasks, and the cores compute together: faster than "
                  "one at a time.");
    case 8:
        return tr("Each thread takes its first lock, then waits for the other's: neither can go on, and "
                  "without help they would wait for ever. The app sees that nobody progresses and that "
                  "each waits for a lock the other holds, draws the cycle on the timeline and ends the "
                  "run. Taken in one order by every thread, the locks never form a cycle: the same work "
                  "completes.");
    case 9:
        return tr("A Dask cluster is a scheduler and workers that may be on other machines, behind the same "
                  "Executor as a process pool: a lane for each Dask worker. What it adds is machines; what "
                  "it costs is starting the cluster (told apart, like CPython's own start-up) and, for "
                  "every task, a trip through the scheduler and the network (the hand-over at each bar's "
                  "ends). On one machine it is at best as fast as the pool; with long tasks and more "
                  "machines it goes further.");
    }
    return tr("Compare the bars: waiting work gains from coroutines and threads, computing work only from "
              "processes (or threads without a GIL).");
}

QString ExplanationPanel::techniqueTable()
{
    const QString row = u"<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td></tr>"_s;
    QString html =
        u"<h3>%1</h3><table border='1' cellspacing='0' cellpadding='4'>"_s.arg(tr("Choosing a technique"));
    html += u"<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>"_s.arg(tr("Technique"), tr("Suited to"),
                                                                           tr("Mechanism"), tr("Strength"));
    html += row.arg(tr("Normal (Sync)"), tr("general work done in order"),
                    tr("one line at a time (blocking)"), tr("easy to write, not complicated"));
    html += row.arg(tr("Asyncio"), tr("I/O-bound (mostly waiting)"), tr("single-threaded, event loop"),
                    tr("uses the least resources while waiting on the network"));
    html += row.arg(tr("Threading"), tr("I/O-bound (background work)"), tr("multi-threaded, OS switching"),
                    tr("works with libraries that have no async support"));
    html += row.arg(tr("Process Pool"), tr("CPU-bound (heavy computation)"),
                    tr("multi-processing, parallelism"), tr("uses every CPU core (escapes the GIL)"));
    return html + u"</table>"_s;
}

// The mistakes labs: the mistake in Python, and its fix, as a learner would write them (code is not
// translated; its comments are the lesson's words).
QString ExplanationPanel::mistakeAndFix() const
{
    QString mistake;
    QString fix;
    switch (m_lab) {
    case 5:
        mistake = u"async def fetch(city):\n    time.sleep(2)  # %1\n    return report(city)"_s.arg(
            tr("blocks the event loop"));
        fix = u"async def fetch(city):\n    await asyncio.to_thread(time.sleep, 2)  # %1\n    # %2\n"
              u"    await asyncio.sleep(2)"_s.arg(tr("the wait runs in a thread"),
                                                  tr("or, better, a real await:"));
        break;
    case 6:
        mistake =
            u"def add(times):\n    global counter\n    for _ in range(times):\n        value = counter\n"
            u"        os.sched_yield()  # %1\n        counter = value + 1"_s.arg(
                tr("another thread runs here"));
        fix = u"def add(times):\n    global counter\n    for _ in range(times):\n        with lock:\n"
              u"            value = counter\n            os.sched_yield()\n            counter = value + 1"_s;
        break;
    case 7:
        mistake =
            u"with ProcessPoolExecutor() as pool:\n    results = list(pool.map(square_sum, numbers))  # %1"_s
                .arg(tr("one task a hand-over"));
        fix = u"with ProcessPoolExecutor() as pool:\n    results = list(pool.map(square_sum, numbers, "
              u"chunksize=1000))"_s;
        break;
    case 8:
        mistake = u"def first():\n    with lock_a:\n        with lock_b: ...\n\ndef second():\n    with "
                  u"lock_b:  # %1\n"
                  u"        with lock_a: ..."_s.arg(tr("the opposite order"));
        fix = u"def second():\n    with lock_a:  # %1\n        with lock_b: ..."_s.arg(
            tr("one order for every thread"));
        break;
    case 9: // not a mistake: the same map, on one machine and on a cluster
        return u"<h3>%1</h3><pre>%2</pre><h3>%3</h3><pre>%4</pre>"_s.arg(
            tr("One machine"),
            u"with ProcessPoolExecutor() as pool:\n    results = list(pool.map(sum_of_squares, numbers))"_s
                .toHtmlEscaped(),
            tr("A cluster"),
            u"from distributed import Client\n\nwith Client(\"tcp://scheduler:8786\") as client:  # %1\n"
            u"    results = list(client.get_executor().map(sum_of_squares, numbers))"_s
                .arg(tr("or LocalCluster() on this machine"))
                .toHtmlEscaped());
    default:
        return {};
    }
    QString html = u"<h3>%1</h3><pre>%2</pre><h3>%3</h3><pre>%4</pre>"_s.arg(
        tr("The mistake"), mistake.toHtmlEscaped(), tr("The fix"), fix.toHtmlEscaped());
    if (m_lab == 6) // what `counter += 1` is to the interpreter: three steps, with room between them
        html +=
            u"<p>%1</p><pre>LOAD_GLOBAL   counter\nLOAD_CONST    1\nBINARY_OP     += \nSTORE_GLOBAL  "
            u"counter</pre>"
            u"<p>%2</p>"_s.arg(tr("<code>counter += 1</code> is not one step: Python 3.11's <code>dis</code> "
                                  "shows a read, an add and a write:"),
                               tr("A thread can be switched between the read and the write. On Python 3.10 "
                                  "and later that rarely happens in so short a gap, so the lab makes the "
                                  "switch point explicit with <code>os.sched_yield()</code> (as "
                                  "<code>time.sleep(0)</code> would, but quicker), which lets another "
                                  "thread run."));
    return html;
}

void ExplanationPanel::retranslateUi()
{
    setHtml(techniqueTable() + u"<h3>%1</h3><p>%2</p>"_s.arg(tr("What to look for"), lookFor()) +
            mistakeAndFix());
}

} // namespace Lab
