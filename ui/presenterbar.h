#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Lab {

class LessonView;
class Session;

// Presenter mode's slim bar over the charts, in place of the experiment panel and the lesson: the
// lesson's step, Back, Run, Cancel, Next, and the way out. Its text grows with the window, as the
// charts' does.
class PresenterBar final : public QFrame {
    Q_OBJECT
public:
    PresenterBar(LessonView* lesson, const Session* session, QWidget* parent = nullptr);

    QString headline() const; // the step shown, whole (the label may be cut short)
    // Run and Cancel as the session stands.
    void showRunning();

Q_SIGNALS:
    void cancelRequested();
    void leaveRequested();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void showStep();
    void fitHeadline();
    void padButtons();

    LessonView* m_lesson;
    const Session* m_session;
    QLabel* m_headline;
    QPushButton* m_back;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QPushButton* m_next;
    QPushButton* m_leave;
    QSize m_sizedFor; // the window size its text was sized for
};

} // namespace Lab
