#include "StoredPatterns.h"

#include "UsageError.h"
#include "core/Corruption.h"
#include "io/PatternFile.h"

#include <limits>

namespace hopfield::cli {

void addPatternOptions(CLI::App& command, PatternOptions& o)
{
    command.add_option("--patterns-file", o.file, "PBM or ASCII art, one pattern per image");
    command.add_option("--neurons", o.neurons, "N, the neurons")
        ->check(CLI::Range(1, std::numeric_limits<int>::max()));
    command.add_option("--patterns", o.patterns, "P, the random patterns")
        ->check(CLI::Range(1, std::numeric_limits<int>::max()));
    command.add_option("--bias", o.bias, "mean of the random spins")
        ->check(CLI::Range(-0.99, 0.99));
}

PatternSet storedPatterns(const CLI::App& command, const PatternOptions& o, Rng& rng)
{
    if (command.count("--patterns-file") && o.file.empty())
        throw UsageError("--patterns-file needs a file name, got an empty one");
    if (!o.file.empty()) {
        PatternSet stored = readPatternFile(o.file);
        if (command.count("--neurons"))
            requireNetworkSize(stored, o.file, o.neurons);
        if (command.count("--patterns"))
            throw UsageError(
                "--patterns counts random patterns; it cannot go with --patterns-file");
        if (command.count("--bias"))
            throw UsageError("--bias shapes random patterns; it cannot go with --patterns-file");
        return stored;
    }
    return randomPatterns(o.neurons, 1, o.patterns, o.bias, rng);
}

} // namespace hopfield::cli
