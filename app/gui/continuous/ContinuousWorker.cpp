#include "gui/continuous/ContinuousWorker.h"

#include "continuous/ContinuousModelSpec.h"
#include "continuous/FixedPoints.h"
#include "continuous/LimitCycle.h"
#include "continuous/control/ControlCost.h"
#include "continuous/control/RecordingSequence.h"

#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <exception>

namespace hopfield::app {
namespace {

/// One display frame: trajectories advance and frames go out at most ~60 times a second.
constexpr int kFrameMilliseconds = 16;
/// A trajectory plays in about three seconds (180 frames) whatever its length.
constexpr int kFramesPerRun = 180;
/// Clicks beyond this many starts replace the oldest user start.
constexpr std::size_t kMaxStarts = 12;
/// The landscape of A + xi(t) is redrawn at most every this many frames (~15 per second).
constexpr int kFramesPerLandscape = 4;
/// The two ends of the Pareto trade-off, the weights of the presets "recognise"
/// (conservative) and "record" (innovative), as in the seed authors' example.
constexpr double kConservativeMu = 0.95;
constexpr double kInnovativeMu = 0.0005;
/// A drag picks up the start within this fraction of the window's width of its press.
constexpr double kPickFraction = 0.06;

/// The portrait of a preset's model: the engine's defaults.  The live landscape of a
/// controlled run is redrawn often, so it is coarser.
const PhasePortraitSettings kPortraitSettings{};
const PhasePortraitSettings kLiveSettings{17, 81, 9, 10};

/// The speed heat map spans this fraction of the fastest speed and above (two decades).
constexpr double kSpeedDecades = 1e-2;
/// The authors' grid of starts covers [-1.5, 1.5]^2 (SCIENCE.md section 6).
constexpr PlaneWindow kControlWindow{-1.5, 1.5, -1.5, 1.5};

QString vectorText(const Eigen::VectorXd& vector)
{
    QStringList entries;
    for (double value : vector)
        entries << QString::number(value, 'f', 2);
    return QStringLiteral("(%1)").arg(entries.join(QStringLiteral(", ")));
}

/// "2. (-1.00, 0.50) recorded: memory 1 forgotten", one line per recording; a memory
/// forgotten earlier and held again is "recovered".
QStringList describeSequence(const std::vector<RecordingStep>& steps)
{
    QStringList lines;
    std::vector<bool> wasForgotten;
    int number = 0;
    for (const RecordingStep& step : steps) {
        QStringList fates;
        wasForgotten.resize(step.forgotten.size(), false);
        for (std::size_t m = 0; m < step.forgotten.size(); ++m) {
            const QString fate = step.forgotten[m] ? QStringLiteral("forgotten")
                                 : wasForgotten[m] ? QStringLiteral("recovered")
                                                   : QStringLiteral("held");
            fates << QStringLiteral("memory %1 %2").arg(m + 1).arg(fate);
            wasForgotten[m] = step.forgotten[m];
        }
        lines << QStringLiteral("%1. %2 %3: %4")
                     .arg(++number)
                     .arg(vectorText(step.problem.initialState),
                          QString::fromStdString(outcomeName(step.run.outcome.outcome)),
                          fates.join(QStringLiteral(", ")));
    }
    return lines;
}

QString runEndName(RunStatus status)
{
    return QString::fromStdString(runStatusName(status));
}

} // namespace

ContinuousWorker::ContinuousWorker(QObject* parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setInterval(kFrameMilliseconds);
    connect(m_timer, &QTimer::timeout, this, &ContinuousWorker::tick);
}

ContinuousWorker::~ContinuousWorker() = default;

quint64 ContinuousWorker::nextRequest()
{
    return m_latest.next();
}

void ContinuousWorker::noteCompute()
{
    m_computeThread.store(QThread::currentThread());
}

void ContinuousWorker::load(const ContinuousLabSetup& setup, bool keepStarts, quint64 request)
{
    if (isStale(request))
        return;
    const bool samePreset = setup.preset == m_setup.preset;
    m_timer->stop();
    m_animations.clear();
    m_recordings.clear();
    m_recording = -1;
    m_request = request;
    m_setup = setup;
    if (!keepStarts || !samePreset) {
        m_starts.clear();
        m_controlStart.reset();
    }
    try {
        if (setup.controlled)
            loadControl();
        else
            loadOde(keepStarts && samePreset);
    } catch (const std::exception& error) {
        m_animations.clear();
        m_recordings.clear();
        m_recording = -1;
        emit failed(QString::fromUtf8(error.what()));
        emit settled(request);
    }
}

PortraitFrame ContinuousWorker::portraitOf(const ContinuousModel& model,
                                           const PhasePortraitSettings& settings, double time)
{
    noteCompute();
    const quint64 request = m_request;
    PortraitFrame frame;
    frame.request = request;
    frame.window = m_window;
    frame.time = time;
    frame.portrait = computePhasePortrait(model, *m_plane, m_window, settings,
                                          [this, request] { return isStale(request); });
    frame.heatIsEnergy = model.hasLyapunovEnergy() && frame.portrait.energy.nx > 0;
    if (frame.heatIsEnergy) {
        frame.heat = frame.portrait.energy;
    } else {
        // Without an energy the speed of the flow shows where it lingers: log10 |X| on the
        // plane, floored two decades below the fastest point so that equilibria (|X| = 0)
        // do not stretch the colours over decades that nothing else occupies.
        const StatePlane& plane = *m_plane;
        frame.heat =
            sampleGrid(settings.contourGrid, settings.contourGrid, m_window.aMin, m_window.aMax,
                       m_window.bMin, m_window.bMax, [&model, &plane](double a, double b) {
                           return plane.projectedField(model, a, b).norm();
                       });
        const double fastest =
            *std::max_element(frame.heat.values.begin(), frame.heat.values.end());
        for (double& speed : frame.heat.values)
            speed = std::log10(std::max(speed, kSpeedDecades * fastest));
    }
    const bool plain = m_plane->dimension() == 2;
    frame.axisA = plain ? QStringLiteral("u₁") : QStringLiteral("a (along direction 1)");
    frame.axisB = plain ? QStringLiteral("u₂") : QStringLiteral("b (along direction 2)");
    return frame;
}

void ContinuousWorker::loadOde(bool keepStarts)
{
    const OdePreset preset = odePresetFor(m_setup);
    m_model = makeModel(preset.model);
    m_plane = preset.plane;
    m_window = preset.window;
    m_integration = preset.integration;
    if (!keepStarts || m_starts.empty())
        m_starts = preset.initialStates;
    PortraitFrame frame = portraitOf(*m_model, kPortraitSettings, 0.0);
    if (!m_model->hasLyapunovEnergy())
        addLimitCycle(frame, preset.initialStates.front());
    if (isStale(m_request))
        return;
    emit portraitReady(frame);
    for (int id = 0; id < static_cast<int>(m_starts.size()); ++id)
        startAnimation(id);
    m_timer->start();
}

void ContinuousWorker::addLimitCycle(PortraitFrame& frame, const Eigen::VectorXd& start)
{
    const quint64 request = m_request;
    auto stale = [this, request] {
        return isStale(request);
    };
    const LimitCycle cycle = detectLimitCycle(*m_model, start, {}, stale);
    if (!cycle.found)
        return;
    // One period from the section point, sampled finely enough for a smooth closed curve.
    constexpr int kCycleSamples = 400;
    IntegrationSettings settings = m_integration;
    settings.maxTime = cycle.period;
    settings.sampleInterval = cycle.period / kCycleSamples;
    settings.equilibriumTolerance = 0.0;
    for (const TrajectorySample& sample :
         integrate(*m_model, cycle.sectionPoint, settings, stale).samples) {
        const Eigen::Vector2d at = m_plane->coordinates(sample.potentials);
        frame.limitCycle.append(QPointF(at.x(), at.y()));
    }
    frame.limitCyclePeriod = cycle.period;
}

void ContinuousWorker::startAnimation(int id)
{
    auto sameId = [id](const Animation& animation) {
        return animation.id == id;
    };
    m_animations.erase(std::remove_if(m_animations.begin(), m_animations.end(), sameId),
                       m_animations.end());
    Animation animation;
    animation.id = id;
    animation.integrator = std::make_unique<TrajectoryIntegrator>(
        *m_model, m_starts[static_cast<std::size_t>(id)], m_integration);
    const double samples = m_integration.maxTime / m_integration.sampleInterval;
    animation.samplesPerFrame = std::max(1, static_cast<int>(std::ceil(samples / kFramesPerRun)));
    m_animations.push_back(std::move(animation));
}

void ContinuousWorker::loadControl()
{
    ControlPreset preset = controlPresetFor(m_setup);
    if (m_controlStart && m_controlStart->size() == preset.problem.initialState.size())
        preset.problem.initialState = *m_controlStart;
    const int neurons = static_cast<int>(preset.problem.couplings.rows());
    m_plane = StatePlane::coordinatePlane(neurons);
    m_window = kControlWindow;
    m_starts = {preset.problem.initialState};

    // The landscape before any control acts: the network A itself.
    ContinuousModelSpec spec;
    spec.couplings = preset.problem.couplings;
    spec.gain = preset.problem.gain;
    m_model = makeModel(spec);
    const PortraitFrame before = portraitOf(*m_model, kPortraitSettings, 0.0);
    if (isStale(m_request))
        return;
    emit portraitReady(before);

    noteCompute();
    const quint64 request = m_request;
    ControlCallbacks callbacks;
    callbacks.cancelled = [this, request] {
        return isStale(request);
    };
    m_recordings.clear();
    if (preset.sequence) {
        // Every recording in order, each acting on the network the previous ones left
        // (A_n + xi_inf): the lab replays them all, the old memory forgotten, then recovered.
        RecordingSequence sequence = *preset.sequence;
        if (m_controlStart && m_controlStart->size() == sequence.cues.front().size())
            sequence.cues.front() = *m_controlStart;
        const std::vector<RecordingStep> steps = runRecordingSequence(sequence, callbacks);
        if (isStale(request))
            return;
        for (const RecordingStep& step : steps)
            m_recordings.push_back(replayOf(step.problem, sequence.solver, step.run));
        emit controlFinished(summaryOf(m_recordings.back(), request, describeSequence(steps)));
    } else {
        m_recordings.push_back(replayOf(preset.problem, preset.solver,
                                        runControl(preset.problem, preset.solver, callbacks)));
        if (isStale(request))
            return;
        emit controlFinished(summaryOf(m_recordings.back(), request, {}));
    }
    replayRecording(-1, request);
}

ContinuousWorker::ControlReplay ContinuousWorker::replayOf(const ControlProblem& problem,
                                                           const ControlSolverOptions& solver,
                                                           ControlRun run)
{
    ControlReplay replay;
    replay.problem = problem;
    replay.solver = solver;
    replay.run = std::move(run);
    const int rows = static_cast<int>(replay.run.trajectory.states.rows());
    replay.rowsPerFrame = std::max(1, rows / kFramesPerRun);
    return replay;
}

ControlSummary ContinuousWorker::summaryOf(const ControlReplay& replay, quint64 request,
                                           const QStringList& sequence)
{
    // A sequence is summed up by its last recording, as hopfield-lab-cli control does.
    const ControlRun& run = replay.run;
    ControlSummary summary;
    summary.request = request;
    summary.outcome = QString::fromStdString(outcomeName(run.outcome.outcome));
    summary.cost = run.solution.cost;
    summary.maxControlExisting = run.maxControlExisting;
    summary.maxControlSilent = run.maxControlSilent;
    summary.equilibrium = run.outcome.equilibrium;
    summary.period = run.outcome.period;
    summary.finalCouplings = replay.problem.couplings + run.outcome.finalControl;
    summary.sequence = sequence;
    return summary;
}

void ContinuousWorker::replayRecording(int recording, quint64 request)
{
    if (isStale(request) || m_recordings.empty())
        return;
    m_request = request;
    m_timer->stop();
    const int count = static_cast<int>(m_recordings.size());
    m_recording = std::clamp(recording, 0, count - 1);
    m_playAll = recording < 0;
    for (ControlReplay& replay : m_recordings) {
        replay.nextRow = 0;
        replay.portraitPiece = -1;
        replay.framesSincePortrait = 0;
    }
    m_timer->start();
}

void ContinuousWorker::launch(QPointF planePoint, quint64 request)
{
    if (isStale(request) || !m_plane)
        return;
    const Eigen::VectorXd start = m_plane->point(planePoint.x(), planePoint.y());
    if (m_setup.controlled) {
        m_controlStart = start;
        load(m_setup, true, request);
        return;
    }
    if (!m_model)
        return;
    if (m_starts.size() >= kMaxStarts)
        m_starts.erase(m_starts.begin());
    m_starts.push_back(start);
    try {
        // Ids are indices of m_starts, so a full list restarts every trajectory.
        if (m_starts.size() == kMaxStarts) {
            for (int id = 0; id < static_cast<int>(m_starts.size()); ++id)
                startAnimation(id);
        } else {
            startAnimation(static_cast<int>(m_starts.size()) - 1);
        }
    } catch (const std::exception& error) {
        emit failed(QString::fromUtf8(error.what()));
        return;
    }
    m_timer->start();
}

void ContinuousWorker::drag(QPointF from, QPointF to, quint64 request)
{
    if (isStale(request) || !m_plane)
        return;
    if (m_setup.controlled) {
        launch(to, request);
        return;
    }
    if (from != m_dragFrom || m_dragged < 0 || m_dragged >= static_cast<int>(m_starts.size())) {
        // A new drag: pick up the start nearest the press, if it is near enough.
        m_dragFrom = from;
        m_dragged = -1;
        double nearest = kPickFraction * (m_window.aMax - m_window.aMin);
        for (int id = 0; id < static_cast<int>(m_starts.size()); ++id) {
            const Eigen::Vector2d at = m_plane->coordinates(m_starts[static_cast<std::size_t>(id)]);
            const double distance = std::hypot(at.x() - from.x(), at.y() - from.y());
            if (distance <= nearest) {
                nearest = distance;
                m_dragged = id;
            }
        }
        if (m_dragged < 0) {
            launch(to, request);
            m_dragged = static_cast<int>(m_starts.size()) - 1;
            return;
        }
    }
    m_starts[static_cast<std::size_t>(m_dragged)] = m_plane->point(to.x(), to.y());
    try {
        startAnimation(m_dragged);
    } catch (const std::exception& error) {
        emit failed(QString::fromUtf8(error.what()));
        return;
    }
    m_timer->start();
}

TrajectoryChunk ContinuousWorker::advanceAnimation(Animation& animation)
{
    TrajectoryChunk chunk;
    chunk.id = animation.id;
    const std::vector<TrajectorySample> samples =
        animation.integrator->advance(animation.samplesPerFrame);
    for (const TrajectorySample& sample : samples) {
        const Eigen::Vector2d at = m_plane->coordinates(sample.potentials);
        chunk.plane.append(QPointF(at.x(), at.y()));
        chunk.times.append(sample.time);
        chunk.potentials.append(
            QVector<double>(sample.potentials.begin(), sample.potentials.end()));
        chunk.energy.append(sample.energy);
        chunk.speed.append(sample.speed);
    }
    if (animation.integrator->status() != RunStatus::Running) {
        animation.finished = true;
        chunk.finished = true;
        chunk.status = runEndName(animation.integrator->status());
        if (animation.integrator->status() == RunStatus::TimeLimit && !samples.empty())
            if (const auto sink = stableEquilibriumNear(*m_model, samples.back().potentials)) {
                const Eigen::Vector2d at = m_plane->coordinates(sink->position);
                chunk.status = QStringLiteral("converged to the %1 at (%2, %3)")
                                   .arg(QString::fromStdString(fixedPointKindName(sink->kind)))
                                   .arg(at.x(), 0, 'f', 2)
                                   .arg(at.y(), 0, 'f', 2);
            }
    }
    return chunk;
}

Eigen::MatrixXd ContinuousWorker::totalCouplings(const ControlReplay& replay, int row) const
{
    const ControlLayout& layout = replay.run.layout;
    const int piece = std::min(row / layout.stepsPerPiece, layout.pieces - 1);
    return replay.problem.couplings + layout.controlMatrix(replay.run.solution.controls, piece);
}

TrajectoryChunk ContinuousWorker::advanceReplay(ControlReplay& replay, Eigen::MatrixXd& couplings)
{
    const ControlTrajectory& trajectory = replay.run.trajectory;
    const int rows = static_cast<int>(trajectory.states.rows());
    const int end = std::min(rows, replay.nextRow + replay.rowsPerFrame);
    TrajectoryChunk chunk;
    chunk.id = m_recording;
    chunk.controlled = true;
    ContinuousModelSpec spec;
    spec.gain = replay.problem.gain;
    for (int row = replay.nextRow; row < end; ++row) {
        const Eigen::VectorXd u = trajectory.states.row(row).transpose();
        spec.couplings = totalCouplings(replay, row);
        const Eigen::Vector2d at = m_plane->coordinates(u);
        chunk.plane.append(QPointF(at.x(), at.y()));
        chunk.times.append(trajectory.times(row));
        chunk.potentials.append(QVector<double>(u.begin(), u.end()));
        // The energy of the network as it stands, A + xi(t): defined while it is symmetric.
        chunk.energy.append(makeModel(spec)->energy(u));
        chunk.speed.append(trajectory.fieldNorm(row));
        chunk.control.append(trajectory.controlNorm(row));
    }
    replay.nextRow = end;
    couplings = totalCouplings(replay, std::max(0, end - 1));
    if (end == rows) {
        chunk.finished = true;
        chunk.status = QStringLiteral("end of the horizon");
    }
    const ControlLayout& layout = replay.run.layout;
    const int piece = std::min((end - 1) / layout.stepsPerPiece, layout.pieces - 1);
    ++replay.framesSincePortrait;
    if (piece != replay.portraitPiece &&
        (replay.framesSincePortrait >= kFramesPerLandscape || chunk.finished)) {
        replay.portraitPiece = piece;
        replay.framesSincePortrait = 0;
        spec.couplings = couplings;
        m_model = makeModel(spec);
        PortraitFrame frame = portraitOf(*m_model, kLiveSettings, trajectory.times(end - 1));
        if (m_recordings.size() > 1)
            frame.stage =
                QStringLiteral("recording %1 of %2").arg(m_recording + 1).arg(m_recordings.size());
        emit portraitReady(frame);
    }
    return chunk;
}

std::optional<ParetoSide> ContinuousWorker::paretoSide(const ControlReplay& replay, double mu)
{
    const quint64 request = m_request;
    ControlProblem problem = replay.problem;
    problem.mu = mu;
    ControlCallbacks callbacks;
    callbacks.cancelled = [this, request] {
        return isStale(request);
    };
    const ControlRun run = runControl(problem, replay.solver, callbacks);
    if (isStale(request))
        return std::nullopt;
    ParetoSide side;
    side.mu = mu;
    side.outcome = QString::fromStdString(outcomeName(run.outcome.outcome));
    side.cost = run.solution.cost;
    for (Eigen::Index row = 0; row < run.trajectory.states.rows(); ++row) {
        const Eigen::Vector2d at = m_plane->coordinates(run.trajectory.states.row(row).transpose());
        side.path.append(QPointF(at.x(), at.y()));
    }
    ContinuousModelSpec spec;
    spec.gain = problem.gain;
    spec.couplings = problem.couplings + run.outcome.finalControl;
    side.portrait = portraitOf(*makeModel(spec), kLiveSettings,
                               run.trajectory.times(run.trajectory.times.size() - 1));
    return side;
}

void ContinuousWorker::computePareto(const ControlReplay& replay)
{
    noteCompute();
    std::optional<ParetoSide> conservative = paretoSide(replay, kConservativeMu);
    if (!conservative)
        return;
    std::optional<ParetoSide> innovative = paretoSide(replay, kInnovativeMu);
    if (!innovative)
        return;
    emit paretoReady({m_request, std::move(*conservative), std::move(*innovative)});
}

void ContinuousWorker::tick()
{
    noteCompute();
    ContinuousFrame frame;
    frame.request = m_request;
    bool running = false;
    try {
        for (Animation& animation : m_animations) {
            if (animation.finished)
                continue;
            frame.chunks.push_back(advanceAnimation(animation));
            running = running || !animation.finished;
        }
        const bool replaying = m_recording >= 0;
        if (replaying) {
            frame.chunks.push_back(advanceReplay(m_recordings[m_recording], frame.couplings));
            const bool ended = frame.chunks.back().finished;
            // A sequence plays on: the next recording starts on the next frame.
            const bool next =
                ended && m_playAll && m_recording + 1 < static_cast<int>(m_recordings.size());
            if (next)
                ++m_recording;
            running = running || !ended || next;
        }
        if (!frame.chunks.empty())
            emit frameReady(frame);
        // Once the replay has ended, the trade-off: the same cue at both ends of mu.
        if (replaying && !running) {
            const ControlReplay& last = m_recordings[m_recording];
            m_recording = -1;
            computePareto(last);
        }
    } catch (const std::exception& error) {
        m_animations.clear();
        m_recordings.clear();
        m_recording = -1;
        running = false;
        emit failed(QString::fromUtf8(error.what()));
    }
    if (!running) {
        m_timer->stop();
        emit settled(m_request);
    }
}

} // namespace hopfield::app
