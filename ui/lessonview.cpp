#include "lessonview.h"

#include "chartspane.h"
#include "cpuchart.h"
#include "engine/session.h"
#include "experiment.h"
#include "experimentpanel.h"
#include "explanationpanel.h"
#include "report/narrative.h"
#include "statechart.h"
#include "timelineview.h"
#include "translation.h"
#include "wallclockchart.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {

QString stepName(LessonStep step)
{
    switch (step) {
    case LessonStep::Question:
        return LessonView::tr("Question");
    case LessonStep::Predict:
        return LessonView::tr("Predict");
    case LessonStep::Run:
        return LessonView::tr("Run");
    case LessonStep::Look:
        return LessonView::tr("Look");
    case LessonStep::Try:
        return LessonView::tr("Try");
    case LessonStep::Takeaway:
        return LessonView::tr("Takeaway");
    }
    return {};
}

// A chart's tab may hold more than the chart (a switch, a scroll area): the tab it is in comes forward.
void showTabOf(QTabWidget* tabs, const QWidget* chart)
{
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i) == chart || tabs->widget(i)->isAncestorOf(chart))
            tabs->setCurrentIndex(i);
    }
}

QLabel* wrappingLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

LessonView::LessonView(ExperimentPanel* panel, ChartsPane* charts, const Session* session, QWidget* parent)
    : QWidget(parent), m_panel(panel), m_charts(charts), m_session(session)
{
    build();
    connect(m_session, &Session::batchStarted, this, &LessonView::onBatchChanged);
    connect(m_session, &Session::batchFinished, this, &LessonView::onBatchChanged);
    // Other batches chosen in the results table, or none left: the run pointed at is another.
    connect(m_session, &Session::shownChanged, this, &LessonView::onBatchChanged);
    connect(m_panel, &ExperimentPanel::presetChosen, this, &LessonView::followPreset);
    setPlan(loadLessons());
}

// A lab chosen in the panel brings its lesson, at its first step, unless the lesson shown is of it.
void LessonView::followPreset(int preset)
{
    if (const Lesson* l = lesson(); l && l->preset == preset)
        return;
    const auto it = std::ranges::find(m_plan.lessons, preset, &Lesson::preset);
    if (it != m_plan.lessons.end())
        setPage(int(it - m_plan.lessons.begin()) * lessonStepCount);
}

void LessonView::build()
{
    m_errors = wrappingLabel(this);
    m_errors->setStyleSheet(u"color: #B00020"_s);
    auto* page = new QWidget(this);
    m_title = wrappingLabel(page);
    m_stepLabel = new QLabel(page);
    m_body = wrappingLabel(page);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_guessRow = new QWidget(page);
    m_guessLabel = new QLabel(m_guessRow);
    m_guess = new QDoubleSpinBox(m_guessRow);
    m_guess->setRange(0, maxPredictionS); // the rule of every door (Check::predictionMs)
    m_guess->setDecimals(1);
    m_guess->setSingleStep(0.5);
    auto* guessLayout = new QHBoxLayout(m_guessRow);
    guessLayout->setContentsMargins(0, 0, 0, 0);
    guessLayout->addWidget(m_guessLabel);
    guessLayout->addWidget(m_guess, 1);
    m_run = new QPushButton(page);
    m_run->setObjectName(u"lessonRun"_s);
    m_try = new QPushButton(page);
    m_try->setObjectName(u"lessonTry"_s);
    m_outcome = wrappingLabel(page);
    m_outcome->setObjectName(u"lessonOutcome"_s);
    m_back = new QPushButton(this);
    m_back->setObjectName(u"lessonBack"_s);
    m_next = new QPushButton(this);
    m_next->setObjectName(u"lessonNext"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_next);
    // What to do sits right under what to read; a long page scrolls, Back and Next stay in place.
    auto* pageLayout = new QVBoxLayout(page);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_title, m_stepLabel, m_body, m_guessRow, m_run, m_try, m_outcome})
        pageLayout->addWidget(w);
    pageLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_guess, &QDoubleSpinBox::valueChanged, this, &LessonView::setGuess);
    connect(m_run, &QPushButton::clicked, this, &LessonView::runLab);
    connect(m_try, &QPushButton::clicked, this, &LessonView::runChange);
    connect(m_back, &QPushButton::clicked, this, &LessonView::back);
    connect(m_next, &QPushButton::clicked, this, &LessonView::next);
}

