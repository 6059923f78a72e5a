#pragma once
// Trajectories of a ContinuousModel with Boost.Odeint: fixed-step runge_kutta4, or
// runge_kutta_dopri5 with dense output (make_dense_output(abs, rel, stepper)) so that the
// samples at t = 0, h, 2h, ... are interpolated, not forced steps.  At each sample the
// state, the outputs, the energy and the speed |du/dt| are recorded.  The run stops at an
// equilibrium (speed below the tolerance), at maxTime, on cancellation, or throws
// IntegrationError when a potential turns non-finite or leaves the blow-up bound (checked
// after every internal step).  Odeint stays inside the .cpp.
#include "continuous/ContinuousModel.h"
#include "continuous/IntegrationSettings.h"

#include <Eigen/Core>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace hopfield {

struct TrajectorySample {
    double time = 0.0;
    Eigen::VectorXd potentials; // u
    Eigen::VectorXd outputs;    // V = g(u)
    double energy = 0.0;        // NaN for a model without energy
    double speed = 0.0;         // |du/dt|, Euclidean
};

enum class RunStatus { Running, Equilibrium, TimeLimit, Cancelled };

/// "running", "equilibrium", "time-limit", "cancelled" (the CLI's JSON names).
std::string runStatusName(RunStatus status);

/// Steps one trajectory in chunks, for animation: each advance() returns the next samples.
/// The model must outlive the integrator.
class TrajectoryIntegrator {
public:
    /// Throws std::invalid_argument for bad settings or an initial state of the wrong size
    /// or with non-finite entries.
    TrajectoryIntegrator(const ContinuousModel& model, const Eigen::VectorXd& initial,
                         const IntegrationSettings& settings);
    ~TrajectoryIntegrator();
    TrajectoryIntegrator(const TrajectoryIntegrator&) = delete;
    TrajectoryIntegrator& operator=(const TrajectoryIntegrator&) = delete;

    /// Integrates until `maxSamples` more samples are recorded (the first call starts with
    /// the sample at t = 0) or the run stops; `cancelled` is polled after every sample and
    /// every few thousand steps between samples.  Throws IntegrationError on NaN or blow-up.
    std::vector<TrajectorySample> advance(int maxSamples,
                                          const std::function<bool()>& cancelled = {});
    RunStatus status() const;
    /// The time of the last sample.
    double time() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

struct Trajectory {
    std::vector<TrajectorySample> samples;
    RunStatus status = RunStatus::Running;
};

/// The whole run at once (what the CLI and the tests use).
Trajectory integrate(const ContinuousModel& model, const Eigen::VectorXd& initial,
                     const IntegrationSettings& settings,
                     const std::function<bool()>& cancelled = {});

} // namespace hopfield
