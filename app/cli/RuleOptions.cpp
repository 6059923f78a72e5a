#include "RuleOptions.h"

#include "UsageError.h"

#include <algorithm>
#include <cmath>

namespace hopfield::cli {
namespace {

constexpr const char* kDense = "dense";

void readExamples(Arguments& args, RuleParameters& parameters, int defaultExamples)
{
    parameters.examplesPerArchetype =
        static_cast<int>(args.integer("examples", defaultExamples, 1, 1'000'000));
    parameters.exampleQuality = args.number("quality", 0.6, 1e-6, 1.0);
}

} // namespace

RuleChoice ruleFromName(const std::string& name)
{
    if (name == kDense)
        return {true, CouplingRule::Hebb};
    std::string names;
    for (CouplingRule rule : allCouplingRules()) {
        if (couplingRuleName(rule) == name)
            return {false, rule};
        names += couplingRuleName(rule) + ", ";
    }
    throw UsageError("unknown learning rule '" + name + "' (" + names + kDense + ")");
}

std::string ruleName(const RuleChoice& rule)
{
    return rule.denseMemory ? kDense : couplingRuleName(rule.couplings);
}

RuleParameters ruleParameters(Arguments& args, CouplingRule rule, const PatternSet& stored,
                              std::uint64_t seed)
{
    RuleParameters parameters;
    parameters.seed = seed;
    switch (rule) {
    case CouplingRule::Hebb:
    case CouplingRule::PseudoInverse:
    case CouplingRule::Storkey:
        break;
    case CouplingRule::Dreaming:
        parameters.dreamingTime = args.number("dreaming-time", 1.0, 0.0, 1e12);
        break;
    case CouplingRule::Unlearning: {
        UnlearningOptions& u = parameters.unlearning;
        u.strength = args.number("lambda", 0.01, 1e-9, 10.0);
        u.dreams = static_cast<int>(
            args.integer("dreams", recommendedDreams(static_cast<int>(stored.size()), u.strength),
                         0, 100'000'000));
        break;
    }
    case CouplingRule::Boltzmann: {
        readExamples(args, parameters, 300);
        BoltzmannOptions& b = parameters.boltzmann;
        b.learningRate = args.number("learning-rate", 0.01, 1e-9, 10.0);
        b.epochs = static_cast<int>(args.integer("epochs", 100, 0, 10'000'000));
        b.chains = static_cast<int>(args.integer("chains", 100, 1, 1'000'000));
        b.sweepsPerEpoch = static_cast<int>(args.integer("sweeps-per-epoch", 1, 1, 1'000'000));
        break;
    }
    case CouplingRule::ExamplesSupervised:
    case CouplingRule::ExamplesUnsupervised:
        readExamples(args, parameters, 20);
        break;
    }
    return parameters;
}

InteractionFunction interactionFromOption(const std::string& order)
{
    try {
        return interactionFromName(order);
    } catch (const std::invalid_argument& error) {
        throw UsageError(std::string("--order: ") + error.what());
    }
}

} // namespace hopfield::cli
