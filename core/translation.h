#pragma once

#include <QString>

namespace Lab {

// Loads the app's translation for "th" or "en" (from :/i18n) and sets the matching locale for
// numbers. Returns false when the translation is missing; English text is then shown.
bool installTranslation(const QString& language);

} // namespace Lab
