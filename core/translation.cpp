#include "translation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMutex>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {

struct Installed {
    QMutex languageLock; // the process pool reads the language from the lab thread
    QString language;
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
};

Installed& installed()
{
    static Installed state;
    return state;
}

std::unique_ptr<QTranslator> load(const QString& name)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(u":/i18n/%1.qm"_s.arg(name)))
        return nullptr;
    QCoreApplication::installTranslator(translator.get());
    return translator;
}

} // namespace

bool installTranslation(const QString& language)
{
    Installed& state = installed();
    for (auto* t : {state.app.get(), state.qt.get()}) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
    // Thai numbers in Thai, with Western digits as Thai users write them; dates in the
    // Gregorian calendar (QLocale's Thai formats do not switch to the Buddhist era).
    QLocale::setDefault(language == thai ? QLocale(QLocale::Thai, QLocale::Thailand)
                                         : QLocale(QLocale::English, QLocale::UnitedStates));
    {
        const QMutexLocker lock(&state.languageLock);
        state.language = language;
    }
    state.app = load(u"concurrency-lab_%1"_s.arg(language));
    state.qt = language == thai ? load(u"qt_th"_s) : nullptr;
    return state.app != nullptr && (language != thai || state.qt != nullptr);
}

QString defaultLanguage()
{
    return QLocale::system().language() == QLocale::Thai ? thai : english;
}

QString currentLanguage()
{
    Installed& state = installed();
    const QMutexLocker lock(&state.languageLock);
    return state.language;
}

} // namespace Lab
