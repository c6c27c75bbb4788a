// Lab 7's "tasks" event: a stretch of tasks told at once, after the work, so that telling 100,000
// tiny tasks costs the run nothing (see resources/python/07_tiny_tasks_in_a_pool.py):
//   {"event":"tasks","first":F,"workers":[[name,pid,tid],...],"worker":W,
//    "submit_ns":S,"start_ns":B,"end_ns":E,"returned_ns":R,"results":[text,...],"failed":[i,...]}
// Tasks F, F+1, … one a result; W is base64 of little-endian uint16s (an index into `workers`),
// S, B, E and R of little-endian int64s (monotonic ns; a submit or a return of -1 is not known:
// one at a time, or a result that came back with the ones after it); `failed` holds the indexes
// into the stretch of those whose result is why they failed.
#include "engine/recorder.h"
#include "python/pythonexecutor.h"

#include <QJsonArray>
#include <QtEndian>

#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {

// `count` little-endian integers of type T, from base64; none when it is not that.
template <typename T>
std::optional<std::vector<T>> packed(const QJsonValue& v, qsizetype count)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!v.isString() || !decoded || decoded.decoded.size() != count * qsizetype(sizeof(T)))
        return std::nullopt;
    std::vector<T> out(static_cast<std::size_t>(count));
    for (qsizetype i = 0; i < count; ++i)
        out[std::size_t(i)] = qFromLittleEndian<T>(decoded.decoded.constData() + i * qsizetype(sizeof(T)));
    return out;
}

struct Stretch {
    std::vector<quint16> worker;
    std::vector<qint64> submitNs, startNs, endNs, returnedNs;
};

std::optional<Stretch> stretchOf(const QJsonObject& e, qsizetype count)
{
    auto worker = packed<quint16>(e.value(u"worker"_s), count);
    auto submit = packed<qint64>(e.value(u"submit_ns"_s), count);
    auto start = packed<qint64>(e.value(u"start_ns"_s), count);
    auto end = packed<qint64>(e.value(u"end_ns"_s), count);
    auto returned = packed<qint64>(e.value(u"returned_ns"_s), count);
    if (!worker || !submit || !start || !end || !returned)
        return std::nullopt;
    return Stretch{std::move(*worker), std::move(*submit), std::move(*start), std::move(*end),
                   std::move(*returned)};
}

bool timesHold(const Stretch& s, std::size_t i)
{
    return s.submitNs[i] >= -1 && s.startNs[i] >= 0 && s.endNs[i] >= s.startNs[i] && s.returnedNs[i] >= -1;
}

} // namespace

bool PythonExecutor::onTasks(const QJsonObject& e)
{
    Recorder& recorder = *m_context.recorder;
    const QJsonArray results = e.value(u"results"_s).toArray();
    const qint64 first = e.value(u"first"_s).toInteger(-1);
    const qsizetype count = results.size();
    const std::optional<Stretch> s = stretchOf(e, count);
    if (!s || first < 0 || first + count > recorder.taskCount() || !e.value(u"results"_s).isArray() ||
        !e.value(u"failed"_s).isArray())
        return false;
    QList<int> workers;
    for (const auto& w : e.value(u"workers"_s).toArray()) {
        const QJsonArray named = w.toArray();
        if (named.size() != 3 || !named.at(0).isString())
            return false;
        workers.append(
            workerOf({{u"worker"_s, named.at(0)}, {u"pid"_s, named.at(1)}, {u"tid"_s, named.at(2)}}));
    }
    std::vector<bool> failed(std::size_t(count), false);
    for (const auto& i : e.value(u"failed"_s).toArray()) {
        const qint64 at = i.toInteger(-1);
        if (at < 0 || at >= count)
            return false;
        failed[std::size_t(at)] = true;
    }
    const bool pool = m_context.config.strategy == Strategy::Processes;
    for (std::size_t i = 0; i < std::size_t(count); ++i) {
        if (s->worker[i] >= workers.size() || !timesHold(*s, i) || !results.at(qsizetype(i)).isString())
            return false;
        const int task = int(first) + int(i);
        const int worker = workers.at(s->worker[i]);
        if (s->submitNs[i] >= 0)
            recorder.submitted(task, s->submitNs[i]);
        recorder.started(task, worker, s->startNs[i]);
        // Pure computing on the one thread of its process: far too short for the thread sampler
        // to see (see PythonThreads::handOver), it says so itself.
        const StateSlice computed{TaskState::Running, s->startNs[i], s->endNs[i]};
        recorder.finished(
            task, worker, s->startNs[i], s->endNs[i],
            {failed[i] ? TaskStatus::Failed : TaskStatus::Ok, results.at(qsizetype(i)).toString()},
            std::span(&computed, 1), {pool ? s->submitNs[i] : -1, s->returnedNs[i]});
    }
    return true;
}

} // namespace Lab
