#include "continuous/control/ControlSolver.h"

#include "core/Rng.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <stdexcept>

namespace hopfield {
namespace {

// SPG2's constants (Birgin, Martinez and Raydan 2000, section 2).
constexpr double kArmijo = 1e-4;
constexpr int kMemory = 10; // non-monotone window
constexpr double kStepMin = 1e-12;
constexpr double kStepMax = 1e12;
constexpr double kShrinkLow = 0.1;
constexpr double kShrinkHigh = 0.5;
constexpr int kMaxBacktracks = 60;

double projectedGradientNorm(const ControlLayout& layout, const Eigen::VectorXd& z,
                             const Eigen::VectorXd& gradient)
{
    return z.size() == 0 ? 0.0 : (layout.project(z - gradient) - z).lpNorm<Eigen::Infinity>();
}

struct StartResult {
    Eigen::VectorXd controls;
    double cost = 0.0;
    double projectedGradient = 0.0;
    int iterations = 0;
    int evaluations = 0;
    SolverStop stop = SolverStop::IterationLimit;
};

class SpgRun {
public:
    SpgRun(const ControlCost& cost, const ControlSolverOptions& options,
           const ControlCallbacks& callbacks, ControlProgress& progress)
        : m_cost(cost), m_layout(cost.layout()), m_options(options), m_callbacks(callbacks),
          m_progress(progress)
    {
    }

