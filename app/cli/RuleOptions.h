#pragma once

#include "Arguments.h"
#include "discrete/DenseAssociativeMemory.h"
#include "learning/CouplingRules.h"

#include <cstdint>
#include <string>

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

/// Reads the options of `rule` only (so finish() rejects another rule's options):
///   dreaming    --dreaming-time T (1)
///   unlearning  --lambda L (0.01) --dreams D (round(0.6 P / L), near D_top)
///   boltzmann   --examples M (300) --quality R (0.6) --learning-rate E (0.01)
///               --epochs K (100) --chains C (100) --sweeps-per-epoch S (1)
///   examples-*  --examples M (20) --quality R (0.6)
/// `seed` should be ruleSeed(--seed).
RuleParameters ruleParameters(Arguments& args, CouplingRule rule, const PatternSet& stored,
                              std::uint64_t seed);

/// The seed of a rule's own random choices (dreams, examples, Monte Carlo chains) for a
/// command's --seed: a different stream from the one that drew the random patterns, or
/// the examples' noise would repeat the patterns' coin flips.
constexpr std::uint64_t ruleSeed(std::uint64_t seed) noexcept
{
    return seed + 0x9e3779b97f4a7c15ULL; // wraps modulo 2^64, by design
}

/// The dense memory's --order n|exp; throws UsageError naming --order for another word.
InteractionFunction interactionFromOption(const std::string& order);

} // namespace hopfield::cli
