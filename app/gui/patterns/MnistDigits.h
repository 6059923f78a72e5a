#pragma once

#include "core/PatternSet.h"

#include <QString>
#include <optional>

namespace hopfield::app {

/// The resource name by which the pattern loader (loadPatterns), the built-in set menu
/// and sessions ("mnist-digits") know the MNIST digits; not a file.
inline const QString kMnistDigitsResource = QStringLiteral("mnist:digits");

/// One bundled MNIST digit per class, "MNIST 0" ... "MNIST 9": for each label 0..9 the
/// first image of that label in the held-out split (Dataset::heldOutIndices, a fixed
/// split), 28 x 28, a pixel brighter than half the maximum intensity (> 127 of 255)
/// being +1 (ink) and the rest -1.  Drawn digits overlap far more than random patterns
/// do, which is what makes Hebb's rule fail on them (SCIENCE.md, correlated patterns).
/// Read once from the data directory (DatasetSource::findDataDirectory) and kept; throws
/// the reader's error naming the missing or malformed file.
const PatternSet& mnistDigits();

/// Why mnistDigits() cannot load, e.g. "no mnist-10k-images-idx3-ubyte.gz in DIR", or
/// nothing when the bundled digits are there.
std::optional<QString> mnistDigitsMissing();

} // namespace hopfield::app
