#pragma once

#include "core/PatternSet.h"

#include <iosfwd>
#include <string>

namespace hopfield {

enum class PbmEncoding { Plain /* P1 */, Raw /* P4 */ };

/// Reads one or more concatenated PBM images (P1 plain or P4 raw, Netpbm spec) into
/// a pattern set: a 1 bit (black) is spin +1, a 0 bit (white) is -1.  A comment line
/// "# name: TEXT" just before an image's header fields names that pattern.
/// Throws ParseError naming `fileName`, the line (P1 header/body) or byte (P4), and
/// what was expected: bad magic, missing or non-numeric or zero size, sizes that
/// differ between images, truncated data, stray characters.
PatternSet readPbm(std::istream& in, const std::string& fileName);

/// Writes every pattern as its own image, each preceded by "# name: NAME".
void writePbm(std::ostream& out, const PatternSet& patterns, PbmEncoding encoding);

} // namespace hopfield
