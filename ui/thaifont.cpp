#include "thaifont.h"

#include "chartexport.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>

namespace Lab {

std::optional<QString> ensureThaiCapableFont()
{
    QFont font = QApplication::font();
    if (QFontDatabase::writingSystems(QFontInfo(font).family()).contains(QFontDatabase::Thai))
        return std::nullopt;
    const QString family = ChartExport::thaiCapableFamily();
    if (family.isEmpty())
        return QApplication::translate("Lab::ThaiFont",
                                       "No installed font can draw Thai; install the package fonts-thai-tlwg "
                                       "(apt-get install fonts-thai-tlwg).");
    // Thai text in its own face, everything else in the theme's: a fallback family, not a new default.
    font.setFamilies({QFontInfo(font).family(), family});
    QApplication::setFont(font);
    return std::nullopt;
}

} // namespace Lab
