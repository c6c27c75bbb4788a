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

void ExplanationPanel::retranslateUi()
{
    setHtml(techniqueTable() + u"<h3>%1</h3><p>%2</p>"_s.arg(tr("What to look for"), lookFor()));
}

} // namespace Lab
