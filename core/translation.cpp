#include "translation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Lab {

bool installTranslation(const QString& language)
{
    static QTranslator* current = nullptr;
    if (current) {
        QCoreApplication::removeTranslator(current);
        delete current;
        current = nullptr;
    }
    // Thai digits and the Gregorian calendar: QLocale's Thai formats dates in the Gregorian calendar.
    QLocale::setDefault(language == u"th"_s ? QLocale(QLocale::Thai, QLocale::Thailand)
                                            : QLocale(QLocale::English, QLocale::UnitedStates));
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(u":/i18n/concurrency-lab_%1.qm"_s.arg(language))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    current = translator;
    return true;
}

} // namespace Lab
