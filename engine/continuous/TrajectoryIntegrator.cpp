#include "continuous/TrajectoryIntegrator.h"

#include "continuous/IntegrationError.h"
#include "core/MemoryGuard.h"

#include <boost/numeric/odeint.hpp>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace hopfield {

namespace odeint = boost::numeric::odeint;

namespace {

using State = std::vector<double>;
using DenseStepper = odeint::result_of::make_dense_output<odeint::runge_kutta_dopri5<State>>::type;

std::string formatNumber(double x)
{
    std::ostringstream text;
    text.precision(6);
    text << x;
    return text.str();
}

} // namespace

std::string runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return "running";
    case RunStatus::Equilibrium:
        return "equilibrium";
    case RunStatus::TimeLimit:
        return "time-limit";
    case RunStatus::Cancelled:
        return "cancelled";
    }
    return "running";
}

struct TrajectoryIntegrator::Impl {
    Impl(const ContinuousModel& m, const Eigen::VectorXd& initial, const IntegrationSettings& s)
        : model(m), settings(s), state(initial.data(), initial.data() + initial.size()),
          dense(odeint::make_dense_output(s.absoluteTolerance, s.relativeTolerance,
                                          odeint::runge_kutta_dopri5<State>()))
    {
        if (settings.stepper == StepperKind::DormandPrince5)
            dense.initialize(state, 0.0, settings.timeStep);
    }

    // The right-hand side in odeint's form, on std::vector states viewed as Eigen vectors.
    auto system() const
    {
        return [this](const State& x, State& dxdt, double) {
            const auto n = static_cast<Eigen::Index>(x.size());
            model.evaluateField(Eigen::Map<const Eigen::VectorXd>(x.data(), n),
                                Eigen::Map<Eigen::VectorXd>(dxdt.data(), n));
        };
    }

    double sampleTime(long long k) const
    {
        return std::min(static_cast<double>(k) * settings.sampleInterval, settings.maxTime);
    }

    // Throws IntegrationError for the first non-finite or out-of-bound entry of the state
    // (or, with `isVelocity`, of its velocity).
    void check(const State& values, double t, bool isVelocity = false) const
    {
        for (std::size_t i = 0; i < values.size(); ++i) {
            const bool finite = std::isfinite(values[i]);
            if (finite && std::abs(values[i]) <= settings.blowUpBound)
                continue;
            std::ostringstream message;
            message.precision(6);
            message << "integration failed at t = " << t << ": " << (isVelocity ? "du" : "u")
                    << i + 1 << (isVelocity ? "/dt" : "") << " = " << values[i];
            if (finite)
                message << " exceeds the blow-up bound " << settings.blowUpBound;
            else
                message << " is not finite";
            throw IntegrationError(message.str(), t, static_cast<int>(i));
        }
    }

    // Steps to `target`; false when `cancelled` (polled every kPollSteps steps, so a long
    // sample interval stops promptly too) ended it first, the state then between samples.
    bool advanceTo(double target, const std::function<bool()>& cancelled)
    {
        constexpr long long kPollSteps = 4096;
        if (target <= time)
            return true;
        if (settings.stepper == StepperKind::RungeKutta4) {
            const auto steps = static_cast<long long>(
                std::ceil((target - time) / settings.timeStep * (1 - 1e-12)));
            const double h = (target - time) / static_cast<double>(steps);
            for (long long k = 0; k < steps; ++k) {
                if (k % kPollSteps == kPollSteps - 1 && cancelled && cancelled())
                    return false;
                const double t = time + static_cast<double>(k) * h;
                rk4.do_step(system(), state, t, h);
                check(state, t + h);
            }
        } else {
            try {
                for (long long k = 1; dense.current_time() < target; ++k) {
                    if (k % kPollSteps == 0 && cancelled && cancelled())
                        return false;
                    dense.do_step(system());
                    // The dense output interpolates with the velocity at the step's end,
                    // so a NaN there spoils the samples inside the step: check both.
                    if (dense.current_time() <= settings.maxTime) {
                        check(dense.current_state(), dense.current_time());
                        system()(dense.current_state(), velocity, dense.current_time());
                        check(velocity, dense.current_time(), true);
                    }
                }
            } catch (const odeint::odeint_error& error) {
                throw IntegrationError(
                    "integration failed at t = " + formatNumber(dense.current_time()) +
                        ": the adaptive stepper found no step (" + error.what() + ")",
                    dense.current_time(), -1);
            }
            dense.calc_state(target, state);
            check(state, target);
        }
        time = target;
        return true;
    }

