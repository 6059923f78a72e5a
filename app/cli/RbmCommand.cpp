#include "RbmCommand.h"

#include "BundledPatterns.h"
#include "CommandLine.h"
#include "UsageError.h"
#include "analysis/SamplerComparison.h"
#include "analysis/StateEnumeration.h"
#include "core/Corruption.h"
#include "learning/ContrastiveDivergence.h"
#include "learning/CouplingRules.h"
#include "learning/LearningCurveColumns.h"

#include <cmath>
#include <limits>

namespace hopfield::cli {
namespace {

struct RbmOptions {
    bool checkDuality = false;
    std::string train;
    int neurons = 10;
    int patterns = 3;
    double temperature = 1.0;
    std::uint64_t seed = 1;
    std::string data = "digits";
    std::string units = "binary";
    std::string init = "random";
    int hidden = 0; ///< 0: one per pattern of the data
    int k = 1;
    int epochs = 50;
    double learningRate = 0.05;
    int batchSize = 10;
    int chains = 32;
    int samples = 20;
    int copies = 1;
    double noise = 0.0;
    bool supervised = false;
};

void addOptions(CLI::App& command, RbmOptions& o)
{
    command.add_flag("--check-duality", o.checkDuality,
                     "compare the Hebb network and its Gaussian RBM: exactly for N <= 16, by "
                     "the two samplers' overlap histograms above");
    command.add_option("--train", o.train, "train an RBM by contrastive divergence")
        ->check(CLI::IsMember({"cd", "pcd"}));
    command.add_option("--neurons", o.neurons, "N of random patterns (duality, --data random)")
        ->check(CLI::Range(1, 100000));
    command.add_option("--patterns", o.patterns, "P random patterns")->check(CLI::Range(1, 10000));
    command.add_option("--temperature", o.temperature, "T = 1/beta")->check(CLI::Range(1e-6, 1e6));
    command.add_option("--seed", o.seed, "random seed");
    command.add_option("--data", o.data, "letters, digits, symbols, random or a pattern FILE");
    command.add_option("--units", o.units, "hidden units")
        ->check(CLI::IsMember({"binary", "gaussian"}));
    command.add_option("--init", o.init, "random small weights, or the Hopfield dual of the data")
        ->check(CLI::IsMember({"random", "hopfield"}));
    command.add_option("--hidden", o.hidden, "hidden units (default: one per data pattern)")
        ->check(CLI::Range(1, 100000));
    command.add_option("--k", o.k, "Gibbs steps per negative phase")->check(CLI::Range(1, 100000));
    command.add_option("--epochs", o.epochs)->check(CLI::Range(0, 10000000));
    command.add_option("--learning-rate", o.learningRate)->check(CLI::Range(1e-9, 10.0));
    command.add_option("--batch-size", o.batchSize, "examples per update (0: all)")
        ->check(CLI::Range(0, 10000000));
    command.add_option("--chains", o.chains, "persistent chains (pcd)")
        ->check(CLI::Range(1, 100000));
    command.add_option("--copies", o.copies, "noisy copies of every data pattern")
        ->check(CLI::Range(1, 100000));
    command.add_option("--noise", o.noise, "fraction of bits flipped in each copy")
        ->check(CLI::Range(0.0, 1.0));
    command.add_flag("--supervised", o.supervised,
                     "grandmother cells: one hidden unit per pattern, clamped to its copies");
}

/// Exact enumeration for N <= 16; beyond, the two samplers' histograms of the overlap.
int checkDuality(const RbmOptions& o, std::ostream& out)
{
    Rng rng(o.seed);
    const PatternSet stored = randomPatterns(o.neurons, 1, o.patterns, 0.0, rng);
    nlohmann::ordered_json json;
    json["mode"] = "check-duality";
    json["neurons"] = o.neurons;
    json["patterns"] = o.patterns;
    json["temperature"] = o.temperature;
    json["seed"] = o.seed;
    if (o.neurons <= kMaxExactLikelihoodNeurons) {
        const DualityCheck check = checkDuality(stored, o.temperature);
        json["method"] = "enumeration";
        json["states"] = 1LL << o.neurons;
        json["max_abs_log_ratio"] = check.maxAbsLogRatio;
        json["kl_hopfield_rbm"] = check.klDivergence;
        json["log_partition_hopfield"] = check.logPartitionHopfield;
        return writeJson(json, out);
    }
    SamplerComparisonOptions options;
    options.hopfieldTemperature = o.temperature;
    options.rbmTemperature = o.temperature;
    options.chains = o.chains;
    options.samplesPerChain = o.samples;
    options.seed = o.seed;
    const SamplerComparison comparison = compareSamplers(stored, options);
    json["method"] = "samplers";
    json["chains"] = o.chains;
    json["samples_per_chain"] = o.samples;
    json["histogram_distance"] = comparison.totalVariation;
    json["hopfield_mean_overlap"] = comparison.hopfieldMean;
    json["rbm_mean_overlap"] = comparison.rbmMean;
    json["bin_edges"] = comparison.binEdges;
    json["hopfield_histogram"] = comparison.hopfieldHistogram;
    json["rbm_histogram"] = comparison.rbmHistogram;
    return writeJson(json, out);
}

/// The training data: the named set (or random patterns), each pattern as `copies` noisy
/// copies, grouped by pattern for the supervised variant.
std::vector<PatternSet> trainingClasses(const RbmOptions& o, const PatternSet& source, Rng& rng)
{
    std::vector<PatternSet> classes;
    for (const Pattern& pattern : source) {
        PatternSet copies(source.width(), source.height());
        for (int c = 0; c < o.copies; ++c)
            copies.add(o.noise > 0.0 ? flipEach(pattern, o.noise, rng) : pattern);
        classes.push_back(std::move(copies));
    }
    return classes;
}

nlohmann::ordered_json number(double value)
{
    return std::isfinite(value) ? nlohmann::ordered_json(value) : nlohmann::ordered_json();
}

int train(const RbmOptions& o, std::ostream& out)
{
    Rng rng(o.seed);
    const PatternSet source = o.data == "random"
                                  ? randomPatterns(o.neurons, 1, o.patterns, 0.0, rng)
                                  : namedPatterns(o.data);
    const int hidden = o.hidden > 0 ? o.hidden : source.size();
    if (o.supervised && hidden != source.size())
        throw UsageError("--supervised needs one hidden unit per pattern: --hidden " +
                         std::to_string(source.size()));
    const HiddenUnits kind = hiddenUnitsFromName(o.units);
    const double beta = 1.0 / o.temperature;
    if (o.init == "hopfield" && (kind != HiddenUnits::Gaussian || hidden != source.size()))
        throw UsageError("--init hopfield is the Gaussian dual: --units gaussian and one hidden "
                         "unit per pattern");
    RestrictedBoltzmannMachine machine =
        o.init == "hopfield"
            ? RestrictedBoltzmannMachine::fromPatterns(source, beta)
            : RestrictedBoltzmannMachine::random(source.neurons(), hidden, kind, 0.01, beta, rng);
    const std::vector<PatternSet> classes = trainingClasses(o, source, rng);
    PatternSet data(source.width(), source.height());
    for (const PatternSet& copies : classes)
        for (const Pattern& example : copies)
            data.add(example);

    ContrastiveDivergenceOptions options;
    options.variant = cdVariantFromName(o.train);
    options.k = o.k;
    options.learningRate = o.learningRate;
    options.epochs = o.epochs;
    options.batchSize = o.batchSize;
    options.chains = o.chains;
    const CdResult result = o.supervised ? trainGrandmotherCells(machine, classes, options, rng)
                                         : trainContrastiveDivergence(machine, data, options, rng);

    nlohmann::ordered_json json;
    json["mode"] = "train";
    json["train"] = o.train;
    json["data"] = o.data;
    json["neurons"] = source.neurons();
    json["width"] = source.width();
    json["height"] = source.height();
    json["data_patterns"] = source.size();
    json["examples"] = data.size();
    json["hidden"] = hidden;
    json["units"] = o.units;
    json["init"] = o.init;
    json["supervised"] = o.supervised;
    json["k"] = o.k;
    json["epochs"] = o.epochs;
    json["learning_rate"] = o.learningRate;
    json["temperature"] = o.temperature;
    json["seed"] = o.seed;
    json["exact_likelihood"] = source.neurons() <= kMaxExactLikelihoodNeurons;
    nlohmann::ordered_json curve = nlohmann::ordered_json::array();
    for (const CdEpoch& point : result.curve) {
        nlohmann::ordered_json row;
        row[learning_curve::kEpoch] = point.epoch;
        if (source.neurons() <= kMaxExactLikelihoodNeurons)
            row[learning_curve::kLogLikelihood] = number(point.logLikelihood);
        row[learning_curve::kReconstructionError] = point.reconstructionError;
        curve.push_back(row);
    }
    json["learning_curve"] = curve;
    json["final_reconstruction_error"] = result.curve.back().reconstructionError;
    if (source.neurons() <= kMaxExactLikelihoodNeurons)
        json["final_log_likelihood"] = number(result.curve.back().logLikelihood);
    return writeJson(json, out);
}

} // namespace

int runRbm(const std::vector<std::string>& options, std::ostream& out)
{
    CLI::App command("Restricted Boltzmann machines: the Hopfield duality and contrastive "
                     "divergence (SCIENCE.md section 5).",
                     "rbm");
    RbmOptions o;
    addOptions(command, o);
    if (const std::optional<int> status = parseOptions(command, options, out))
        return *status;
    if (o.checkDuality == !o.train.empty())
        throw UsageError("rbm needs exactly one of --check-duality and --train cd|pcd");
    if (o.checkDuality && command.count("--chains") == 0)
        o.chains = 100; // the samplers' default: 2000 samples each
    return o.checkDuality ? checkDuality(o, out) : train(o, out);
}

} // namespace hopfield::cli