void LessonView::setPlan(LessonPlan plan)
{
    m_plan = std::move(plan);
    m_guesses = QList<double>(m_plan.lessons.size(), 0.0);
    m_page = std::clamp(m_page, 0, pageCount() - 1);
    retranslateUi();
}

int LessonView::pageCount() const
{
    return int(m_plan.lessons.size()) * lessonStepCount + 1;
}

void LessonView::setPage(int page)
{
    m_page = std::clamp(page, 0, pageCount() - 1);
    showPage();
}

void LessonView::next()
{
    setPage(m_page + 1);
}

void LessonView::back()
{
    setPage(m_page - 1);
}

const Lesson* LessonView::lesson() const
{
    const int index = m_page / lessonStepCount;
    return index < m_plan.lessons.size() ? &m_plan.lessons.at(index) : nullptr;
}

std::optional<LessonStep> LessonView::step() const
{
    if (!lesson())
        return std::nullopt;
    return allLessonSteps[m_page % lessonStepCount];
}

QString LessonView::bodyText() const
{
    QTextDocument document;
    if (m_body->textFormat() == Qt::MarkdownText)
        document.setMarkdown(m_body->text());
    else
        document.setHtml(m_body->text());
    return document.toPlainText();
}

QString LessonView::headline() const
{
    const Lesson* l = lesson();
    if (!l)
        return tr("Summary");
    const LessonStep s = *step();
    //: presenter mode's bar: a lesson's title, then which step of it is shown
    return tr("%1 — step %2 of %3 · %4")
        .arg(l->title.in(currentLanguage()))
        .arg(int(s) + 1)
        .arg(lessonStepCount)
        .arg(stepName(s));
}

void LessonView::runStep()
{
    if (!lesson())
        Q_EMIT runRequested();
    else if (step() == LessonStep::Try)
        runChange();
    else
        runLab();
}

double LessonView::guess() const
{
    return m_guesses.value(m_page / lessonStepCount);
}

void LessonView::setGuess(double seconds)
{
    if (const int index = m_page / lessonStepCount; index < m_guesses.size())
        m_guesses[index] = seconds;
}

void LessonView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LessonView::retranslateUi()
{
    QStringList errors{tr("Some lessons could not be read:")};
    errors += m_plan.errors;
    m_errors->setText(errors.join(u'\n'));
    m_errors->setVisible(!m_plan.errors.isEmpty());
    m_guessLabel->setText(tr("Your guess:"));
    m_guess->setSuffix(tr(" s"));
    m_guess->setSpecialValueText(tr("no guess yet"));
    m_run->setText(tr("Run this lab"));
    m_back->setText(tr("Back"));
    m_next->setText(tr("Next"));
    showPage();
}

void LessonView::showPage()
{
    clearHighlights();
    if (const Lesson* l = lesson())
        showStep(*l, *step());
    else
        showTable();
    m_back->setEnabled(m_page > 0);
    m_next->setEnabled(m_page < pageCount() - 1);
    onBatchChanged();
    Q_EMIT pageChanged();
}

void LessonView::showStep(const Lesson& lesson, LessonStep step)
{
    const QString language = currentLanguage();
    m_title->setText(u"<h3>%1</h3>"_s.arg(lesson.title.in(language).toHtmlEscaped()));
    m_stepLabel->setText(
        tr("Step %1 of %2 · %3").arg(int(step) + 1).arg(lessonStepCount).arg(stepName(step)));
    m_body->setTextFormat(Qt::MarkdownText);
    m_body->setText(lesson.text(step).in(language));
    m_guessRow->setVisible(step == LessonStep::Predict);
    const QSignalBlocker quiet(m_guess);
    m_guess->setValue(guess());
    m_run->setVisible(step == LessonStep::Run);
    m_try->setVisible(step == LessonStep::Try);
    m_try->setText(lesson.modifyButton.in(language));
}

void LessonView::showTable()
{
    m_title->setText(u"<h3>%1</h3>"_s.arg(tr("You have been through every lab")));
    m_stepLabel->setText(tr("Summary"));
    m_body->setTextFormat(Qt::RichText);
    m_body->setText(ExplanationPanel::techniqueTable() +
                    u"<p>%1</p>"_s.arg(tr("Work that mostly waits (I/O-bound): Asyncio or threads. Heavy "
                                          "computing (CPU-bound): a process pool.")));
    for (QWidget* w : std::initializer_list<QWidget*>{m_guessRow, m_run, m_try})
        w->setVisible(false);
}

