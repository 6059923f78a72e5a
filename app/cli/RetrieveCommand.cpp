#include "RetrieveCommand.h"

#include "CommandLine.h"
#include "Interrupt.h"
#include "JsonWriter.h"
#include "RuleOptions.h"
#include "StoredPatterns.h"
#include "UsageError.h"
#include "analysis/StateClassification.h"
#include "core/Corruption.h"
#include "core/MemoryGuard.h"
#include "discrete/DenseAssociativeMemory.h"
#include "discrete/Dynamics.h"
#include "discrete/HopfieldModel.h"
#include "discrete/PatternField.h"
#include "discrete/UpdateMode.h"

#include <filesystem>
#include <fstream>
#include <limits>
#include <memory>
#include <stdexcept>
#include <unistd.h>

namespace hopfield::cli {
namespace {

struct RetrieveSetup {
    PatternSet stored;
    Pattern start;
    int target = 0;
    double noise = 0.0;
    std::vector<int> mixture;
};

/// The words of a `retrieve` command line, before the cross-option checks.
struct RetrieveOptions {
    std::int64_t seed = 1;
    double temperature = 0.0;
    std::string update = "async";
    int sweeps = 100;
    std::string rule = "hebb";
    std::string form; ///< default: overlap for hebb, else dense
    std::string order = "3";
    PatternOptions patterns{.file = {}, .neurons = 1000, .patterns = 50, .bias = 0.0};
    RuleOptions rules;
    int target = 0;
    std::string mixture;
    double noise = 0.2;
    int fieldPattern = 0;
    double field = 0.0;
};

void addOptions(CLI::App& command, RetrieveOptions& o)
{
    command.add_option("--seed", o.seed)
        ->check(CLI::Range(std::int64_t{0}, std::numeric_limits<std::int64_t>::max()));
    command.add_option("--temperature", o.temperature, "T (0)")->check(CLI::Range(0.0, 1e6));
    command.add_option("--update", o.update, "async, sequential or sync (async)");
    command.add_option("--sweeps", o.sweeps, "at most this many sweeps (100)")
        ->check(CLI::Range(0, 10'000'000));
    command.add_option("--rule", o.rule,
                       "hebb, pseudo-inverse, storkey, dreaming, unlearning, boltzmann, "
                       "examples-supervised, examples-unsupervised or dense (hebb)");
    command.add_option("--form", o.form, "overlap or dense (overlap for hebb, else dense)");
    command.add_option("--order", o.order, "dense: n or exp (3)");
    addPatternOptions(command, o.patterns);
    addRuleOptions(command, o.rules);
    command.add_option("--target", o.target, "the pattern to corrupt (from 0)")
        ->check(CLI::NonNegativeNumber);
    command.add_option("--mixture", o.mixture, "0,1,2: start from the mixture of these patterns");
    command.add_option("--noise", o.noise, "fraction of the target flipped (0.2)")
        ->check(CLI::Range(0.0, 1.0));
    command.add_option("--field-pattern", o.fieldPattern, "MU of the field h = H xi^MU")
        ->check(CLI::NonNegativeNumber);
    command.add_option("--field", o.field, "H of the field h = H xi^MU")
        ->check(CLI::Range(-1e6, 1e6));
}

/// Throws UsageError unless `index` names one of the stored patterns.
void requirePattern(const std::string& option, int index, const PatternSet& stored)
{
    if (index >= stored.size())
        throw UsageError("--" + option + " must lie in [0, " + std::to_string(stored.size() - 1) +
                         "], got " + std::to_string(index));
}

RetrieveSetup setupFrom(const CLI::App& command, const RetrieveOptions& o, Rng& rng)
{
    RetrieveSetup setup;
    setup.stored = storedPatterns(command, o.patterns, rng);
    requirePattern("target", o.target, setup.stored);
    setup.target = o.target;
    if (command.count("--mixture")) {
        setup.mixture = integerListOption("mixture", o.mixture);
        if (command.count("--noise"))
            throw UsageError("--noise and --mixture choose the start two ways; give one");
        setup.start = mixture(setup.stored, setup.mixture, rng);
    } else {
        setup.noise = o.noise;
        setup.start = flipExactly(setup.stored[setup.target], setup.noise, rng);
    }
    return setup;
}

/// What a retrieval of P patterns of N neurons allocates, before any of it is made: the
/// patterns twice (the set and the network's copy, one byte a spin), the start, the state
/// and the final state (a byte a neuron each), the visiting order and the local fields
/// (4 + 8 bytes a neuron).  The traces are spilled to disk as they grow (TraceSpill), so
/// the number of sweeps costs no memory.
void ensureRetrievalFits(long long neurons, long long patterns, long long sweeps)
{
    const auto n = static_cast<std::size_t>(neurons);
    const auto p = static_cast<std::size_t>(patterns);
    const std::size_t spins = arrayBytes(arrayBytes(n, p, 1), 2, 1);
    const std::size_t perNeuron = arrayBytes(n, 3 + 4 + 8, 1);
    const std::size_t total = spins > std::numeric_limits<std::size_t>::max() - perNeuron
                                  ? std::numeric_limits<std::size_t>::max()
                                  : spins + perNeuron;
    ensureMemoryFits(total, "a retrieval of " + std::to_string(patterns) + " patterns of " +
                                std::to_string(neurons) + " neurons over " +
                                std::to_string(sweeps) + " sweeps");
}

/// The three per-sweep traces of the JSON (energy, target overlap, flips), written as JSON
/// arrays to unnamed temporary files while the run goes on and copied into the output at
/// the end: the output's field order puts the final overlaps first, and 1e7 sweeps held
/// in memory took 4.35 GB (issue 15).
class TraceSpill {
public:
    explicit TraceSpill(int target) : m_target(static_cast<std::size_t>(target)) {}

