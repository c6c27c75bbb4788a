#include "guibenchmark.h"

#include "chartspane.h"
#include "engine/session.h"
#include "mainwindow.h"
#include "measure/stallwatch.h"
#include "timelineview.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

namespace Lab {

Bench::GuiFigures measureWindow(const QString& workerProgram, int tasks)
{
    MainWindow window(workerProgram);
    window.resize(1600, 1000);
    window.show();
    RunConfig c;
    c.workload = Workload::Weather;
    c.strategy = Strategy::Coroutines;
    c.cities = expandCities(worldCities(), tasks);
    c.taskCount = tasks;
    c.workerProgram = workerProgram;
    Bench::GuiFigures figures;
    {
        QEventLoop loop;
        QObject::connect(window.session(), &Session::batchFinished, &loop, &QEventLoop::quit);
        StallWatch watch;
        if (!window.session()->start({c}))
            return figures;
        loop.exec();
        figures.longestStallMs = double(watch.longestMs());
    }
    QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    QElapsedTimer clock;
    clock.start();
    window.chartsPane()->timeline()->render(painter, image.size());
    figures.timelineRedrawMs = double(clock.nsecsElapsed()) / 1e6;
    return figures;
}

} // namespace Lab
