#include "consoleview.h"

#include <QFontDatabase>

#include <algorithm>

namespace Lab {

namespace {
constexpr int maxLines = 5000; // a long session must not grow without bound
} // namespace

ConsoleView::ConsoleView(QWidget* parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setMaximumBlockCount(maxLines);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // One family for Latin and Thai: a fallback for the Thai alone draws it thinner and smaller
    // than the letters beside it. A fixed pitch keeps the table's columns (fonts-thai-tlwg has one).
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QStringList thai = QFontDatabase::families(QFontDatabase::Thai);
    const auto fixed = std::find_if(thai.cbegin(), thai.cend(),
                                    [](const QString& f) { return QFontDatabase::isFixedPitch(f); });
    if (fixed != thai.cend())
        font.setFamily(*fixed);
    font.setPointSizeF(QWidget::font().pointSizeF());
    setFont(font);
}

void ConsoleView::appendLines(const QStringList& lines)
{
    for (const QString& line : lines)
        appendPlainText(line);
}

} // namespace Lab
