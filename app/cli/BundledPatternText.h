#pragma once

#include <string_view>

namespace hopfield::cli {

/// The pattern sets shipped in resources/patterns (ASCII art, 16 x 16).
enum class BundledSet { Letters, Digits, Symbols };

/// The text of resources/patterns/<set>.txt, compiled into the CLI at build time.
std::string_view bundledPatternText(BundledSet set);

} // namespace hopfield::cli
