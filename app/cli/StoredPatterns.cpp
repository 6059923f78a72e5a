#include "StoredPatterns.h"

#include "UsageError.h"
#include "core/Corruption.h"
#include "io/PatternFile.h"

#include <limits>

namespace hopfield::cli {

PatternSet storedPatterns(Arguments& args, Rng& rng, int defaultNeurons, int defaultPatterns)
{
    const std::string file = args.text("patterns-file", "");
    if (args.has("patterns-file") && file.empty())
        throw UsageError("--patterns-file needs a file name, got an empty one");
    if (!file.empty()) {
        PatternSet stored = readPatternFile(file);
        if (args.has("neurons"))
            requireNetworkSize(
                stored, file,
                static_cast<int>(args.integer("neurons", 0, 1, std::numeric_limits<int>::max())));
        if (args.has("patterns"))
            throw UsageError(
                "--patterns counts random patterns; it cannot go with --patterns-file");
        return stored;
    }
    const auto neurons = static_cast<int>(
        args.integer("neurons", defaultNeurons, 1, std::numeric_limits<int>::max()));
    const auto count = static_cast<int>(
        args.integer("patterns", defaultPatterns, 1, std::numeric_limits<int>::max()));
    const double bias = args.number("bias", 0.0, -0.99, 0.99);
    return randomPatterns(neurons, 1, count, bias, rng);
}

} // namespace hopfield::cli
