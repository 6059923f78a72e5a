#pragma once

#include "core/PatternSet.h"

#include <iosfwd>
#include <string>

namespace hopfield {

enum class PbmEncoding { Plain /* P1 */, Raw /* P4 */ };

/// Reads one or more concatenated PBM images (P1 plain or P4 raw, Netpbm spec; the two
/// may be mixed) into a pattern set: a 1 bit (black) is spin +1, a 0 bit (white) is -1.
/// Header fields are separated by whitespace and '#' comments; exactly one whitespace
/// character ends a P4 header, and each P4 row is padded to whole bytes (the padding bits
/// are ignored).  A comment "# name: TEXT" before an image's size (before or after its
/// magic number) names that pattern; names are trimmed and kept on one line.
/// Throws ParseError naming `fileName`, where, and what was expected: bad magic, missing
/// or non-numeric or zero or oversized size, sizes that differ between images, truncated
/// data, stray characters, trailing garbage, an input over 64 MiB.  The position is the
/// 1-based line until a P4 raster has been read, and the 0-based byte offset from then
/// on (line numbers mean nothing in binary data).  A header's claimed size is checked
/// against the bytes that follow before anything is allocated.
PatternSet readPbm(std::istream& in, const std::string& fileName);

/// Writes every pattern as its own image: the magic number, "# name: NAME" when the
/// pattern has a name, the size, then the raster (P1 lines of at most 70 pixels; P4 rows
/// padded with 0 bits).
void writePbm(std::ostream& out, const PatternSet& patterns, PbmEncoding encoding);

} // namespace hopfield
