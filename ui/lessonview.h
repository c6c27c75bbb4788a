#pragma once

#include "lesson.h"

#include <QWidget>

#include <optional>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSettings;

namespace Lab {

class ChartsPane;
class ExperimentPanel;
class Session;

// The guided lesson: each lab's steps in turn (the question, a guess, the run, what to look at in
// the charts, one change to try, the takeaway), then the seed's table of techniques. It sets up
// the experiment panel and asks for runs; the window runs them.
class LessonView final : public QWidget {
    Q_OBJECT
public:
    LessonView(ExperimentPanel* panel, ChartsPane* charts, const Session* session, QWidget* parent = nullptr);

    void setPlan(LessonPlan plan);
    const LessonPlan& plan() const { return m_plan; }

    // Every lesson's steps, then the table: the pages Next and Back go through.
    int pageCount() const;
    int page() const { return m_page; }
    void setPage(int page);
    void next();
    void back();
    const Lesson* lesson() const; // of the page; null on the table's
    std::optional<LessonStep> step() const;
    QString bodyText() const; // the page's text as shown, without its markup
    // One line for presenter mode's bar: the lesson's title and its step ("Step 2 of 6 · Predict").
    QString headline() const;
    // What the page's Run does: the lesson's lab, or on its Try step the change; on the last page
    // (the table) what the panel holds.
    void runStep();

    void saveSettings(QSettings& settings) const;
    void restoreSettings(const QSettings& settings);

Q_SIGNALS:
    void runRequested(); // the panel holds what to run
    void pageChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void retranslateUi();
    void showPage();
    void showStep(const Lesson& lesson, LessonStep step);
    void showTable();
    void runLab();
    void followPreset(int preset);
    void runChange();
    void pointAtChart();
    void clearHighlights();
    void onBatchChanged();
    QString outcome() const;
    double guess() const; // of the page's lesson, in seconds; 0: none
    void setGuess(double seconds);

    ExperimentPanel* m_panel;
    ChartsPane* m_charts;
    const Session* m_session;
    LessonPlan m_plan;
    QList<double> m_guesses; // seconds, by lesson; 0: none yet
    int m_page = 0;
    QLabel* m_errors;
    QLabel* m_title;
    QLabel* m_stepLabel;
    QLabel* m_body; // the step's text, Markdown from the lesson's file
    QWidget* m_guessRow;
    QLabel* m_guessLabel;
    QDoubleSpinBox* m_guess;
    QPushButton* m_run;
    QPushButton* m_try;
    QLabel* m_outcome;
    QPushButton* m_back;
    QPushButton* m_next;
};

} // namespace Lab
