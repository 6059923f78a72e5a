#pragma once

#include "core/PatternSet.h"

#include <QString>
#include <QStringList>

namespace hopfield::app {

/// Reads an ASCII-art pattern file from the Qt resources (e.g. ":/patterns/letters.txt")
/// or from disk, or the MNIST digits (kMnistDigitsResource, see MnistDigits.h) or the photographs
/// (kPhotographsResource, Photographs.h), keeping only the
/// `names` listed, in that order (all when empty). Throws ParseError for a malformed file and
/// std::runtime_error naming the file for a missing file or an unknown name.
PatternSet loadPatterns(const QString& path, const QStringList& names = {});

} // namespace hopfield::app
