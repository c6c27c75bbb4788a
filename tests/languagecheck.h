#pragma once

#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>

// Which language a text on screen is in: shared by the window's language test and the lesson's walk.
namespace LabTest {

using namespace Qt::StringLiterals;

// Technical names the seed keeps in Latin script in its Thai text (Concurrency, Baseline, Thread,
// GIL, the Python names `await` and `ThreadPoolExecutor`…), and the language menu's own names; any
// other Latin word on screen in Thai mode is a missed translation.
inline const QSet<QString> latinTerms{u"Asyncio"_s,
                                      u"Thread"_s,
                                      u"Threading"_s,
                                      u"Process"_s,
                                      u"Pool"_s,
                                      u"GIL"_s,
                                      u"CPU"_s,
                                      u"Core"_s,
                                      u"Event"_s,
                                      u"Loop"_s,
                                      u"Coroutine"_s,
                                      u"Log"_s,
                                      u"Worker"_s,
                                      u"Sync"_s,
                                      u"Normal"_s,
                                      u"Blocking"_s,
                                      u"bound"_s,
                                      u"Single"_s,
                                      u"Multi"_s,
                                      u"threaded"_s,
                                      u"processing"_s,
                                      u"Parallelism"_s,
                                      u"Switching"_s,
                                      u"OS"_s,
                                      u"Library"_s,
                                      u"Async"_s,
                                      u"Network"_s,
                                      u"English"_s,
                                      u"Language"_s,
                                      u"PNG"_s,
                                      u"SVG"_s,
                                      u"PDF"_s,
                                      u"Qt"_s,
                                      u"Python"_s,
                                      u"ms"_s,
                                      u"Concurrency"_s,
                                      u"Baseline"_s,
                                      u"CPython"_s,
                                      u"python"_s,
                                      u"Trace"_s,
                                      u"Perfetto"_s,
                                      u"await"_s,
                                      u"async"_s,
                                      u"ThreadPoolExecutor"_s,
                                      u"ProcessPoolExecutor"_s,
                                      u"Lock"_s,
                                      u"Deadlock"_s,
                                      u"Race"_s,
                                      u"Condition"_s,
                                      u"def"_s,
                                      u"aiohttp"_s,
                                      u"counter"_s,
                                      u"chunksize"_s,
                                      u"Dask"_s, // lab 9: Dask's own names for its parts
                                      u"Cluster"_s,
                                      u"Scheduler"_s,
                                      u"LocalCluster"_s,
                                      u"Executor"_s}; // concurrent.futures' own word

inline QString strip(QString text)
{
    // Code is Python's, in every language: blocks and spans of it, dotted names and calls
    // (time.sleep(2), asyncio.to_thread).
    text.remove(
        QRegularExpression(u"<(pre|code)>.*?</\\1>"_s, QRegularExpression::DotMatchesEverythingOption));
    text.remove(QRegularExpression(
        u"\\b[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)+(\\([^)]*\\))?|\\b[A-Za-z_]\\w*\\([^)]*\\)"_s));
    text.remove(QRegularExpression(u"<[^>]*>"_s)); // rich text tags
    // A worker's name is an identifier, the same in every language (the lanes, the JSON).
    text.remove(QRegularExpression(u"\\b(thread|process)-\\d+\\b"_s));
    return text.remove(u'&');
}

inline QStringList englishWords(const QString& text)
{
    QStringList words;
    static const QRegularExpression latin(u"[A-Za-z]{2,}"_s);
    for (auto it = latin.globalMatch(strip(text)); it.hasNext();) {
        const QString word = it.next().captured();
        if (!latinTerms.contains(word))
            words.append(word);
    }
    return words;
}

inline bool hasThai(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.script() == QChar::Script_Thai; });
}

} // namespace LabTest
