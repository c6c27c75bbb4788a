#include "consoleview.h"

#include <QFontDatabase>

namespace Lab {

namespace {
constexpr int maxLines = 5000; // a long session must not grow without bound
} // namespace

ConsoleView::ConsoleView(QWidget* parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setMaximumBlockCount(maxLines);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(QWidget::font().pointSizeF());
    setFont(font);
}

void ConsoleView::appendLines(const QStringList& lines)
{
    for (const QString& line : lines)
        appendPlainText(line);
}

} // namespace Lab