// The guess rides with this run only: the next one the person starts has none.
void LessonView::runLab()
{
    const Lesson* l = lesson();
    if (!l)
        return;
    m_panel->setPreset(l->preset);
    QMap<Strategy, qint64> guesses;
    if (guess() > 0)
        guesses.insert(l->predictFor, qRound64(guess() * 1000));
    m_panel->setPredictions(guesses);
    Q_EMIT runRequested();
    m_panel->setPredictions({});
}

void LessonView::runChange()
{
    const Lesson* l = lesson();
    if (!l)
        return;
    m_panel->setPreset(l->preset);
    m_panel->applyChange(l->change);
    m_panel->setPredictions({});
    Q_EMIT runRequested();
}

void LessonView::clearHighlights()
{
    m_charts->wallClock()->highlight(-1);
    m_charts->cpu()->highlight(-1);
    m_charts->timeline()->highlight(-1);
    m_charts->states()->highlight(-1);
}

// The look step's chart comes to the front with the lesson's run marked, once that run is there.
void LessonView::pointAtChart()
{
    const Lesson* l = lesson();
    if (!l || step() != LessonStep::Look)
        return;
    const int run = runIndexOf(m_session->shown(), l->preset, l->lookFor, l->lookGil, l->lookVariant);
    QWidget* chart = nullptr;
    switch (l->lookAt) {
    case LessonChart::WallClock:
        m_charts->wallClock()->highlight(run);
        chart = m_charts->wallClock();
        break;
    case LessonChart::Cpu:
        m_charts->cpu()->highlight(run);
        chart = m_charts->cpu();
        break;
    case LessonChart::Timeline:
        m_charts->timeline()->highlight(run);
        chart = m_charts->timeline();
        break;
    case LessonChart::States:
        m_charts->states()->highlight(run);
        chart = m_charts->states();
        break;
    }
    showTabOf(m_charts, chart);
}

void LessonView::onBatchChanged()
{
    pointAtChart();
    m_run->setEnabled(!m_session->isRunning());
    m_try->setEnabled(!m_session->isRunning());
    m_outcome->setText(outcome());
    m_outcome->setVisible(!m_outcome->text().isEmpty());
}

// How the lesson's run went, on the steps that follow it.
QString LessonView::outcome() const
{
    const Lesson* l = lesson();
    if (!l || (step() != LessonStep::Run && step() != LessonStep::Look))
        return {};
    const QList<LiveRun>& batch = m_session->batch();
    const int run = runIndexOf(batch, l->preset, l->predictFor, l->predictGil, l->predictVariant);
    if (run < 0)
        return step() == LessonStep::Look
                   ? tr("Nothing to point at yet: run the lab first (step %1).").arg(int(LessonStep::Run) + 1)
                   : QString();
    if (!batch.at(run).finished())
        return tr("Running…");
    const QString took = Narrative::seconds(batch.at(run).result->wallNs, 1);
    if (step() == LessonStep::Run)
        return tr("Done in %1. Press Next to see what to look for.").arg(took);
    QString said =
        guess() > 0
            ? tr("You guessed %1; it took %2.").arg(Narrative::seconds(qRound64(guess() * 1e9), 1), took)
            : tr("It took %1.").arg(took);
    // The run looked at, in numbers: how its threads took turns for the GIL.
    const int looked = runIndexOf(batch, l->preset, l->lookFor, l->lookGil, l->lookVariant);
    if (looked >= 0 && batch.at(looked).finished()) {
        if (const auto turns = Narrative::gilTurns(*batch.at(looked).result))
            said += u" "_s + *turns + u"."_s;
        if (const auto mistake = Narrative::mistakeLine(*batch.at(looked).result))
            said += u" "_s + *mistake + u"."_s;
    }
    return said;
}

void LessonView::saveSettings(QSettings& settings) const
{
    settings.setValue(u"lesson/page"_s, m_page);
}

void LessonView::restoreSettings(const QSettings& settings)
{
    setPage(settings.value(u"lesson/page"_s, 0).toInt());
}

} // namespace Lab
