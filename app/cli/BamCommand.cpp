#include "BamCommand.h"

#include "BundledPatterns.h"
#include "CommandLine.h"
#include "SweepCommand.h"
#include "UsageError.h"
#include "core/Corruption.h"
#include "discrete/BamRetrieval.h"

#include <ostream>

namespace hopfield::cli {
namespace {

struct BamOptions {
    int neurons = 100;
    int partnerNeurons = 0; ///< 0: equal to neurons
    int pairs = 5;
    int pair = 0;
    double noise = 0.2;
    std::string update = "sync";
    double temperature = 0.0;
    int steps = 50;
    std::uint64_t seed = 1;
    std::string demo;
    std::string alpha;
    int trials = 5;
};

void addOptions(CLI::App& command, BamOptions& o)
{
    command.add_option("--neurons", o.neurons, "N, the first layer")->check(CLI::Range(2, 20000));
    command.add_option("--partner-neurons", o.partnerNeurons, "M, the second layer (default N)")
        ->check(CLI::Range(1, 20000));
    command.add_option("--pairs", o.pairs, "P stored pairs")->check(CLI::Range(1, 100000));
    command.add_option("--pair", o.pair, "the pair to retrieve (from 0)")
        ->check(CLI::NonNegativeNumber);
    command.add_option("--noise", o.noise, "fraction of the first half flipped")
        ->check(CLI::Range(0.0, 1.0));
    command.add_option("--update", o.update, "sync (reverberation) or async (Glauber)")
        ->check(CLI::IsMember({"sync", "async"}));
    command.add_option("--temperature", o.temperature)->check(CLI::Range(0.0, 1e6));
    command.add_option("--steps", o.steps, "at most this many steps")
        ->check(CLI::Range(1, 1000000));
    command.add_option("--seed", o.seed);
    command.add_option("--demo", o.demo, "letters-digits: A <-> 1, B <-> 2, ... (16 x 16 each)")
        ->check(CLI::IsMember({"letters-digits"}));
    command.add_option("--alpha", o.alpha, "START:STOP:STEP: capacity CSV over alpha = P/N, N = M");
    command.add_option("--trials", o.trials, "pattern sets per alpha (capacity)")
        ->check(CLI::Range(1, 100000));
}

/// A <-> 1, B <-> 2, ..., I <-> 9, J <-> 0: the first P letters and the digits after them.
std::pair<PatternSet, PatternSet> letterDigitPairs(int pairs)
{
    const PatternSet letters = namedPatterns("letters");
    const PatternSet digits = namedPatterns("digits");
    if (pairs > digits.size())
        throw UsageError("--demo letters-digits has " + std::to_string(digits.size()) +
                         " pairs, got --pairs " + std::to_string(pairs));
    PatternSet first(letters.width(), letters.height());
    PatternSet second(digits.width(), digits.height());
    for (int mu = 0; mu < pairs; ++mu) {
        first.add(letters[mu]);
        second.add(digits[(mu + 1) % digits.size()]);
    }
    return {first, second};
}

int capacity(const BamOptions& o, std::ostream& out)
{
    const SweepRange alphas = parseSweepRange("alpha", o.alpha);
    alphas.validate("alpha", 1e-9, 2.0, 10000);
    Rng rng(o.seed);
    const std::vector<BamCapacityPoint> curve =
        bamCapacity(o.neurons, alphas.values(), o.trials, o.noise, rng);
    out << "alpha,pairs,retrieved_fraction,mean_overlap\n";
    for (const BamCapacityPoint& point : curve)
        out << point.alpha << ',' << point.pairs << ',' << point.retrievedFraction << ','
            << point.meanOverlap << '\n';
    return finishOutput(out);
}

int retrieve(const BamOptions& o, std::ostream& out)
{
    Rng rng(o.seed);
    const auto [first, second] =
        o.demo.empty()
            ? std::pair{randomPatterns(o.neurons, 1, o.pairs, 0.0, rng),
                        randomPatterns(o.partnerNeurons > 0 ? o.partnerNeurons : o.neurons, 1,
                                       o.pairs, 0.0, rng)}
            : letterDigitPairs(o.pairs);
    if (o.pair >= o.pairs)
        throw UsageError("--pair " + std::to_string(o.pair) + " is not among the " +
                         std::to_string(o.pairs) + " pairs");
    const BidirectionalMemory memory(first, second, bamUpdateFromName(o.update), o.temperature);
    const BamRetrieval run = retrievePair(memory, o.pair, o.noise, o.steps, rng);
    nlohmann::ordered_json json;
    json["neurons"] = memory.neurons();
    json["partner_neurons"] = memory.partnerNeurons();
    json["pairs"] = memory.pairCount();
    json["load"] = static_cast<double>(memory.pairCount()) / memory.neurons();
    if (!o.demo.empty()) {
        json["demo"] = o.demo;
        json["pair_names"] = {first[o.pair].name(), second[o.pair].name()};
    }
    json["pair"] = o.pair;
    json["noise"] = o.noise;
    json["update"] = o.update;
    json["temperature"] = o.temperature;
    json["seed"] = o.seed;
    json["pair_overlap_s"] = run.pairOverlapS;
    json["pair_overlap_tau"] = run.pairOverlapTau;
    json["retrieved"] = run.retrieved;
    json["steps"] = run.steps;
    json["converged"] = run.converged;
    json["energy_trace"] = run.energyTrace;
    return writeJson(json, out);
}

} // namespace

int runBam(const std::vector<std::string>& options, std::ostream& out)
{
    CLI::App command("Bidirectional associative memory (Kosko 1988; SCIENCE.md section 8).", "bam");
    BamOptions o;
    addOptions(command, o);
    if (const std::optional<int> status = parseOptions(command, options, out))
        return *status;
    if (!o.demo.empty() && (command.count("--neurons") || command.count("--partner-neurons")))
        throw UsageError("--demo letters-digits takes its sizes from the images (16 x 16)");
    if (!o.alpha.empty()) {
        if (!o.demo.empty() || command.count("--pairs") || command.count("--partner-neurons"))
            throw UsageError("--alpha sets the pairs (P = alpha N) on equal layers; drop --demo, "
                             "--pairs and --partner-neurons");
        return capacity(o, out);
    }
    return retrieve(o, out);
}

} // namespace hopfield::cli