    void add(const SweepRecord& record)
    {
        m_energy.writer.value(record.energy);
        m_overlap.writer.value(record.overlaps[m_target]);
        m_flips.writer.value(record.flips);
    }

    /// The three members, each "name":[...], into `json`.
    void writeTo(JsonWriter& json)
    {
        for (auto [name, spill] :
             {std::pair{"energy_trace", &m_energy}, std::pair{"target_overlap_trace", &m_overlap},
              std::pair{"flips_trace", &m_flips}}) {
            spill->writer.endArray();
            spill->file.flush();
            if (!spill->file)
                throw std::runtime_error("could not write the trace's temporary file (disk "
                                         "full?)");
            spill->file.seekg(0);
            json.key(name).raw(*spill->file.rdbuf());
        }
    }

private:
    struct Spill {
        Spill()
        {
            // An unnamed file: the name is removed as soon as it is open (POSIX keeps the
            // data until the stream closes), so nothing is left behind even on a crash.
            std::string name =
                (std::filesystem::temp_directory_path() / "hopfield-lab-trace-XXXXXX").string();
            const int descriptor = ::mkstemp(name.data());
            if (descriptor < 0)
                throw std::runtime_error("could not create a temporary file for the trace in " +
                                         std::filesystem::temp_directory_path().string());
            file.open(name, std::ios::in | std::ios::out | std::ios::trunc);
            ::close(descriptor);
            std::filesystem::remove(name);
            if (!file)
                throw std::runtime_error("could not open the trace's temporary file " + name);
            writer.beginArray();
        }
        std::fstream file;
        JsonWriter writer{file};
    };

