#pragma once

#include "core/PatternSet.h"

#include <string>

namespace hopfield {

enum class PatternFileFormat { PbmPlain, PbmRaw, AsciiArt };

/// Reads a pattern file, recognising PBM by its magic number ("P1" or "P4" at byte 0)
/// and taking anything else as ASCII art.  Throws ParseError naming `path` (malformed
/// content; or a file that cannot be opened or is a directory, at line 0).
PatternSet readPatternFile(const std::string& path);

/// The format a file name asks for: ".pbm" (any case) gives raw PBM, anything else
/// ASCII art.
PatternFileFormat formatForPath(const std::string& path);

/// Writes atomically: to "PATH.tmp", then renamed over PATH, so a failed write never
/// leaves a half-written file and keeps any file already at PATH.  Throws
/// std::runtime_error naming the path and the reason on failure.  (No fsync: the rename
/// is atomic against crashes of this process, not against a power cut.)
void writePatternFile(const std::string& path, const PatternSet& patterns,
                      PatternFileFormat format);

/// Throws ParseError(fileName, line 0) unless the patterns have exactly `neurons` spins
/// (and, when width > 0, the given width x height): "patterns are 16x16 = 256 neurons
/// but the network has 100".
void requireNetworkSize(const PatternSet& patterns, const std::string& fileName, int neurons,
                        int width = 0, int height = 0);

} // namespace hopfield
