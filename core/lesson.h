#pragma once

#include "labtypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

// The guided lessons, one lab each, taught PRIMM's way: predict, run, investigate, modify. Lessons
// are data (resources/lessons/*.json, in the order of their index.json) so that an instructor can
// reorder them and add labs without touching code; a broken file is named, never fatal.
namespace Lab {

struct LiveRun;

// A lesson's text in each of the app's languages.
struct LessonText {
    QString th;
    QString en;
    QString in(const QString& language) const { return language == u"th" ? th : en; }
};

// The chart a look step points at.
enum class LessonChart { WallClock, Cpu, Timeline, States };
inline constexpr EnumId<LessonChart> lessonChartIds[] = {{LessonChart::WallClock, u"wallclock"},
                                                         {LessonChart::Cpu, u"cpu"},
                                                         {LessonChart::Timeline, u"timeline"},
                                                         {LessonChart::States, u"states"}};
static_assert(coversEnum(lessonChartIds, LessonChart::States));

// The one change of a try step, made to the lab's own fields; what it leaves out stays as the lab has it.
struct LessonChange {
    QList<Strategy> strategies; // empty: the lab's
    std::optional<int> tasks;
    std::optional<int> workers;
    std::optional<bool> gil;
    std::optional<int> delayMs; // a mistakes lab's wait (lab 5) or hold of a lock (lab 8)
};

enum class LessonStep { Question, Predict, Run, Look, Try, Takeaway };
inline constexpr LessonStep allLessonSteps[] = {LessonStep::Question, LessonStep::Predict,
                                                LessonStep::Run,      LessonStep::Look,
                                                LessonStep::Try,      LessonStep::Takeaway};
inline constexpr int lessonStepCount = int(std::size(allLessonSteps));

struct Lesson {
    QString file;   // its name in the index, for messages
    int preset = 0; // the lab the run step runs
    LessonText title;
    LessonText question;
    LessonText predict;
    Strategy predictFor = Strategy::Sequential; // the run whose wall time the guess is of
    std::optional<bool> predictGil;        // of those, the one with (or without) the GIL; none: the first
    std::optional<Variant> predictVariant; // a mistakes lab's: the run of this way; none: the first
    LessonText run;
    LessonText look;
    LessonChart lookAt = LessonChart::WallClock;
    Strategy lookFor = Strategy::Sequential; // the run whose bar, line or lanes are highlighted
    std::optional<bool> lookGil;
    std::optional<Variant> lookVariant;
    LessonText modify;
    LessonText modifyButton;
    LessonChange change;
    LessonText takeaway;

    const LessonText& text(LessonStep step) const;
};

// The lessons the index names, in its order, and a one-line message for each that could not be used.
struct LessonPlan {
    QList<Lesson> lessons;
    QStringList errors;
};

inline const QString shippedLessonIndex = QStringLiteral(":/lessons/index.json");

// `file` names the lesson in messages: "01-asyncio-weather.json: look.chart: …".
std::variant<Lesson, QString> parseLesson(const QByteArray& json, const QString& file);
// The index is {"lessons": ["00-….json", …]}; the files sit beside it.
LessonPlan loadLessons(const QString& indexPath = shippedLessonIndex);

// Where the engine's run of `strategy` (with the GIL simulated or not, when `gil` says; of the way
// `variant` says) is in a batch
// of lab `lab`; -1 when the batch is another's or has none.
int runIndexOf(const QList<LiveRun>& batch, int lab, Strategy strategy,
               std::optional<bool> gil = std::nullopt, std::optional<Variant> variant = std::nullopt);

} // namespace Lab
