#pragma once

#include "taskstate.h"

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

// How every chart draws a task state, so that the timeline, its legend and "Where did the time go?"
// agree: computing solid in the strategy's colour, waiting hatched, the GIL red, queued pale, a
// hand-over striped, a lock dotted, idle empty.
namespace Lab::StateFill {

// The GIL's own colour: a red no strategy has, darker than the failure's vermilion.
QColor gilColor();

// Fills `area` as `state` looks, on the colour of the run's strategy.
void paint(QPainter& p, const QRectF& area, TaskState state, const QColor& base);
// A legend's sample of `state`: the fill with a thin outline.
void paintSwatch(QPainter& p, const QRectF& area, TaskState state, const QColor& base);

// The states worth a legend, in the order they read: running, waiting, gil, lock, queued, transfer.
QList<TaskState> legendStates();

// Translated (Narrative::stateName), for legends and tooltips: "computing", "waiting", "waiting for the GIL",
// …
QString name(TaskState state);

} // namespace Lab::StateFill
