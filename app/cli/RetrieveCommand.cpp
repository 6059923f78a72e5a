#include "RetrieveCommand.h"

#include "Arguments.h"
#include "Interrupt.h"
#include "JsonWriter.h"
#include "RuleOptions.h"
#include "StoredPatterns.h"
#include "UpdateModeName.h"
#include "UsageError.h"
#include "analysis/StateClassification.h"
#include "core/Corruption.h"
#include "core/MemoryGuard.h"
#include "discrete/DenseAssociativeMemory.h"
#include "discrete/Dynamics.h"
#include "discrete/HopfieldModel.h"
#include "discrete/PatternField.h"

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

RetrieveSetup setupFrom(Arguments& args, Rng& rng)
{
    RetrieveSetup setup;
    setup.stored = storedPatterns(args, rng, 1000, 50);
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
    Arguments args(words, {});
    const auto seed = static_cast<std::uint64_t>(
        args.integer("seed", 1, 0, std::numeric_limits<long long>::max()));
    Rng rng(seed);
    DynamicsOptions options;
    options.temperature = args.number("temperature", 0.0, 0.0, 1e6);
    options.mode = updateModeFromName(args.text("update", "async"));
    options.maxSweeps = static_cast<int>(args.integer("sweeps", 100, 0, 10'000'000));
    const RuleChoice rule = ruleFromName(args.text("rule", "hebb"));
    const bool hebb = !rule.denseMemory && rule.couplings == CouplingRule::Hebb;
    // Only Hebb's rule has the overlap form; every other rule needs the dense J, and the
    // dense memory keeps its own overlaps.
    const std::string formName =
        rule.denseMemory ? "dense-memory" : args.text("form", hebb ? "overlap" : "dense");
    if (rule.denseMemory && args.has("form"))
        throw UsageError("--form does not apply to --rule dense (it keeps the overlaps itself)");
    if (formName != "overlap" && formName != "dense" && formName != "dense-memory")
        throw UsageError("--form expects overlap or dense, got '" + formName + "'");
    if (formName == "overlap" && !hebb)
        throw UsageError("--form overlap holds Hebb couplings only; the " + ruleName(rule) +
                         " rule needs --form dense");
    if (rule.denseMemory && (options.temperature > 0.0 || options.mode != UpdateMode::RandomAsync))
        throw UsageError("--rule dense runs asynchronous T = 0 dynamics only (--update async, "
                         "--temperature 0)");
    const InteractionFunction interaction =
        rule.denseMemory ? interactionFromOption(args.text("order", "3")) : InteractionFunction{};
    // Random patterns are sized by the flags: refuse before making them.
    if (!args.has("patterns-file"))
        ensureRetrievalFits(args.integer("neurons", 1000, 1, std::numeric_limits<int>::max()),
                            args.integer("patterns", 50, 1, std::numeric_limits<int>::max()),
                            options.maxSweeps);
    const RetrieveSetup setup = setupFrom(args, rng);
    ensureRetrievalFits(setup.stored.neurons(), setup.stored.size(), options.maxSweeps);
    const RuleParameters parameters =
        rule.denseMemory ? RuleParameters{}
                         : ruleParameters(args, rule.couplings, setup.stored, ruleSeed(seed));
    // The external field h = H xi^mu as a pattern selector (seed 001).
    const bool selector = args.has("field-pattern") || args.has("field");
    if (selector && rule.denseMemory)
        throw UsageError("--field-pattern and --field need a coupling rule, not --rule dense");
    const auto fieldPattern =
        static_cast<int>(args.integer("field-pattern", 0, 0, setup.stored.size() - 1));
    const double fieldStrength = args.number("field", 0.0, -1e6, 1e6);
    const std::vector<double> externalField =
        selector ? patternField(setup.stored[fieldPattern], fieldStrength) : std::vector<double>{};
    args.finish();

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
    json.key("update").value(updateModeName(options.mode));
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
