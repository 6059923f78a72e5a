#include "gui/retrieval/run/RetrievalRun.h"

#include "core/Corruption.h"
#include "discrete/DenseAssociativeMemory.h"
#include "discrete/HopfieldModel.h"
#include "discrete/PatternField.h"
#include "gui/patterns/PatternResource.h"
#include "gui/retrieval/run/AttractorText.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>
#include <utility>

namespace hopfield::app {
namespace {

/// How many updates pass between two looks at the stop flag.
constexpr std::int64_t kStopCheckInterval = 1024;

void checkTemperature(double temperature, bool denseMemory)
{
    if (!(temperature >= 0.0) || !std::isfinite(temperature))
        throw std::invalid_argument("the temperature must be a finite number >= 0, got " +
                                    std::to_string(temperature));
    if (denseMemory && temperature > 0.0)
        throw std::invalid_argument("the dense memory runs at T = 0 only, got T = " +
                                    std::to_string(temperature));
}

PatternSet storedPatterns(const PatternSource& source, Rng& rng)
{
    switch (source.kind) {
    case PatternSource::Kind::Random:
        return randomPatterns(source.width, source.height, source.count, 0.0, rng);
    case PatternSource::Kind::Given:
        if (source.given.size() == 0)
            throw std::invalid_argument("no stored patterns: add at least one to the library");
        return source.given;
    case PatternSource::Kind::Resource:
        break;
    }
    return loadPatterns(source.resource, source.names);
}

Pattern startState(const RetrievalSetup& setup, const PatternSet& stored, Rng& rng)
{
    if (setup.start == StartKind::Given) {
        if (setup.startSpins.size() != static_cast<std::size_t>(stored.neurons()))
            throw std::invalid_argument(
                "the start state has " + std::to_string(setup.startSpins.size()) +
                " spins; the patterns have " + std::to_string(stored.neurons()));
        return Pattern(stored.width(), stored.height(), setup.startSpins);
    }
    if (setup.start == StartKind::Mixture)
        return flipExactly(mixture(stored, setup.mixture, rng), setup.noise, rng);
    if (setup.target < 0 || setup.target >= stored.size())
        throw std::invalid_argument("target pattern " + std::to_string(setup.target) +
                                    " does not exist; there are " + std::to_string(stored.size()));
    return flipExactly(stored[setup.target], setup.noise, rng);
}

QVector<qint8> toSpins(std::span<const Spin> spins)
{
    return QVector<qint8>(spins.begin(), spins.end());
}

/// Hebb's couplings stay in the overlap form (O(NP) memory); the other rules give a
/// dense J, refused by the memory guard when N x N does not fit.  The dense memory keeps
/// its own overlaps (O(NP) too).  The pattern field h = H xi^mu goes to the network, which
/// adds it to every local field and -h.s to the energy.
std::unique_ptr<SingleUnitModel> buildModel(const RetrievalSetup& setup, PatternSet stored)
{
    if (setup.denseMemory)
        return std::make_unique<DenseAssociativeMemory>(std::move(stored), *setup.denseMemory);
    std::vector<double> field = setup.fieldPattern
                                    ? patternField(stored[*setup.fieldPattern], setup.fieldStrength)
                                    : std::vector<double>{};
    if (setup.rule == CouplingRule::Hebb)
        return std::make_unique<HopfieldModel>(
            HopfieldNetwork(std::move(stored), CouplingForm::Overlap, std::move(field)), setup.mode,
            setup.temperature);
    RuleParameters parameters;
    parameters.dreamingTime = setup.dreamingTime;
    parameters.seed = setup.seed; // unlearning's dreams come from the run's seed too
    parameters.unlearning.dreams =
        recommendedDreams(static_cast<int>(stored.size()), parameters.unlearning.strength);
    Eigen::MatrixXd couplings = couplingsFor(setup.rule, stored, parameters);
    return std::make_unique<HopfieldModel>(
        HopfieldNetwork(std::move(stored), std::move(couplings), std::move(field)), setup.mode,
        setup.temperature);
}

} // namespace

RetrievalRun::Prepared RetrievalRun::prepare(const RetrievalSetup& setup)
{
    checkTemperature(setup.temperature, setup.denseMemory.has_value());
    if (setup.denseMemory && setup.mode == UpdateMode::Synchronous)
        throw std::invalid_argument("the dense memory updates one spin at a time: choose "
                                    "random asynchronous or sequential updates");
    Rng rng(setup.seed);
    PatternSet stored = storedPatterns(setup.patterns, rng);
    if (setup.fieldPattern) {
        if (setup.denseMemory)
            throw std::invalid_argument("the dense memory takes no external field: choose a "
                                        "coupling rule or the field \"none\"");
        if (*setup.fieldPattern < 0 || *setup.fieldPattern >= stored.size())
            throw std::invalid_argument(
                "the field's pattern " + std::to_string(*setup.fieldPattern) +
                " does not exist; there are " + std::to_string(stored.size()));
    }
    Pattern start = startState(setup, stored, rng);
    return {std::move(stored), std::move(start), rng};
}

RetrievalRun::RetrievalRun(const RetrievalSetup& setup) : RetrievalRun(setup, prepare(setup)) {}

RetrievalRun::RetrievalRun(const RetrievalSetup& setup, Prepared prepared)
    : m_setup(setup), m_model(buildModel(setup, std::move(prepared.stored))),
      m_correlations(m_model->patterns()), m_start(std::move(prepared.start)),
      m_rngAtStart(prepared.rng), m_rng(prepared.rng), m_temperature(setup.temperature),
      m_order(m_model->units()), m_spinSums(static_cast<std::size_t>(m_model->units()))
{
    for (const Pattern& pattern : m_model->patterns())
        m_names << QString::fromStdString(pattern.name());
    reset();
}

void RetrievalRun::reset()
{
    m_model->setState(m_start.spins());
    m_rng = m_rngAtStart;
    // A fresh network's visiting order: HopfieldNetwork shuffles it in place each sweep.
    std::iota(m_order.begin(), m_order.end(), 0);
    m_position = 0;
    m_sweep = 0;
    m_sweepEnds.clear();
    clearProgress();
}

void RetrievalRun::clearProgress()
{
    m_flipsThisSweep = 0;
    m_flipsLastSweep = -1;
    m_lastUpdated = -1;
    m_synchronousCredit = 0;
    m_converged = false;
    clearReading();
    clearAverages();
}

void RetrievalRun::clearReading()
{
    m_sweepReading = {};
    m_stableSweeps = 0;
}

void RetrievalRun::clearAverages()
{
    std::fill(m_spinSums.begin(), m_spinSums.end(), 0.0);
    m_averagedSweeps = 0;
}

std::int64_t RetrievalRun::advance(std::int64_t updates, const std::atomic<bool>& stop)
{
    const int n = neurons();
    if (m_setup.mode == UpdateMode::Synchronous) {
        m_synchronousCredit += updates;
        std::int64_t done = 0;
        while (m_synchronousCredit >= n && !m_converged && !stop.load(std::memory_order_relaxed)) {
            m_flipsThisSweep = m_model->step(1, m_rng);
            m_synchronousCredit -= n;
            done += n;
            m_lastUpdated = -1;
            endSweep();
        }
        return done;
    }
    std::int64_t done = 0;
    while (done < updates && !m_converged) {
        if (done % kStopCheckInterval == 0 && stop.load(std::memory_order_relaxed))
            break;
        if (m_position == 0 && m_setup.mode == UpdateMode::RandomAsync)
            m_rng.shuffle(std::span<int>(m_order.data(), static_cast<std::size_t>(n)));
        // Read through a const reference: a non-const operator[] would check for sharing
        // on every update.
        const int i = std::as_const(m_order)[m_position];
        m_flipsThisSweep += m_model->updateUnit(i, m_rng) ? 1 : 0;
        m_lastUpdated = i;
        ++m_position;
        ++done;
        if (m_position == n)
            endSweep();
    }
    return done;
}

void RetrievalRun::completeSweep(const std::atomic<bool>& stop)
{
    if (m_setup.mode == UpdateMode::Synchronous)
        m_synchronousCredit = 0; // a synchronous sweep is one indivisible step: take it now
    advance(neurons() - m_position, stop);
}

int RetrievalRun::stepSpin()
{
    if (m_setup.mode == UpdateMode::Synchronous || m_converged)
        return -1;
    const std::atomic<bool> go{false};
    advance(1, go);
    return m_lastUpdated;
}

void RetrievalRun::restore(std::span<const Spin> spins, int sweep, double sweepFraction)
{
    m_model->setState(spins);
    m_sweepEnds.clear(); // the sweeps after the restored state are no longer this run's
    m_sweep = std::max(sweep, 0);
    m_position =
        std::clamp(static_cast<int>(std::lround(sweepFraction * neurons())), 0, neurons() - 1);
    clearProgress();
}

RunCheckpoint RetrievalRun::checkpoint() const
{
    RunCheckpoint checkpoint;
    checkpoint.position = m_position;
    checkpoint.flipsThisSweep = m_flipsThisSweep;
    checkpoint.flipsLastSweep = m_flipsLastSweep;
    checkpoint.generator = m_rng.state();
    // Only random asynchronous updates reorder the visit; the others keep 0..N-1.
    if (m_setup.mode == UpdateMode::RandomAsync)
        checkpoint.order = m_order;
    return checkpoint;
}

void RetrievalRun::resume(std::span<const Spin> spins, int sweep, const RunCheckpoint& checkpoint)
{
    const int n = neurons();
    if (checkpoint.position < 0 || checkpoint.position >= n)
        throw std::invalid_argument("the place in the sweep, " +
                                    std::to_string(checkpoint.position) + ", is not in [0, " +
                                    std::to_string(n) + ")");
    QVector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    if (!checkpoint.order.empty()) {
        if (!std::is_permutation(checkpoint.order.begin(), checkpoint.order.end(), order.begin(),
                                 order.end()))
            throw std::invalid_argument("the visiting order is not a permutation of the " +
                                        std::to_string(n) + " neurons");
        order = checkpoint.order;
    }
    const Rng rng = checkpoint.generator ? Rng::fromState(*checkpoint.generator) : m_rngAtStart;
    m_model->setState(spins);
    m_rng = rng;
    m_order = std::move(order);
    m_sweep = std::max(sweep, 0);
    clearProgress();
    m_position = checkpoint.position;
    m_flipsThisSweep = checkpoint.flipsThisSweep;
    m_flipsLastSweep = checkpoint.flipsLastSweep;
    m_converged = m_temperature <= 0.0 && m_position == 0 && m_flipsLastSweep == 0;
}

void RetrievalRun::endSweep()
{
    m_flipsLastSweep = m_flipsThisSweep;
    m_flipsThisSweep = 0;
    m_position = 0;
    // Saturates rather than overflows: 2^31 - 1 sweeps are some 80 days at full speed,
    // and a session file may start a run there.
    if (m_sweep < std::numeric_limits<int>::max())
        ++m_sweep;
    m_converged = m_temperature <= 0.0 && m_flipsLastSweep == 0;
    if (m_temperature > 0.0) {
        const std::span<const Spin> state = m_model->state();
        for (std::size_t i = 0; i < state.size(); ++i)
            m_spinSums[i] += state[i];
        ++m_averagedSweeps;
        StateClassification reading = classify(m_model->overlaps());
        const bool same = reading.kind == m_sweepReading.kind &&
                          reading.patterns == m_sweepReading.patterns &&
                          reading.signs == m_sweepReading.signs;
        m_stableSweeps = same ? m_stableSweeps + 1 : 1;
        m_sweepReading = std::move(reading);
    }
    if (!m_recordSweepEnds)
        return;
    m_sweepEnds.push_back(frame());
    if (m_sweepEnds.size() > kKeptSweepEnds)
        m_sweepEnds.pop_front();
}

std::vector<RetrievalFrame> RetrievalRun::takeSweepEnds()
{
    std::vector<RetrievalFrame> taken(std::make_move_iterator(m_sweepEnds.begin()),
                                      std::make_move_iterator(m_sweepEnds.end()));
    m_sweepEnds.clear();
    return taken;
}

void RetrievalRun::setTemperature(double temperature)
{
    checkTemperature(temperature, m_setup.denseMemory.has_value());
    m_model->setTemperature(temperature);
    if (temperature != m_temperature) {
        clearAverages(); // an average over two temperatures describes neither
        clearReading();
    }
    m_temperature = temperature;
    if (temperature > 0.0)
        m_converged = false;
}

Pattern RetrievalRun::statePattern() const
{
    const PatternSet& stored = m_model->patterns();
    const std::span<const Spin> state = m_model->state();
    return Pattern(stored.width(), stored.height(), std::vector<Spin>(state.begin(), state.end()),
                   "state");
}

StateClassification RetrievalRun::classify(std::span<const double> overlaps) const
{
    return classifyState(m_model->state(), m_model->patterns(), overlaps, m_correlations);
}

RetrievalFrame RetrievalRun::frame() const
{
    RetrievalFrame frame;
    frame.sweep = m_sweep;
    frame.sweepFraction = static_cast<double>(m_position) / neurons();
    frame.spins = toSpins(m_model->state());
    const std::vector<double> overlaps = m_model->overlaps();
    frame.overlaps = QVector<double>(overlaps.begin(), overlaps.end());
    frame.energyPerNeuron = m_model->energy() / neurons();
    frame.flipsLastSweep = m_flipsLastSweep;
    frame.lastUpdated = m_converged ? -1 : m_lastUpdated;
    frame.converged = m_converged;
    frame.checkpoint = checkpoint();
    if (m_temperature > 0.0 && m_averagedSweeps > 0) {
        frame.meanSpins.reserve(static_cast<qsizetype>(m_spinSums.size()));
        for (double sum : m_spinSums)
            frame.meanSpins.append(static_cast<float>(sum / m_averagedSweeps));
        frame.averagedSweeps = m_averagedSweeps;
    }
    const StateClassification classification = classify(overlaps);
    frame.kind = classification.kind;
    frame.settled = m_converged || (m_temperature > 0.0 && m_stableSweeps >= kSettledSweeps);
    if (!frame.settled)
        frame.attractor = QStringLiteral("not settled yet");
    else if (m_converged)
        frame.attractor =
            describeAttractor(classification, m_names) + QStringLiteral(" \u00b7 fixed point");
    else
        frame.attractor = describeAttractor(classification, m_names) +
                          QStringLiteral(" \u00b7 stable for %1 sweeps").arg(m_stableSweeps);
    return frame;
}

RetrievalScene RetrievalRun::scene() const
{
    const PatternSet& stored = m_model->patterns();
    RetrievalScene scene;
    scene.width = stored.width();
    scene.height = stored.height();
    scene.names = m_names;
    for (const Pattern& pattern : stored)
        scene.stored.append(toSpins(pattern.spins()));
    scene.start = toSpins(m_start.spins());
    scene.temperature = m_temperature;
    const QString noise = QStringLiteral("%1% flipped").arg(std::lround(m_setup.noise * 100));
    if (m_setup.start == StartKind::Mixture) {
        QStringList members;
        for (int mu : m_setup.mixture)
            members << m_names.value(mu);
        scene.startDescription =
            QStringLiteral("mixture of %1").arg(members.join(QStringLiteral(", ")));
        if (m_setup.noise > 0.0)
            scene.startDescription += QStringLiteral(", ") + noise;
    } else if (m_setup.start == StartKind::Given) {
        scene.startDescription = QStringLiteral("start state given");
    } else {
        scene.target = m_setup.target;
        scene.startDescription = m_names.value(m_setup.target) + QStringLiteral(", ") + noise;
    }
    return scene;
}

} // namespace hopfield::app
