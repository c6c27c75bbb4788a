#pragma once

#include <QString>

namespace Lab {

// The languages of the app: "th" and "en". Installing one replaces the other, sets the locale
// numbers are written in, and (through Qt) sends every widget a LanguageChange.
inline const QString thai = QStringLiteral("th");
inline const QString english = QStringLiteral("en");

// Loads the app's translation (and, for Thai, the app's translation of Qt's own dialog strings,
// which Debian does not ship) from :/i18n. Returns false when a translation is missing; Qt's is
// the window's (labui), so a program without the window gets the app's own and false.
bool installTranslation(const QString& language);
QString currentLanguage(); // from any thread; empty before the first installTranslation()
// "th" for a Thai system locale, "en" otherwise.
QString defaultLanguage();

} // namespace Lab
