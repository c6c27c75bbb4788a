#include "mainwindow.h"

#include <QEvent>
#include <QLabel>

namespace Lab {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_message(new QLabel(this))
{
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    setCentralWidget(m_message);
    resize(720, 360);
    retranslateUi();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Concurrency Lab"));
    m_message->setText(
        tr("The experiment window is on its way. Meanwhile the engine runs every lab of the seed "
           "from the command line:\n\nconcurrency-lab run --lab all"));
}

} // namespace Lab
