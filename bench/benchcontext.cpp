#include "benchcontext.h"

#include "engine/engine.h"
#include "experiment.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Lab::Bench {

RunResultPtr runEngine(const RunConfig& config)
{
    Engine engine;
    RunResultPtr result;
    QEventLoop loop;
    QObject::connect(&engine, &Engine::runFinished, &loop, [&](const RunResultPtr& r) {
        result = r;
        loop.quit();
    });
    if (!engine.start(config))
        return {};
    loop.exec();
    return result;
}

bool endedWell(const RunResultPtr& run)
{
    return run && run->allOk() && !run->cancelled && run->wallNs > 0;
}

std::optional<Noise::Disturbance> disturbanceOf(const MachineWatch& watch, const QList<RunResultPtr>& runs)
{
    std::optional<Noise::Disturbance> worst;
    for (const RunResultPtr& r : runs) {
        const auto d = r ? Noise::disturbanceOf(*r) : std::nullopt;
        if (!d) {
            worst.reset();
            break;
        }
        worst = worst ? Noise::worse(*worst, *d) : *d;
    }
    if (worst)
        return worst;
    // Idle, in an event loop, so that the runs' last workers are waited for (and so counted ours).
    if (const qint64 restNs = Noise::shortestMeasuredNs - watch.elapsedNs(); restNs > 0) {
        QEventLoop loop;
        QTimer::singleShot(int(restNs / 1'000'000) + 1, Qt::PreciseTimer, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return Noise::disturbanceOf(watch.machine(), watch.ownCpuNs());
}

Series field(const QList<ChildResult>& children, const QString& key, double factor)
{
    Series s;
    for (const ChildResult& c : children)
        s.add(c.json.value(key).toDouble() * factor, c.machine);
    return s;
}

int Context::cores() const
{
    return cpuCores();
}

void Context::rounds(const std::function<void(bool counted)>& round, bool warmUp) const
{
    if (warmUp)
        round(false);
    for (int i = 0; i < options.repeats; ++i)
        round(true);
}

std::optional<ChildResult> Context::child(const QString& program, const QStringList& args) const
{
    const MachineWatch watch;
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(15 * 60 * 1000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        say(u"  %1 %2 failed: %3"_s.arg(program, args.join(u' '),
                                        QString::fromUtf8(p.readAllStandardError()).trimmed().right(300)));
        p.kill();
        p.waitForFinished(1000);
        return std::nullopt;
    }
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    const QJsonDocument doc = QJsonDocument::fromJson(lines.last());
    if (!doc.isObject())
        return std::nullopt;
    return ChildResult{doc.object(), disturbanceOf(watch, {})}; // waited for: its CPU is ours
}

std::optional<ChildResult> Context::python3(const QString& script, const QStringList& args) const
{
    if (!hasPython())
        return std::nullopt;
    return child(python.path, QStringList{Python::benchScript(script)} + args);
}

std::pair<RunResultPtr, std::optional<Noise::Disturbance>> Context::engine(const RunConfig& config,
                                                                           bool counted) const
{
    const MachineWatch watch;
    RunResultPtr run = runEngine(config);
    if (!counted || !run)
        return {run, std::nullopt};
    return {run, disturbanceOf(watch, {run})};
}

RunConfig Context::weather(Strategy s, int tasks, int delayMs, int workers) const
{
    RunConfig c;
    c.workload = Workload::Weather;
    c.strategy = s;
    c.workers = workers;
    c.delayMs = delayMs;
    c.cities = expandCities(worldCities(), tasks);
    c.taskCount = tasks;
    c.workerProgram = options.workerProgram;
    return c;
}

QList<RunConfig> Context::lab(int number, int waitPercent, int scale) const
{
    Experiment e;
    e.lab = number;
    e.waitPercent = waitPercent;
    e.scale = scale;
    return experimentRuns(e, options.workerProgram, scratch.path());
}

void Context::add(Figure f)
{
    judge(f);
    figures.append(std::move(f));
}

Figure figure(const QString& id, const QString& what, const QString& unit, Series cpp, Series python)
{
    Figure f;
    f.id = id;
    f.what = what;
    f.unit = unit;
    f.cpp = std::move(cpp);
    f.python = std::move(python);
    return f;
}

} // namespace Lab::Bench
