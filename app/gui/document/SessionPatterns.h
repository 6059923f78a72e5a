#pragma once

#include "core/PatternSet.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace hopfield::app {

/// The stored patterns a session refers to instead of spelling them out.

/// Unbiased random patterns: the first draws of a generator seeded with `seed`, exactly
/// as RetrievalRun (and hopfield-lab-cli retrieve) draw them before the start state.
PatternSet sessionRandomPatterns(int width, int height, int count, std::uint64_t seed);

/// The built-in set whose resource file is `resource` (":/patterns/letters.txt" is
/// "letters"), or nothing for any other file.
std::optional<QString> builtinSetOf(const QString& resource);

} // namespace hopfield::app