    std::size_t m_target;
    Spill m_energy, m_overlap, m_flips;
};

} // namespace

int runRetrieve(const std::vector<std::string>& words, std::ostream& out)
{
    CLI::App command("Store patterns, corrupt one (or build a mixture), run Glauber "
                     "dynamics; prints JSON.",
                     "retrieve");
    RetrieveOptions o;
    addOptions(command, o);
    if (const std::optional<int> status = parseOptions(command, words, out))
        return *status;
    const auto seed = static_cast<std::uint64_t>(o.seed);
    Rng rng(seed);
    DynamicsOptions options;
    options.temperature = o.temperature;
    const std::optional<UpdateMode> mode = updateModeFromName(o.update);
    if (!mode)
        throw UsageError("--update expects async, sequential or sync, got '" + o.update + "'");
    options.mode = *mode;
    options.maxSweeps = o.sweeps;
    const RuleChoice rule = ruleFromName(o.rule);
    const bool hebb = !rule.denseMemory && rule.couplings == CouplingRule::Hebb;
    // Only Hebb's rule has the overlap form; every other rule needs the dense J, and the
    // dense memory keeps its own overlaps.
    const std::string formName = rule.denseMemory          ? "dense-memory"
                                 : command.count("--form") ? o.form
                                 : hebb                    ? "overlap"
                                                           : "dense";
    if (rule.denseMemory && command.count("--form"))
        throw UsageError("--form does not apply to --rule dense (it keeps the overlaps itself)");
    if (formName != "overlap" && formName != "dense" && formName != "dense-memory")
        throw UsageError("--form expects overlap or dense, got '" + formName + "'");
    if (formName == "overlap" && !hebb)
        throw UsageError("--form overlap holds Hebb couplings only; the " + ruleName(rule) +
                         " rule needs --form dense");
    if (rule.denseMemory && (options.temperature > 0.0 || options.mode != UpdateMode::RandomAsync))
        throw UsageError("--rule dense runs asynchronous T = 0 dynamics only (--update async, "
                         "--temperature 0)");
    if (!rule.denseMemory && command.count("--order"))
        throw UsageError("--order does not apply to --rule " + o.rule);
    const InteractionFunction interaction =
        rule.denseMemory ? interactionFromOption(o.order) : InteractionFunction{};
    // Random patterns are sized by the flags: refuse before making them.
    if (!command.count("--patterns-file"))
        ensureRetrievalFits(o.patterns.neurons, o.patterns.patterns, options.maxSweeps);
    const RetrieveSetup setup = setupFrom(command, o, rng);
    ensureRetrievalFits(setup.stored.neurons(), setup.stored.size(), options.maxSweeps);
    const RuleParameters parameters =
        rule.denseMemory
            ? RuleParameters{}
            : ruleParameters(command, o.rules, rule.couplings, setup.stored, ruleSeed(seed));
    if (rule.denseMemory)
        rejectRuleOptions(command, o.rule);
    // The external field h = H xi^mu as a pattern selector (seed 001).
    const bool selector = command.count("--field-pattern") || command.count("--field");
    if (selector && rule.denseMemory)
        throw UsageError("--field-pattern and --field need a coupling rule, not --rule dense");
    requirePattern("field-pattern", o.fieldPattern, setup.stored);
    const int fieldPattern = o.fieldPattern;
    const double fieldStrength = o.field;
    const std::vector<double> externalField =
        selector ? patternField(setup.stored[fieldPattern], fieldStrength) : std::vector<double>{};

    options.keepTrace = false;
    TraceSpill spill(setup.target);
    const InterruptScope interruptible;
    const auto observer = [&spill](const SweepRecord& record) {
        spill.add(record);
        return !interrupted();
    };
    // Either model steps through the one interface (issue 10); the options name the
    // dynamics it runs, which for the dense memory the checks above fixed at async, T = 0.
    std::unique_ptr<DiscreteModel> model;
    if (rule.denseMemory)
        model = std::make_unique<DenseAssociativeMemory>(setup.stored, interaction);
    else
        model = std::make_unique<HopfieldModel>(
            hebb
                ? HopfieldNetwork(setup.stored,
                                  formName == "dense" ? CouplingForm::Dense : CouplingForm::Overlap,
                                  externalField)
                : HopfieldNetwork(setup.stored,
                                  couplingsFor(rule.couplings, setup.stored, parameters),
                                  externalField),
            options.mode, options.temperature);
    model->setState(setup.start.spins());
    const DynamicsResult result = runDynamics(*model, options, rng, observer);
    const std::vector<Spin> finalState(model->state().begin(), model->state().end());
    const int neurons = setup.stored.neurons();
    const int patternCount = setup.stored.size();
    const std::vector<double>& finalOverlaps = result.trace.back().overlaps;
    const StateClassification classification = classifyState(finalState, setup.stored);

    JsonWriter json(out);
    json.beginObject();
    json.key("neurons").value(neurons);
    json.key("width").value(setup.stored.width());
    json.key("height").value(setup.stored.height());
    json.key("patterns").value(patternCount);
    json.key("load").value(static_cast<double>(patternCount) / neurons);
    json.key("temperature").value(options.temperature);
    json.key("update").value(std::string(updateModeName(options.mode)));
    json.key("rule").value(ruleName(rule));
    if (rule.denseMemory)
        json.key("order").value(interactionName(interaction));
    else if (rule.couplings == CouplingRule::Dreaming)
        json.key("dreaming_time").value(parameters.dreamingTime);
    json.key("form").value(formName);
    json.key("seed").value(static_cast<long long>(seed));
    json.key("target").value(setup.target);
    if (selector) {
        json.key("field_pattern").value(fieldPattern);
        json.key("field").value(fieldStrength);
    }
    if (setup.mixture.empty())
        json.key("noise").value(setup.noise);
    else
        json.key("mixture").array(setup.mixture);
    json.key("initial_overlaps").array(result.trace.front().overlaps);
    json.key("final_overlaps").array(finalOverlaps);
    json.key("target_overlap").value(finalOverlaps[static_cast<std::size_t>(setup.target)]);
    spill.writeTo(json);
    json.key("sweeps").value(result.sweeps());
    json.key("converged").value(result.converged);
    json.key("two_cycle").value(result.twoCycle);
    json.key("classification").beginObject();
    json.key("kind").value(kindName(classification.kind));
    json.key("patterns").array(classification.patterns);
    json.key("signs").array(classification.signs);
    json.endObject();
    if (result.cancelled)
        json.key("interrupted").value(true);
    json.endObject();
    return 0;
}

} // namespace hopfield::cli
