#pragma once

// The contract every pattern-file fuzz target checks.  A reader may refuse malformed
// input only with ParseError or std::invalid_argument; any other exception, a crash or a
// sanitizer report is a bug.  What it accepts must survive every writer and its reader
// unchanged (names included): that catches writers and readers that disagree.

#include "core/PatternSet.h"
#include "io/AsciiArtFormat.h"
#include "io/ParseError.h"
#include "io/PbmFormat.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>

namespace hopfield::fuzz {

using Reader = std::function<PatternSet(std::istream&)>;
using Writer = std::function<void(std::ostream&, const PatternSet&)>;

inline bool samePatterns(const PatternSet& a, const PatternSet& b)
{
    return a.width() == b.width() && a.height() == b.height() &&
           std::equal(a.begin(), a.end(), b.begin(), b.end());
}

/// Aborts unless `patterns` written by `write` read back equal with `read`.  A
/// ParseError here escapes to libFuzzer: a reader refusing its own writer's output.
inline void requireRoundTrip(const PatternSet& patterns, const Writer& write, const Reader& read)
{
    std::ostringstream out;
    write(out, patterns);
    std::istringstream in(out.str());
    if (!samePatterns(read(in), patterns))
        std::abort();
}

/// The body of a fuzz target: parses `data` with `read`, then round-trips what it
/// accepted through ASCII art, plain PBM and raw PBM.
inline int fuzzPatternReader(const std::uint8_t* data, std::size_t size, const Reader& read)
{
    std::optional<PatternSet> patterns;
    try {
        std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
        patterns = read(in);
    } catch (const ParseError&) {
        return 0;
    } catch (const std::invalid_argument&) {
        return 0;
    }
    const auto pbm = [](PbmEncoding encoding) -> Writer {
        return [encoding](std::ostream& out, const PatternSet& p) {
            writePbm(out, p, encoding);
        };
    };
    const Reader readBackPbm = [](std::istream& in) {
        return readPbm(in, "written.pbm");
    };
    requireRoundTrip(*patterns, writeAsciiArt,
                     [](std::istream& in) { return readAsciiArt(in, "written.txt"); });
    requireRoundTrip(*patterns, pbm(PbmEncoding::Plain), readBackPbm);
    requireRoundTrip(*patterns, pbm(PbmEncoding::Raw), readBackPbm);
    return 0;
}

} // namespace hopfield::fuzz
