#include "RetrieveCommand.h"

#include "Arguments.h"
#include "JsonWriter.h"
#include "UpdateModeName.h"
#include "UsageError.h"
#include "analysis/StateClassification.h"
#include "core/Corruption.h"
#include "discrete/Dynamics.h"
#include "io/PatternFile.h"
#include "learning/CouplingRules.h"

#include <limits>

namespace hopfield::cli {
namespace {

struct RetrieveSetup {
    PatternSet stored;
    Pattern start;
    int target = 0;
    double noise = 0.0;
    std::vector<int> mixture;
};

PatternSet storedPatterns(Arguments& args, Rng& rng)
{
    const std::string file = args.text("patterns-file", "");
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
    const auto neurons =
        static_cast<int>(args.integer("neurons", 1000, 1, std::numeric_limits<int>::max()));
    const auto count =
        static_cast<int>(args.integer("patterns", 50, 1, std::numeric_limits<int>::max()));
    const double bias = args.number("bias", 0.0, -0.99, 0.99);
    return randomPatterns(neurons, 1, count, bias, rng);
}

RetrieveSetup setupFrom(Arguments& args, Rng& rng)
{
    RetrieveSetup setup;
    setup.stored = storedPatterns(args, rng);
    setup.target = static_cast<int>(args.integer("target", 0, 0, setup.stored.size() - 1));
    setup.mixture = args.integerList("mixture");
    if (!setup.mixture.empty()) {
        if (args.has("noise"))
            throw UsageError("--noise and --mixture choose the start two ways; give one");
        setup.start = mixture(setup.stored, setup.mixture, rng);
    } else {
        setup.noise = args.number("noise", 0.2, 0.0, 1.0);
        setup.start = flipExactly(setup.stored[setup.target], setup.noise, rng);
    }
    return setup;
}

} // namespace

int runRetrieve(const std::vector<std::string>& words, std::ostream& out)
{
    Arguments args(words, {});
    const auto seed = static_cast<std::uint64_t>(
        args.integer("seed", 1, 0, std::numeric_limits<long long>::max()));
    Rng rng(seed);
    DynamicsOptions options;
    options.temperature = args.number("temperature", 0.0, 0.0, 1e6);
    options.mode = updateModeFromName(args.text("update", "async"));
    options.maxSweeps = static_cast<int>(args.integer("sweeps", 100, 0, 10'000'000));
    const CouplingRule rule = couplingRuleFromName(args.text("rule", "hebb"));
    const double dreamingTime = args.number("dreaming-time", 1.0, 0.0, 1e12);
    // Only Hebb's rule has the overlap form; every other rule needs the dense J.
    const std::string formName =
        args.text("form", rule == CouplingRule::Hebb ? "overlap" : "dense");
    if (formName != "overlap" && formName != "dense")
        throw UsageError("--form expects overlap or dense, got '" + formName + "'");
    if (formName == "overlap" && rule != CouplingRule::Hebb)
        throw UsageError("--form overlap holds Hebb couplings only; the " + couplingRuleName(rule) +
                         " rule needs --form dense");
    const RetrieveSetup setup = setupFrom(args, rng);
    args.finish();

    HopfieldNetwork network =
        rule == CouplingRule::Hebb
            ? HopfieldNetwork(setup.stored,
                              formName == "dense" ? CouplingForm::Dense : CouplingForm::Overlap)
            : HopfieldNetwork(setup.stored, couplingsFor(rule, setup.stored, dreamingTime));
    network.setState(setup.start.spins());
    const DynamicsResult result = runDynamics(network, options, rng);
    const std::vector<double>& finalOverlaps = result.trace.back().overlaps;
    const StateClassification classification = classifyState(finalOverlaps, network.neurons());

    JsonWriter json(out);
    json.beginObject();
    json.key("neurons").value(network.neurons());
    json.key("width").value(setup.stored.width());
    json.key("height").value(setup.stored.height());
    json.key("patterns").value(network.patternCount());
    json.key("load").value(static_cast<double>(network.patternCount()) / network.neurons());
    json.key("temperature").value(options.temperature);
    json.key("update").value(updateModeName(options.mode));
    json.key("rule").value(couplingRuleName(rule));
    if (rule == CouplingRule::Dreaming)
        json.key("dreaming_time").value(dreamingTime);
    json.key("form").value(formName);
    json.key("seed").value(static_cast<long long>(seed));
    json.key("target").value(setup.target);
    if (setup.mixture.empty())
        json.key("noise").value(setup.noise);
    else
        json.key("mixture").array(setup.mixture);
    json.key("initial_overlaps").array(result.trace.front().overlaps);
    json.key("final_overlaps").array(finalOverlaps);
    json.key("target_overlap").value(finalOverlaps[static_cast<std::size_t>(setup.target)]);
    json.key("energy_trace").beginArray();
    for (const SweepRecord& record : result.trace)
        json.value(record.energy);
    json.endArray();
    json.key("target_overlap_trace").beginArray();
    for (const SweepRecord& record : result.trace)
        json.value(record.overlaps[static_cast<std::size_t>(setup.target)]);
    json.endArray();
    json.key("flips_trace").beginArray();
    for (const SweepRecord& record : result.trace)
        json.value(record.flips);
    json.endArray();
    json.key("sweeps").value(result.sweeps());
    json.key("converged").value(result.converged);
    json.key("two_cycle").value(result.twoCycle);
    json.key("classification").beginObject();
    json.key("kind").value(kindName(classification.kind));
    json.key("patterns").array(classification.patterns);
    json.key("signs").array(classification.signs);
    json.endObject();
    json.endObject();
    return 0;
}

} // namespace hopfield::cli
