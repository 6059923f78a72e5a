#include "RuleOptions.h"

#include "UsageError.h"

#include <algorithm>
#include <charconv>
#include <sstream>

namespace hopfield::cli {
namespace {

constexpr const char* kDense = "dense";

/// Every option addRuleOptions adds, for the check that only the rule's own were given.
const std::vector<std::string> kRuleOptions = {
    "--dreaming-time", "--lambda", "--dreams", "--examples",        "--quality",
    "--learning-rate", "--epochs", "--chains", "--sweeps-per-epoch"};

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

void addRuleOptions(CLI::App& command, RuleOptions& o)
{
    command.add_option("--dreaming-time", o.dreamingTime, "dreaming: t")
        ->check(CLI::Range(0.0, 1e12));
    command.add_option("--lambda", o.lambda, "unlearning: strength")->check(CLI::Range(1e-9, 10.0));
    command.add_option("--dreams", o.dreams, "unlearning: D (default round(0.6 P / lambda))")
        ->check(CLI::Range(0, 100'000'000));
    command
        .add_option("--examples", o.examples,
                    "examples per pattern (boltzmann " + std::to_string(kBoltzmannExamples) +
                        ", examples-* " + std::to_string(RuleParameters{}.examplesPerArchetype) +
                        ")")
        ->check(CLI::Range(1, 1'000'000));
    command.add_option("--quality", o.quality, "boltzmann, examples-*: r")
        ->check(CLI::Range(1e-6, 1.0));
    command.add_option("--learning-rate", o.learningRate, "boltzmann: lambda")
        ->check(CLI::Range(1e-9, 10.0));
    command.add_option("--epochs", o.epochs, "boltzmann")->check(CLI::Range(0, 10'000'000));
    command.add_option("--chains", o.chains, "boltzmann: Monte Carlo chains")
        ->check(CLI::Range(1, 1'000'000));
    command.add_option("--sweeps-per-epoch", o.sweepsPerEpoch, "boltzmann")
        ->check(CLI::Range(1, 1'000'000));
}

void rejectOtherRulesOptions(const CLI::App& command, const std::string& rule,
                             const std::vector<std::string>& ruleOptions,
                             const std::vector<std::string>& allowed)
{
    for (const std::string& option : ruleOptions)
        if (command.count(option) &&
            std::find(allowed.begin(), allowed.end(), option) == allowed.end())
            throw UsageError(option + " does not apply to --rule " + rule);
}

void rejectRuleOptions(const CLI::App& command, const std::string& rule)
{
    rejectOtherRulesOptions(command, rule, kRuleOptions, {});
}

RuleParameters ruleParameters(const CLI::App& command, const RuleOptions& o, CouplingRule rule,
                              const PatternSet& stored, std::uint64_t seed)
{
    const std::string name = couplingRuleName(rule);
    RuleParameters parameters;
    parameters.seed = seed;
    const auto examples = [&](int fallback) {
        parameters.examplesPerArchetype = command.count("--examples") ? o.examples : fallback;
        parameters.exampleQuality = o.quality;
    };
    switch (rule) {
    case CouplingRule::Hebb:
    case CouplingRule::PseudoInverse:
    case CouplingRule::Storkey:
        rejectOtherRulesOptions(command, name, kRuleOptions, {});
        break;
    case CouplingRule::Dreaming:
        rejectOtherRulesOptions(command, name, kRuleOptions, {"--dreaming-time"});
        parameters.dreamingTime = o.dreamingTime;
        break;
    case CouplingRule::Unlearning:
        rejectOtherRulesOptions(command, name, kRuleOptions, {"--lambda", "--dreams"});
        parameters.unlearning.strength = o.lambda;
        parameters.unlearning.dreams =
            command.count("--dreams")
                ? o.dreams
                : recommendedDreams(static_cast<int>(stored.size()), o.lambda);
        break;
    case CouplingRule::Boltzmann: {
        rejectOtherRulesOptions(command, name, kRuleOptions,
                                {"--examples", "--quality", "--learning-rate", "--epochs",
                                 "--chains", "--sweeps-per-epoch"});
        examples(kBoltzmannExamples);
        BoltzmannOptions& b = parameters.boltzmann;
        b.learningRate = o.learningRate;
        b.epochs = o.epochs;
        b.chains = o.chains;
        b.sweepsPerEpoch = o.sweepsPerEpoch;
        break;
    }
    case CouplingRule::ExamplesSupervised:
    case CouplingRule::ExamplesUnsupervised:
        rejectOtherRulesOptions(command, name, kRuleOptions, {"--examples", "--quality"});
        examples(RuleParameters{}.examplesPerArchetype);
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

std::vector<int> integerListOption(const std::string& option, const std::string& text)
{
    // getline drops a trailing empty item: "0,1,2," would pass as "0,1,2".
    if (!text.empty() && text.back() == ',')
        throw UsageError("--" + option + " expects comma-separated whole numbers, got '" + text +
                         "' (a trailing comma)");
    std::vector<int> values;
    std::stringstream items(text);
    std::string item;
    while (std::getline(items, item, ',')) {
        int parsed = 0;
        const auto [end, error] = std::from_chars(item.data(), item.data() + item.size(), parsed);
        if (item.empty() || error != std::errc() || end != item.data() + item.size())
            throw UsageError("--" + option + " expects comma-separated whole numbers, got '" +
                             text + "'");
        values.push_back(parsed);
    }
    if (values.empty())
        throw UsageError("--" + option + " expects at least one number");
    return values;
}

} // namespace hopfield::cli
