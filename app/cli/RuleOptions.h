#pragma once

#include "discrete/DenseAssociativeMemory.h"
#include "learning/BoltzmannLearning.h"
#include "learning/CouplingRules.h"
#include "learning/HebbianUnlearning.h"

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace hopfield::cli {

/// A --rule of `retrieve` and `learn`: one of the coupling rules, or the dense associative
/// memory ("dense"), which has no coupling matrix.
struct RuleChoice {
    bool denseMemory = false;
    CouplingRule couplings = CouplingRule::Hebb;
};

/// Throws UsageError listing every name for an unknown one.
RuleChoice ruleFromName(const std::string& name);
std::string ruleName(const RuleChoice& rule);

/// The Boltzmann rule's examples per pattern on the command line: p = 2 x 300 examples
/// >> N = 30, the data a machine of `learn`'s default size needs to show its effect.
constexpr int kBoltzmannExamples = 300;

/// The options of the coupling rules, with the engine's defaults (CouplingRules.h,
/// HebbianUnlearning.h, BoltzmannLearning.h), so a CLI run repeats a GUI or session run
/// with the same settings:
///   dreaming    --dreaming-time T (1)
///   unlearning  --lambda L (0.01) --dreams D (round(0.6 P / L), near D_top)
///   boltzmann   --examples M (300) --quality R (0.6) --learning-rate E (0.01)
///               --epochs K (100) --chains C (32) --sweeps-per-epoch S (2)
///   examples-*  --examples M (20) --quality R (0.6)
struct RuleOptions {
    double dreamingTime = 1.0; ///< RuleParameters' 0 is Hebb's rule; 1 shows the kernel
    double lambda = UnlearningOptions{}.strength;
    int dreams = 0;   ///< read only when given; else recommendedDreams(P, lambda)
    int examples = 0; ///< read only when given; else the rule's own default
    double quality = RuleParameters{}.exampleQuality;
    double learningRate = BoltzmannOptions{}.learningRate;
    int epochs = BoltzmannOptions{}.epochs;
    int chains = BoltzmannOptions{}.chains;
    int sweepsPerEpoch = BoltzmannOptions{}.sweepsPerEpoch;
};

void addRuleOptions(CLI::App& command, RuleOptions& options);

/// The parameters of `rule` from the options given to `command`; throws UsageError when an
/// option of another rule was given.  `seed` should be ruleSeed(--seed).
RuleParameters ruleParameters(const CLI::App& command, const RuleOptions& options,
                              CouplingRule rule, const PatternSet& stored, std::uint64_t seed);

/// Throws UsageError naming the first of `ruleOptions` given to `command` that is not in
/// `allowed`: it belongs to another rule than `rule`.
void rejectOtherRulesOptions(const CLI::App& command, const std::string& rule,
                             const std::vector<std::string>& ruleOptions,
                             const std::vector<std::string>& allowed);

/// Throws UsageError when an option of addRuleOptions was given: `rule` has no couplings.
void rejectRuleOptions(const CLI::App& command, const std::string& rule);

/// The seed of a rule's own random choices (dreams, examples, Monte Carlo chains) for a
/// command's --seed: a different stream from the one that drew the random patterns, or
/// the examples' noise would repeat the patterns' coin flips.
constexpr std::uint64_t ruleSeed(std::uint64_t seed) noexcept
{
    return seed + 0x9e3779b97f4a7c15ULL; // wraps modulo 2^64, by design
}

/// The dense memory's --order n|exp; throws UsageError naming --order for another word.
InteractionFunction interactionFromOption(const std::string& order);

/// A comma-separated list of whole numbers, e.g. "0,1,2", given to --`option`; throws
/// UsageError naming the option otherwise.
std::vector<int> integerListOption(const std::string& option, const std::string& text);

} // namespace hopfield::cli
