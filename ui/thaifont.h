#pragma once

#include <QString>

#include <optional>

namespace Lab {

// Checks at start that the application font can draw Thai; if not, switches to a family that can.
// Returns a message saying what to install when the machine has no Thai font at all.
std::optional<QString> ensureThaiCapableFont();

} // namespace Lab