    TrajectorySample sample() const
    {
        TrajectorySample s;
        s.time = time;
        s.potentials = Eigen::Map<const Eigen::VectorXd>(state.data(),
                                                         static_cast<Eigen::Index>(state.size()));
        s.outputs = model.output(s.potentials);
        s.energy = model.energy(s.potentials);
        s.speed = model.field(s.potentials).norm();
        return s;
    }

    const ContinuousModel& model;
    IntegrationSettings settings;
    State state;
    State velocity = State(state.size());
    double time = 0.0;
    long long nextSample = 0;
    RunStatus status = RunStatus::Running;
    odeint::runge_kutta4<State> rk4;
    DenseStepper dense;
};

TrajectoryIntegrator::TrajectoryIntegrator(const ContinuousModel& model,
                                           const Eigen::VectorXd& initial,
                                           const IntegrationSettings& settings)
{
    settings.validate();
    if (initial.size() != model.size())
        throw std::invalid_argument("initial state has " + std::to_string(initial.size()) +
                                    " components for " + std::to_string(model.size()) + " neurons");
    if (!initial.allFinite())
        throw std::invalid_argument("initial state must be finite");
    m_impl = std::make_unique<Impl>(model, initial, settings);
}

TrajectoryIntegrator::~TrajectoryIntegrator() = default;

std::vector<TrajectorySample> TrajectoryIntegrator::advance(int maxSamples,
                                                            const std::function<bool()>& cancelled)
{
    Impl& d = *m_impl;
    std::vector<TrajectorySample> samples;
    while (d.status == RunStatus::Running && static_cast<int>(samples.size()) < maxSamples) {
        if (!d.advanceTo(d.sampleTime(d.nextSample), cancelled)) {
            d.status = RunStatus::Cancelled;
            break;
        }
        ++d.nextSample;
        samples.push_back(d.sample());
        if (samples.back().speed < d.settings.equilibriumTolerance)
            d.status = RunStatus::Equilibrium;
        else if (d.time >= d.settings.maxTime)
            d.status = RunStatus::TimeLimit;
        else if (cancelled && cancelled())
            d.status = RunStatus::Cancelled;
    }
    return samples;
}

RunStatus TrajectoryIntegrator::status() const
{
    return m_impl->status;
}

double TrajectoryIntegrator::time() const
{
    return m_impl->time;
}

Trajectory integrate(const ContinuousModel& model, const Eigen::VectorXd& initial,
                     const IntegrationSettings& settings, const std::function<bool()>& cancelled)
{
    settings.validate();
    const double sampleCount = std::ceil(settings.maxTime / settings.sampleInterval) + 1;
    // A sample is the struct (kept twice over while the vector grows by doubling) and two
    // heap vectors of N doubles, each with the allocator's block overhead: at N = 2 that is
    // some 200 bytes, not the 7 doubles of its numbers alone.
    constexpr std::size_t kHeapBlockOverhead = 32;
    const std::size_t vectorBytes =
        static_cast<std::size_t>(model.size()) * sizeof(double) + kHeapBlockOverhead;
    ensureMemoryFits(arrayBytes(static_cast<std::size_t>(sampleCount),
                                2 * sizeof(TrajectorySample) + 2 * vectorBytes, 1),
                     "a trajectory of " + std::to_string(static_cast<long long>(sampleCount)) +
                         " samples");
    TrajectoryIntegrator integrator(model, initial, settings);
    Trajectory trajectory;
    while (integrator.status() == RunStatus::Running) {
        auto chunk = integrator.advance(1024, cancelled);
        trajectory.samples.insert(trajectory.samples.end(), std::make_move_iterator(chunk.begin()),
                                  std::make_move_iterator(chunk.end()));
    }
    trajectory.status = integrator.status();
    return trajectory;
}

} // namespace hopfield
