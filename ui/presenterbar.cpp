#include "presenterbar.h"

#include "engine/session.h"
#include "lessonview.h"
#include "presenterstyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Lab {

PresenterBar::PresenterBar(LessonView* lesson, const Session* session, QWidget* parent)
    : QFrame(parent), m_lesson(lesson), m_session(session), m_headline(new QLabel(this)),
      m_back(new QPushButton(this)), m_run(new QPushButton(this)), m_cancel(new QPushButton(this)),
      m_next(new QPushButton(this)), m_leave(new QPushButton(this))
{
    setObjectName(u"presenterBar"_s);
    setFrameShape(QFrame::StyledPanel);
    m_headline->setObjectName(u"presenterHeadline"_s);
    m_headline->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // cut short, never wider
    m_headline->installEventFilter(this);
    m_run->setObjectName(u"presenterRun"_s);
    m_cancel->setObjectName(u"presenterCancel"_s);
    m_next->setObjectName(u"presenterNext"_s);
    m_back->setObjectName(u"presenterBack"_s);
    m_leave->setObjectName(u"presenterLeave"_s);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_headline, 1);
    for (QPushButton* b : {m_back, m_run, m_cancel, m_next, m_leave})
        layout->addWidget(b);
    connect(m_back, &QPushButton::clicked, m_lesson, &LessonView::back);
    connect(m_next, &QPushButton::clicked, m_lesson, &LessonView::next);
    connect(m_run, &QPushButton::clicked, m_lesson, &LessonView::runStep);
    connect(m_cancel, &QPushButton::clicked, this, &PresenterBar::cancelRequested);
    connect(m_leave, &QPushButton::clicked, this, &PresenterBar::leaveRequested);
    connect(m_lesson, &LessonView::pageChanged, this, &PresenterBar::showStep);
    connect(m_session, &Session::batchStarted, this, &PresenterBar::showRunning);
    connect(m_session, &Session::batchFinished, this, &PresenterBar::showRunning);
    retranslateUi();
}

QString PresenterBar::headline() const
{
    return m_lesson->headline();
}

void PresenterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

// The text sized for the window, as the charts' is: a bar of the screen's size would be unreadable
// beside them.
void PresenterBar::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    if (window()->size() != m_sizedFor) {
        m_sizedFor = window()->size();
        QFont f = font();
        f.setPixelSize(Presenter::textSizesFor(m_sizedFor).text);
        setFont(f);
        padButtons();
    }
    fitHeadline();
}

// The label's width changes with the buttons' beside it, too.
bool PresenterBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_headline && event->type() == QEvent::Resize)
        fitHeadline();
    return QFrame::eventFilter(watched, event);
}

void PresenterBar::retranslateUi()
{
    m_back->setText(tr("Back"));
    m_run->setText(tr("Run"));
    m_cancel->setText(tr("Cancel"));
    m_next->setText(tr("Next"));
    m_leave->setText(tr("Leave presenter mode"));
    m_leave->setToolTip(tr("Back to the window with the experiment panel"));
    padButtons();
    showStep();
}

void PresenterBar::showStep()
{
    m_back->setEnabled(m_lesson->page() > 0);
    m_next->setEnabled(m_lesson->page() < m_lesson->pageCount() - 1);
    m_headline->setToolTip(m_lesson->bodyText());
    fitHeadline();
    showRunning();
}

void PresenterBar::showRunning()
{
    m_run->setEnabled(!m_session->isRunning());
    m_cancel->setEnabled(m_session->isRunning());
}

// The style pads a button for the screen's text; around text three times as large it looks cramped.
void PresenterBar::padButtons()
{
    const QFontMetrics fm(font());
    for (QPushButton* b : {m_back, m_run, m_cancel, m_next, m_leave})
        b->setMinimumSize(fm.horizontalAdvance(b->text()) + fm.height() * 3 / 2, fm.height() * 8 / 5);
}

void PresenterBar::fitHeadline()
{
    const QString whole = headline();
    m_headline->setText(m_headline->fontMetrics().elidedText(whole, Qt::ElideRight, m_headline->width()));
}

} // namespace Lab
