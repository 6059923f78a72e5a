#include "LearnCommand.h"

#include "CommandLine.h"
#include "Interrupt.h"
#include "JsonWriter.h"
#include "RuleOptions.h"
#include "StoredPatterns.h"
#include "UsageError.h"
#include "analysis/StateEnumeration.h"
#include "core/Corruption.h"
#include "discrete/DenseAssociativeMemory.h"
#include "discrete/ModernHopfieldNetwork.h"
#include "learning/BoltzmannLearning.h"
#include "learning/CouplingRules.h"
#include "learning/ExampleLearning.h"
#include "learning/HebbianUnlearning.h"
#include "learning/LearningCurveColumns.h"
#include "learning/PatternStability.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <sstream>

namespace hopfield::cli {
namespace {

/// The largest N whose KL(P_data || P_model) `learn` computes by enumeration (2^16 states).
constexpr int kMaxExactKlNeurons = 16;

/// The words of a `learn` command line, before the cross-option checks.
struct LearnOptions {
    std::string rule;
    std::int64_t seed = 1;
    PatternOptions patterns; ///< N and P: the rule's defaults (kRules)
    RuleOptions rules;
    int reportEvery = UnlearningOptions{}.reportEvery; ///< unlearning
    // boltzmann
    int samples = 100;
    int burnIn = 30;
    double temperature = BoltzmannOptions{}.temperature;
    std::string start = boltzmannStartName(BoltzmannOptions{}.start);
    bool fields = BoltzmannOptions{}.learnFields;
    bool restartChains = BoltzmannOptions{}.restartChains;
    std::string supervision = "supervised"; ///< examples
    std::string curve;                      ///< examples, dense, modern
    // dense and modern
    double noise = 0.1;
    int tries = 0; ///< read only when given; else min(P, 50)
    int sweeps = 30;
    std::string order = "3";
    double beta = 1.0;
    int steps = 1;
};

void addOptions(CLI::App& command, LearnOptions& o)
{
    command.add_option("--rule", o.rule, "unlearning, boltzmann, examples, dense or modern");
    command.add_option("--seed", o.seed)
        ->check(CLI::Range(std::int64_t{0}, std::numeric_limits<std::int64_t>::max()));
    addPatternOptions(command, o.patterns);
    addRuleOptions(command, o.rules);
    command.add_option("--report-every", o.reportEvery, "unlearning: dreams between reports")
        ->check(CLI::Range(0, 100'000'000));
    command.add_option("--samples", o.samples, "boltzmann: samples at T = 1 (100)")
        ->check(CLI::Range(0, 1'000'000));
    command.add_option("--burn-in", o.burnIn, "boltzmann: sweeps before the samples (30)")
        ->check(CLI::Range(1, 1'000'000));
    command.add_option("--temperature", o.temperature, "boltzmann: the model's T (1)")
        ->check(CLI::Range(0.0, 100.0));
    command.add_option("--start", o.start, "boltzmann: hebb or zero (zero)");
    command.add_flag("--fields", o.fields, "boltzmann: also learn the fields");
    command.add_flag("--restart-chains", o.restartChains, "boltzmann: restart every epoch");
    command.add_option("--supervision", o.supervision,
                       "examples: supervised or unsupervised (supervised)");
    command.add_option("--curve", o.curve, "examples: M list; dense, modern: P list");
    command.add_option("--noise", o.noise, "dense, modern: fraction flipped (0.1)")
        ->check(CLI::Range(0.0, 1.0));
    command.add_option("--tries", o.tries, "dense, modern: patterns tried (min(P, 50))")
        ->check(CLI::PositiveNumber);
    command.add_option("--sweeps", o.sweeps, "dense, modern: at most this many sweeps (30)")
        ->check(CLI::Range(1, 1'000'000));
    command.add_option("--order", o.order, "dense: n or exp (3)");
    command.add_option("--beta", o.beta, "modern: inverse temperature (1)")
        ->check(CLI::Range(1e-12, 1e12));
    command.add_option("--steps", o.steps, "modern: softmax steps (1)")
        ->check(CLI::Range(1, 1'000'000));
}

/// The options of one `learn` rule or another, for rejectOtherRulesOptions.
const std::vector<std::string> kLearnRuleOptions = {
    "--report-every", "--samples",        "--burn-in",     "--temperature", "--start",
    "--fields",       "--restart-chains", "--supervision", "--curve",       "--noise",
    "--tries",        "--sweeps",         "--order",       "--beta",        "--steps"};

/// "stability": one object per pattern, then "stable_fraction".
void writeStability(JsonWriter& json, const StabilityReport& report)
{
    json.key("stability").beginArray();
    for (std::size_t mu = 0; mu < report.patterns.size(); ++mu) {
        const PatternStabilityEntry& entry = report.patterns[mu];
        json.beginObject();
        json.key("pattern").value(static_cast<int>(mu));
        json.key(learning_curve::kStableBitFraction).value(entry.stableBitFraction);
        json.key(learning_curve::kMinStability).value(entry.minStability);
        json.key(learning_curve::kMeanStability).value(entry.meanStability);
        json.key("stable").value(entry.stable);
        json.endObject();
    }
    json.endArray();
    json.key(learning_curve::kStableFraction).value(report.stableFraction);
    json.key(learning_curve::kStableBitFraction).value(report.stableBitFraction);
    json.key(learning_curve::kMinStability).value(report.minStability);
}

void learnByUnlearning(const CLI::App& command, const LearnOptions& o, const PatternSet& stored,
                       std::uint64_t seed, JsonWriter& json)
{
    rejectOtherRulesOptions(command, o.rule, kLearnRuleOptions, {"--report-every"});
    RuleParameters parameters =
        ruleParameters(command, o.rules, CouplingRule::Unlearning, stored, seed);
    parameters.unlearning.reportEvery = o.reportEvery;
    Rng rng(seed);
    // Ctrl+C ends the dreams at the next progress report; the JSON reports what was done.
    const InterruptScope interruptible;
    const UnlearningResult result =
        runUnlearning(stored, parameters.unlearning, rng,
                      [](const UnlearningProgress&) { return !interrupted(); });
    json.key("lambda").value(parameters.unlearning.strength);
    json.key(learning_curve::kDreams).value(result.dreamsDone);
    json.key("hebb_stable_fraction").value(result.progress.front().stableFraction);
    json.key("milestones").beginObject();
    json.key("d_in").value(result.milestones.dIn);
    json.key("d_top").value(result.milestones.dTop);
    json.key("d_fin").value(result.milestones.dFin);
    json.endObject();
    writeStability(json, patternStability(stored, result.couplings));
    json.key("learning_curve").beginArray();
    for (const UnlearningProgress& p : result.progress) {
        json.beginObject();
        json.key(learning_curve::kDreams).value(p.dreams);
        json.key(learning_curve::kStableFraction).value(p.stableFraction);
        json.key(learning_curve::kStableBitFraction).value(p.stableBitFraction);
        json.key(learning_curve::kMinStability).value(p.minStability);
        json.key(learning_curve::kMeanStability).value(p.meanStability);
        json.key(learning_curve::kStoredDreamFraction).value(p.storedDreamFraction);
        json.endObject();
    }
    json.endArray();
}

/// <m_mu^2> over the states, for every pattern mu: fixed by the pair correlations.
std::vector<double> meanSquaredOverlaps(const PatternSet& patterns, const PatternSet& states)
{
    std::vector<double> result;
    for (const Pattern& pattern : patterns) {
        double sum = 0.0;
        for (const Pattern& state : states) {
            const double m = overlap(pattern.spins(), state.spins());
            sum += m * m;
        }
        result.push_back(states.empty() ? 0.0 : sum / states.size());
    }
    return result;
}

/// KL(P_data || P_model,T) over all 2^N states, P_data the examples' empirical
/// distribution: NaN (written null) when N is too large to enumerate or T = 0, where the
/// model is no distribution.
double exactKl(const PatternSet& data, const BoltzmannResult& result, double temperature)
{
    if (data.neurons() > kMaxExactKlNeurons || temperature <= 0.0)
        return std::numeric_limits<double>::quiet_NaN();
    return klDivergence(
        empiricalLogDistribution(data),
        hopfieldLogDistribution(result.couplings, result.fields, 1.0 / temperature));
}

/// The couplings the rule started from: Hebb's, or zero.
Eigen::MatrixXd startCouplingsOf(const BoltzmannOptions& options, int neurons)
{
    return options.start == BoltzmannStart::Hebb ? options.hebbStart
                                                 : Eigen::MatrixXd::Zero(neurons, neurons);
}

void learnBoltzmann(const CLI::App& command, const LearnOptions& o, const PatternSet& stored,
                    std::uint64_t seed, JsonWriter& json)
{
    rejectOtherRulesOptions(
        command, o.rule, kLearnRuleOptions,
        {"--samples", "--burn-in", "--temperature", "--start", "--fields", "--restart-chains"});
    RuleParameters parameters =
        ruleParameters(command, o.rules, CouplingRule::Boltzmann, stored, seed);
    const int sampleCount = o.samples;
    const int burnIn = o.burnIn;
    // The single rule of seed 000: the model's temperature, the start, fields, and chains
    // restarted every epoch (the dreams of unlearning, advised at T = 0).
    BoltzmannOptions& options = parameters.boltzmann;
    options.temperature = o.temperature;
    try {
        options.start = boltzmannStartFromName(o.start);
    } catch (const std::invalid_argument& error) {
        throw UsageError(std::string("--start: ") + error.what());
    }
    if (options.start == BoltzmannStart::Hebb)
        options.hebbStart = hebbCouplings(stored);
    options.learnFields = o.fields;
    options.restartChains = o.restartChains;
    Rng rng(seed);
    const PatternSet data = allExamples(
        generateExamples(stored, parameters.examplesPerArchetype, parameters.exampleQuality, rng));
    // Ctrl+C ends the training after the current epoch; the curve holds the epochs done.
    const InterruptScope interruptible;
    const BoltzmannResult result =
        trainBoltzmann(data, options, rng, [](int, double) { return !interrupted(); });
    // Samples at T = 1, the generative end, whatever the learning temperature.
    const PatternSet samples =
        sampleBoltzmann(result.couplings, result.fields, 1.0, stored, sampleCount, burnIn, rng);
    json.key("temperature").value(options.temperature);
    json.key("start").value(boltzmannStartName(options.start));
    json.key("fields").value(options.learnFields);
    json.key("restart_chains").value(options.restartChains);
    json.key(learning_curve::kKlDataModel).value(exactKl(data, result, options.temperature));
    json.key("start_stable_fraction")
        .value(
            patternStability(stored, startCouplingsOf(options, stored.neurons())).stableFraction);
    json.key(learning_curve::kExamples).value(parameters.examplesPerArchetype);
    json.key("quality").value(parameters.exampleQuality);
    json.key("data_size").value(data.size());
    json.key("learning_rate").value(parameters.boltzmann.learningRate);
    json.key("epochs").value(parameters.boltzmann.epochs);
    json.key("chains").value(parameters.boltzmann.chains);
    json.key("sweeps_per_epoch").value(parameters.boltzmann.sweepsPerEpoch);
    json.key("samples").value(sampleCount);
    json.key("data_mean_squared_overlap").array(meanSquaredOverlaps(stored, data));
    json.key("sample_mean_squared_overlap").array(meanSquaredOverlaps(stored, samples));
    json.key("sample_moment_error")
        .value(samples.empty() ? std::numeric_limits<double>::quiet_NaN()
                               : momentError(spinCorrelations(samples), spinCorrelations(data)));
    writeStability(json, patternStability(stored, result.couplings));
    json.key("learning_curve").beginArray();
    for (std::size_t epoch = 0; epoch < result.momentError.size(); ++epoch) {
        json.beginObject();
        json.key(learning_curve::kEpoch).value(static_cast<int>(epoch + 1));
        json.key(learning_curve::kMomentError).value(result.momentError[epoch]);
        json.endObject();
    }
    json.endArray();
}

void learnFromExamples(const CLI::App& command, const LearnOptions& o, const PatternSet& stored,
                       std::uint64_t seed, JsonWriter& json)
{
    rejectOtherRulesOptions(command, o.rule, kLearnRuleOptions, {"--supervision", "--curve"});
    const RuleParameters parameters =
        ruleParameters(command, o.rules, CouplingRule::ExamplesSupervised, stored, seed);
    const std::string& supervision = o.supervision;
    if (supervision != "supervised" && supervision != "unsupervised")
        throw UsageError("--supervision expects supervised or unsupervised, got '" + supervision +
                         "'");
    const std::vector<int> curveExamples = command.count("--curve")
                                               ? integerListOption("curve", o.curve)
                                               : std::vector<int>{1, 2, 5, 10, 20, 50, 100};
    for (int m : curveExamples)
        if (m < 1)
            throw UsageError("--curve expects numbers of examples >= 1");
    Rng rng(seed);
    const int m = parameters.examplesPerArchetype;
    const double r = parameters.exampleQuality;
    const ExampleDataset dataset = generateExamples(stored, m, r, rng);
    const Eigen::MatrixXd j =
        supervision == "supervised" ? supervisedCouplings(dataset) : unsupervisedCouplings(dataset);
    json.key(learning_curve::kExamples).value(m);
    json.key("quality").value(r);
    json.key(learning_curve::kEntropy).value(datasetEntropy(r, m));
    json.key("normalisation").value(exampleNormalisation(r, m));
    json.key("supervision").value(supervision);
    json.key("archetype_overlap").value(archetypeOverlap(stored, j, 50, rng));
    json.key("theory_overlap").value(archetypeOverlapTheory(r, m));
    writeStability(json, patternStability(stored, j));
    json.key("learning_curve").beginArray();
    for (const ExampleCurvePoint& point : exampleLearningCurve(stored, curveExamples, r, rng)) {
        json.beginObject();
        json.key(learning_curve::kExamples).value(point.examplesPerArchetype);
        json.key(learning_curve::kEntropy).value(point.entropy);
        json.key(learning_curve::kTheory).value(point.theory);
        json.key(learning_curve::kSupervised).value(point.supervised);
        json.key(learning_curve::kUnsupervised).value(point.unsupervised);
        json.key(learning_curve::kExampleStableFraction).value(point.exampleStableFraction);
        json.endObject();
    }
    json.endArray();
}

/// A memory without a coupling matrix (the dense and the modern ones), as `learn` probes
/// it: built on some of the patterns, it retrieves from a start; and the bits of a pattern
/// it keeps when started exactly there.
struct AssociativeMemory {
    std::function<std::vector<Spin>(const PatternSet& stored, const Pattern& start, Rng& rng)>
        retrieve;
    std::function<int(const PatternSet& stored, int mu)> stableBits;
};

AssociativeMemory denseMemory(InteractionFunction interaction, int sweeps)
{
    return {[interaction, sweeps](const PatternSet& stored, const Pattern& start, Rng& rng) {
                const DenseAssociativeMemory memory(stored, interaction);
                const Pattern final = retrieveDense(memory, start, sweeps, rng).finalState;
                return std::vector<Spin>(final.spins().begin(), final.spins().end());
            },
            // A bit of pattern mu is stable when the update at s = xi^mu keeps it.
            [interaction](const PatternSet& stored, int mu) {
                DenseAssociativeMemory probe(stored, interaction);
                probe.setState(stored[mu].spins());
                int stable = 0;
                for (int i = 0; i < stored.neurons(); ++i)
                    stable += stored[mu][i] * probe.updateDrive(i) > 0.0;
                return stable;
            }};
}

AssociativeMemory modernMemory(double beta, int steps)
{
    return {[beta, steps](const PatternSet& stored, const Pattern& start, Rng&) {
                return ModernHopfieldNetwork(stored, beta).retrieve(start.spins(), steps);
            },
            // A bit of pattern mu is stable when one step from xi^mu keeps its sign.
            [beta](const PatternSet& stored, int mu) {
                const std::vector<Spin> after =
                    ModernHopfieldNetwork(stored, beta).retrieve(stored[mu].spins(), 1);
                int stable = 0;
                for (int i = 0; i < stored.neurons(); ++i)
                    stable += after[static_cast<std::size_t>(i)] == stored[mu][i];
                return stable;
            }};
}

struct RetrievalStats {
    double retrievalFraction = 0.0; ///< |m_mu| > 0.95 at the end
    double meanOverlap = 0.0;
};

/// Retrieval of each of the first `tries` patterns of `stored` from `noise` flipped bits.
RetrievalStats retrievalStats(const AssociativeMemory& memory, const PatternSet& stored, int tries,
                              double noise, Rng& rng)
{
    RetrievalStats stats;
    for (int mu = 0; mu < tries; ++mu) {
        const std::vector<Spin> final =
            memory.retrieve(stored, flipExactly(stored[mu], noise, rng), rng);
        const double m = overlap(stored[mu].spins(), final);
        stats.retrievalFraction += std::abs(m) > 0.95;
        stats.meanOverlap += m;
    }
    stats.retrievalFraction /= tries;
    stats.meanOverlap /= tries;
    return stats;
}

PatternSet firstPatterns(const PatternSet& stored, int count)
{
    PatternSet first(stored.width(), stored.height());
    for (int mu = 0; mu < count; ++mu)
        first.add(stored[mu]);
    return first;
}

/// What `learn` prints for a memory without couplings: retrieval from noise, per-pattern
/// stability, and the learning curve over the number of patterns beside Hopfield's
/// network (the dense memory with F = x^2, the same dynamics).
void learnMemory(const CLI::App& command, const LearnOptions& o, const PatternSet& stored,
                 std::uint64_t seed, JsonWriter& json, const AssociativeMemory& memory)
{
    const double noise = o.noise;
    if (command.count("--tries") && o.tries > stored.size())
        throw UsageError("--tries must lie in [1, " + std::to_string(stored.size()) + "], got " +
                         std::to_string(o.tries));
    const int tries = command.count("--tries") ? o.tries : std::min(stored.size(), 50);
    const int sweeps = o.sweeps;
    std::vector<int> curvePatterns;
    if (command.count("--curve"))
        curvePatterns = integerListOption("curve", o.curve);
    else
        for (int quarter = 1; quarter <= 4; ++quarter)
            curvePatterns.push_back(std::max(1, stored.size() * quarter / 4));
    for (int p : curvePatterns)
        if (p < 1 || p > stored.size())
            throw UsageError("--curve expects pattern counts in [1, " +
                             std::to_string(stored.size()) + "]");
    Rng rng(seed);
    json.key("noise").value(noise);
    json.key("tries").value(tries);
    const RetrievalStats all = retrievalStats(memory, stored, tries, noise, rng);
    json.key("retrieval_fraction").value(all.retrievalFraction);
    json.key("mean_overlap").value(all.meanOverlap);
    json.key("stability").beginArray();
    int stablePatterns = 0;
    for (int mu = 0; mu < stored.size(); ++mu) {
        const int stableBits = memory.stableBits(stored, mu);
        stablePatterns += stableBits == stored.neurons();
        json.beginObject();
        json.key("pattern").value(mu);
        json.key(learning_curve::kStableBitFraction)
            .value(static_cast<double>(stableBits) / stored.neurons());
        json.key("stable").value(stableBits == stored.neurons());
        json.endObject();
    }
    json.endArray();
    json.key(learning_curve::kStableFraction)
        .value(static_cast<double>(stablePatterns) / stored.size());
    const AssociativeMemory hopfield = denseMemory(InteractionFunction::polynomial(2), sweeps);
    json.key("learning_curve").beginArray();
    for (const int p : curvePatterns) {
        const PatternSet first = firstPatterns(stored, p);
        const int pointTries = std::min(tries, p);
        const RetrievalStats rule = retrievalStats(memory, first, pointTries, noise, rng);
        const RetrievalStats baseline = retrievalStats(hopfield, first, pointTries, noise, rng);
        json.beginObject();
        json.key("patterns").value(p);
        json.key("load").value(static_cast<double>(p) / stored.neurons());
        json.key("retrieval_fraction").value(rule.retrievalFraction);
        json.key("mean_overlap").value(rule.meanOverlap);
        json.key("hopfield_retrieval_fraction").value(baseline.retrievalFraction);
        json.endObject();
    }
    json.endArray();
}

void learnDense(const CLI::App& command, const LearnOptions& o, const PatternSet& stored,
                std::uint64_t seed, JsonWriter& json)
{
    rejectRuleOptions(command, o.rule);
    rejectOtherRulesOptions(command, o.rule, kLearnRuleOptions,
                            {"--noise", "--tries", "--sweeps", "--curve", "--order"});
    const InteractionFunction interaction = interactionFromOption(o.order);
    json.key("order").value(interactionName(interaction));
    learnMemory(command, o, stored, seed, json, denseMemory(interaction, o.sweeps));
}

void learnModern(const CLI::App& command, const LearnOptions& o, const PatternSet& stored,
                 std::uint64_t seed, JsonWriter& json)
{
    rejectRuleOptions(command, o.rule);
    rejectOtherRulesOptions(command, o.rule, kLearnRuleOptions,
                            {"--noise", "--tries", "--sweeps", "--curve", "--beta", "--steps"});
    json.key("beta").value(o.beta);
    json.key("steps").value(o.steps);
    learnMemory(command, o, stored, seed, json, modernMemory(o.beta, o.steps));
}

struct RuleDefaults {
    const char* name;
    int neurons;
    int patterns;
    void (*run)(const CLI::App&, const LearnOptions&, const PatternSet&, std::uint64_t,
                JsonWriter&);
};

// Sizes at which each rule shows its effect in about a second.
constexpr RuleDefaults kRules[] = {
    {"unlearning", 200, 50, learnByUnlearning}, // alpha = 0.25, beyond Hebb's 0.138
    {"boltzmann", 30, 2, learnBoltzmann},       // p = 600 examples >> N
    {"examples", 400, 10, learnFromExamples},   {"dense", 100, 200, learnDense}, // P = 2N
    {"modern", 100, 200, learnModern},
};

} // namespace

int runLearn(const std::vector<std::string>& words, std::ostream& out)
{
    CLI::App command("Run a learning rule; prints JSON with stability, stable_fraction and "
                     "learning_curve.",
                     "learn");
    LearnOptions o;
    addOptions(command, o);
    if (const std::optional<int> status = parseOptions(command, words, out))
        return *status;
    const std::string& name = o.rule;
    const RuleDefaults* rule = nullptr;
    for (const RuleDefaults& candidate : kRules)
        if (name == candidate.name)
            rule = &candidate;
    if (!rule)
        throw UsageError("learn needs --rule unlearning, boltzmann, examples, dense or modern" +
                         (name.empty() ? std::string() : ", got '" + name + "'"));
    const auto seed = static_cast<std::uint64_t>(o.seed);
    if (!command.count("--neurons"))
        o.patterns.neurons = rule->neurons;
    if (!command.count("--patterns"))
        o.patterns.patterns = rule->patterns;
    Rng patternRng(seed);
    const PatternSet stored = storedPatterns(command, o.patterns, patternRng);
    // The JSON is built in a buffer so that an error (a bad option, a size that does not
    // fit) prints nothing but the one-line message.
    std::ostringstream buffer;
    JsonWriter json(buffer);
    json.beginObject();
    json.key("rule").value(name);
    json.key("neurons").value(stored.neurons());
    json.key("width").value(stored.width());
    json.key("height").value(stored.height());
    json.key("patterns").value(stored.size());
    json.key("load").value(static_cast<double>(stored.size()) / stored.neurons());
    json.key("seed").value(static_cast<long long>(seed));
    rule->run(command, o, stored, ruleSeed(seed), json);
    if (interrupted())
        json.key("interrupted").value(true);
    json.endObject();
    out << buffer.str();
    return 0;
}

} // namespace hopfield::cli
