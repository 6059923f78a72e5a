#pragma once

#include "core/PatternSet.h"

#include <iosfwd>
#include <string>

namespace hopfield {

/// The ASCII-art pattern format: each pattern is a block of rows of '#' (spin +1) and
/// '.' (spin -1), all rows of one width; blocks are separated by one or more blank
/// lines; a line "; NAME" just before a block names it (and ends any block before it).
/// Trailing spaces, tabs and '\r' are ignored, so CRLF files read as LF ones; names are
/// trimmed.  Every block must have the same width and height.
/// Throws ParseError naming `fileName`, the 1-based line and what was expected: a
/// stray character (and its column), a row of the wrong width, a block of the wrong
/// height, a name with no pattern after it, no pattern at all, or an input over 64 MiB
/// (at its byte offset).
PatternSet readAsciiArt(std::istream& in, const std::string& fileName);

/// Writes "; NAME" (for a named pattern) then the rows of each pattern, with a blank line
/// between patterns.  Line breaks in a name become spaces.
void writeAsciiArt(std::ostream& out, const PatternSet& patterns);

} // namespace hopfield