    StartResult run(const Eigen::VectorXd& start)
    {
        StartResult result;
        Eigen::VectorXd z = m_layout.project(start);
        Eigen::VectorXd gradient;
        double f = m_cost.valueAndGradient(z, gradient);
        result.evaluations = 1;
        std::deque<double> recent{f}; // the non-monotone window
        // The non-monotone search may climb for a while: return the best iterate seen.
        double best = f;
        Eigen::VectorXd bestZ = z;
        int sinceProgress = 0; // iterations since `best` last fell by the relative tolerance
        double pg = projectedGradientNorm(m_layout, z, gradient);
        double alpha = std::clamp(pg > 0.0 ? 1.0 / pg : 1.0, kStepMin, kStepMax);
        double bestPg = pg;
        const auto finish = [&](SolverStop stop) {
            result.controls = bestZ;
            result.cost = best;
            result.projectedGradient = bestPg;
            result.stop = stop;
            return result;
        };
        for (;;) {
            if (pg <= m_options.gradientTolerance)
                return finish(SolverStop::Converged);
            if (result.iterations >= m_options.maxIterations)
                return finish(SolverStop::IterationLimit);
            if (m_callbacks.cancelled && m_callbacks.cancelled())
                return finish(SolverStop::Cancelled);
            const Eigen::VectorXd direction = m_layout.project(z - alpha * gradient) - z;
            const double slope = gradient.dot(direction);
            const double reference = *std::max_element(recent.begin(), recent.end());
            double t = 1.0;
            Eigen::VectorXd trial;
            double trialCost = 0.0;
            int backtracks = 0;
            for (;;) {
                trial = z + t * direction;
                trialCost = m_cost.value(trial);
                ++result.evaluations;
                if (trialCost <= reference + kArmijo * t * slope)
                    break;
                if (++backtracks > kMaxBacktracks)
                    return finish(SolverStop::Stalled);
                // Minimiser of the quadratic through f(z), its slope and f(z + t d),
                // kept inside [0.1 t, 0.5 t].
                const double quadratic = -0.5 * slope * t * t / (trialCost - f - slope * t);
                t = std::clamp(quadratic, kShrinkLow * t, kShrinkHigh * t);
            }
            Eigen::VectorXd trialGradient;
            trialCost = m_cost.valueAndGradient(trial, trialGradient);
            ++result.evaluations;
            const Eigen::VectorXd s = trial - z;
            const Eigen::VectorXd y = trialGradient - gradient;
            const double sy = s.dot(y);
            alpha = sy <= 0.0 ? kStepMax : std::clamp(s.squaredNorm() / sy, kStepMin, kStepMax);
            z = trial;
            f = trialCost;
            gradient = trialGradient;
            pg = projectedGradientNorm(m_layout, z, gradient);
            ++result.iterations;
            recent.push_back(f);
            if (static_cast<int>(recent.size()) > kMemory)
                recent.pop_front();
            if (best - f > m_options.relativeTolerance * std::abs(best)) {
                sinceProgress = 0;
            } else {
                ++sinceProgress;
            }
            if (f < best) {
                best = f;
                bestZ = z;
                bestPg = pg;
            }
            m_progress.iteration = result.iterations;
            m_progress.cost = f;
            m_progress.bestCost = std::min(m_progress.bestCost, f);
            m_progress.projectedGradient = pg;
            if (m_callbacks.progress)
                m_callbacks.progress(m_progress, z);
            if (sinceProgress >= 2 * kMemory)
                return finish(SolverStop::Stalled);
        }
    }

private:
    const ControlCost& m_cost;
    const ControlLayout& m_layout;
    const ControlSolverOptions& m_options;
    const ControlCallbacks& m_callbacks;
    ControlProgress& m_progress;
};

void validate(const ControlSolverOptions& options)
{
    if (options.maxIterations < 0 || options.maxIterations > 10'000'000)
        throw std::invalid_argument("max iterations must lie in [0, 10000000], got " +
                                    std::to_string(options.maxIterations));
    if (!(options.gradientTolerance >= 0.0) || !(options.relativeTolerance >= 0.0))
        throw std::invalid_argument("solver tolerances must be numbers >= 0");
    if (options.randomStarts < 0 || options.randomStarts > 10'000)
        throw std::invalid_argument("random starts must lie in [0, 10000], got " +
                                    std::to_string(options.randomStarts));
    if (!options.zeroStart && options.randomStarts == 0)
        throw std::invalid_argument("without the zero start the solver needs random starts >= 1");
}

} // namespace

ControlSolution solveOptimalControl(const ControlCost& cost, const ControlSolverOptions& options,
                                    const ControlCallbacks& callbacks)
{
    validate(options);
    const ControlLayout& layout = cost.layout();
    Rng rng(options.seed);
    ControlProgress progress;
    progress.starts = (options.zeroStart ? 1 : 0) + options.randomStarts;
    progress.bestCost = std::numeric_limits<double>::infinity();
    SpgRun spg(cost, options, callbacks, progress);
    ControlSolution best;
    for (int start = 0; start < progress.starts; ++start) {
        Eigen::VectorXd z = Eigen::VectorXd::Zero(layout.variables());
        if (start > 0 || !options.zeroStart)
            for (Eigen::Index v = 0; v < z.size(); ++v)
                z[v] = (2.0 * rng.uniform() - 1.0) *
                       layout.bounds[static_cast<std::size_t>(v % layout.controlsPerPiece())];
        progress.start = start;
        progress.iteration = 0;
        const StartResult result = spg.run(z);
        best.iterations += result.iterations;
        best.evaluations += result.evaluations;
        if (start == 0 || result.cost < best.cost) {
            best.controls = result.controls;
            best.cost = result.cost;
            best.projectedGradient = result.projectedGradient;
            best.bestStart = start;
            best.stop = result.stop;
        }
        progress.bestCost = best.cost;
        if (result.stop == SolverStop::Cancelled) {
            best.stop = SolverStop::Cancelled;
            break;
        }
    }
    return best;
}

std::string solverStopName(SolverStop stop)
{
    switch (stop) {
    case SolverStop::Converged:
        return "converged";
    case SolverStop::Stalled:
        return "stalled";
    case SolverStop::IterationLimit:
        return "iteration-limit";
    case SolverStop::Cancelled:
        return "cancelled";
    }
    return "converged";
}

} // namespace hopfield
