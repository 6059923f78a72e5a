#pragma once

#include "core/PatternSet.h"

#include <QString>
#include <QStringList>

namespace hopfield::app {

/// The resource name by which the pattern loader (loadPatterns), the built-in set menu
/// and sessions ("photographs") know the bundled photographs; not a file.
inline const QString kPhotographsResource = QStringLiteral("photos:photographs");

/// The side of the photograph patterns: 256 x 256 = 65,536 neurons.
inline constexpr int kPhotographSide = 256;

/// The names of the bundled photographs, in their order in the set: "astronaut",
/// "camera", "chelsea", "coffee" (resources/photographs/README.md gives their sources
/// and licences).
QStringList photographNames();

/// The bundled photographs (":/photographs/<name>.png", 256 x 256 grey) as 256 x 256
/// patterns, Floyd-Steinberg dithered with dark as ink (+1): ditherImage.  Made once per
/// process and kept; throws std::runtime_error naming a picture that cannot be read.
const PatternSet& photographs();

} // namespace hopfield::app
