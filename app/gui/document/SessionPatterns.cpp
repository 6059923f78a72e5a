#include "gui/document/SessionPatterns.h"

#include "core/Corruption.h"
#include "core/Rng.h"
#include "gui/document/SessionNames.h"

namespace hopfield::app {

PatternSet sessionRandomPatterns(int width, int height, int count, std::uint64_t seed)
{
    Rng rng(seed);
    return randomPatterns(width, height, count, 0.0, rng);
}

std::optional<QString> builtinSetOf(const QString& resource)
{
    for (const QString& set : sessionNames::builtinSets())
        if (sessionNames::builtinResource(set) == resource)
            return set;
    return std::nullopt;
}

} // namespace hopfield::app
