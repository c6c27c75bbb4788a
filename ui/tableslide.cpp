#include "tableslide.h"

#include "chartexport.h"

#include <QAbstractItemModel>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {

QString cell(const QAbstractItemModel& model, int row, int column)
{
    const QVariant value =
        row < 0 ? model.headerData(column, Qt::Horizontal) : model.data(model.index(row, column));
    return value.toString();
}

// Each column as wide as its widest text in `font`, and a gap; a column of long phrases (the notes)
// at most a sixth of the page, elided, so that it does not shrink every other column's text.
QList<int> columnWidths(const QAbstractItemModel& model, const QFont& font, int pageWidth)
{
    const QFontMetrics fm(font);
    QList<int> widths;
    for (int c = 0; c < model.columnCount(); ++c) {
        int width = 0;
        for (int r = -1; r < model.rowCount(); ++r)
            width = std::max(width, fm.horizontalAdvance(cell(model, r, c)));
        widths.append(std::min(width + fm.height(), pageWidth / 6));
    }
    return widths;
}

// As large as the rows let, at most a slide's reading size, and smaller when the columns are wide.
QFont tableFont(const QAbstractItemModel& model, const QSize& area)
{
    QFont font;
    const QString family = ChartExport::thaiCapableFamily();
    if (!family.isEmpty())
        font.setFamilies({family});
    const int rows = model.rowCount() + 1;
    font.setPixelSize(std::clamp(area.height() / (rows * 2), 6, area.height() / 28));
    const QList<int> widths = columnWidths(model, font, area.width());
    const int total = std::accumulate(widths.begin(), widths.end(), 0);
    if (total > area.width())
        font.setPixelSize(std::max(6, font.pixelSize() * area.width() / total));
    return font;
}

} // namespace

QString TableSlide::exportName() const
{
    return u"results"_s;
}

QString TableSlide::exportTitle() const
{
    return tr("Results of every run");
}

void TableSlide::render(QPainter& painter, const QSize& size)
{
    const int margin = size.height() / 30;
    QFont title;
    title.setFamilies({ChartExport::thaiCapableFamily()});
    title.setPixelSize(size.height() / 20);
    title.setBold(true);
    const int titleHeight = QFontMetrics(title).height();
    const QRect area(margin, 2 * margin + titleHeight, size.width() - 2 * margin,
                     size.height() - 3 * margin - titleHeight);
    painter.save();
    painter.setPen(QColor(0x20, 0x20, 0x20));
    painter.setFont(title);
    painter.drawText(QRect(margin, margin, area.width(), titleHeight), Qt::AlignCenter, exportTitle());
    const QFont font = tableFont(*m_model, area.size());
    const QList<int> widths = columnWidths(*m_model, font, area.width());
    const int line = QFontMetrics(font).height() * 3 / 2;
    for (int r = -1; r < m_model->rowCount() && area.top() + (r + 2) * line <= area.bottom(); ++r) {
        QFont f = font;
        f.setBold(r < 0);
        painter.setFont(f);
        const int y = area.top() + (r + 1) * line;
        if (r % 2 == 1)
            painter.fillRect(QRect(area.left(), y, area.width(), line), QColor(0xF2, 0xF2, 0xF2));
        int x = area.left();
        for (int c = 0; c < widths.size(); ++c) {
            const QString text = QFontMetrics(f).elidedText(cell(*m_model, r, c), Qt::ElideRight,
                                                            widths.at(c) - QFontMetrics(f).height() / 2);
            painter.drawText(QRect(x, y, widths.at(c), line), Qt::AlignLeft | Qt::AlignVCenter, text);
            x += widths.at(c);
        }
    }
    painter.restore();
}

} // namespace Lab
