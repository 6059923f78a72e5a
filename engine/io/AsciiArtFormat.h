#pragma once

#include "core/PatternSet.h"

#include <iosfwd>
#include <string>

namespace hopfield {

/// The ASCII-art pattern format: each pattern is a block of rows of '#' (spin +1) and
/// '.' (spin -1), all rows of one width; blocks are separated by one or more blank
/// lines; a line "; NAME" just before a block names it.  Trailing spaces and '\r' are
/// ignored.  Every block must have the same width and height.
/// Throws ParseError naming `fileName`, the 1-based line and what was expected: a
/// stray character (and its column), a row of the wrong width, a block of the wrong
/// height, a name with no pattern after it, or no pattern at all.
PatternSet readAsciiArt(std::istream& in, const std::string& fileName);

/// Writes "; NAME" then the rows of each pattern, with a blank line between patterns.
void writeAsciiArt(std::ostream& out, const PatternSet& patterns);

} // namespace hopfield
