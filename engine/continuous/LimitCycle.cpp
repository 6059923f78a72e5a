#include "continuous/LimitCycle.h"

#include "continuous/TrajectoryIntegrator.h"

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

namespace hopfield {

namespace {

// The cubic Hermite interpolant at t0 + x h of a trajectory piece from the states and
// velocities at both ends (error O(h^4), as accurate as the dense output it samples).
Eigen::VectorXd hermite(double x, double h, const Eigen::VectorXd& u0, const Eigen::VectorXd& u1,
                        const Eigen::VectorXd& velocity0, const Eigen::VectorXd& velocity1)
{
    const double x2 = x * x;
    const double x3 = x2 * x;
    return (2 * x3 - 3 * x2 + 1) * u0 + (x3 - 2 * x2 + x) * h * velocity0 +
           (-2 * x3 + 3 * x2) * u1 + (x3 - x2) * h * velocity1;
}

struct Crossing {
    double time;
    Eigen::VectorXd point;
};

} // namespace

LimitCycle detectLimitCycle(const ContinuousModel& model, const Eigen::VectorXd& start,
                            const LimitCycleSettings& settings,
                            const std::function<bool()>& cancelled)
{
    if (settings.sectionComponent < 0 || settings.sectionComponent >= model.size())
        throw std::invalid_argument("section component must lie in [0, " +
                                    std::to_string(model.size() - 1) + "]");
    if (!(settings.transient >= 0.0) || !(settings.observation > 0.0) ||
        !(settings.tolerance > 0.0))
        throw std::invalid_argument("limit-cycle search: transient >= 0, observation > 0 and "
                                    "tolerance > 0 are required");
    IntegrationSettings integration;
    integration.stepper = StepperKind::DormandPrince5;
    integration.absoluteTolerance = settings.integrationTolerance;
    integration.relativeTolerance = settings.integrationTolerance;
    integration.equilibriumTolerance = 1e-9;
    integration.sampleInterval = settings.transient > 0.0 ? settings.transient : 1.0;
    integration.maxTime = settings.transient > 0.0 ? settings.transient : 1.0;
    LimitCycle cycle;
    Eigen::VectorXd u = start;
    if (settings.transient > 0.0) {
        const Trajectory transient = integrate(model, start, integration, cancelled);
        if (transient.status != RunStatus::TimeLimit)
            return cycle; // an equilibrium, or cancelled
        u = transient.samples.back().potentials;
    }
    integration.sampleInterval = settings.sampleInterval;
    integration.maxTime = settings.observation;
    const Trajectory record = integrate(model, u, integration, cancelled);
    if (record.status != RunStatus::TimeLimit)
        return cycle;

    const int c = settings.sectionComponent;
    double level = 0.0;
    for (const TrajectorySample& s : record.samples)
        level += s.potentials[c];
    level /= static_cast<double>(record.samples.size());

    std::vector<Crossing> crossings;
    Eigen::VectorXd previousVelocity = model.field(record.samples.front().potentials);
    for (std::size_t k = 1; k < record.samples.size(); ++k) {
        const TrajectorySample& a = record.samples[k - 1];
        const TrajectorySample& b = record.samples[k];
        const Eigen::VectorXd velocity = model.field(b.potentials);
        const double s0 = a.potentials[c] - level;
        const double s1 = b.potentials[c] - level;
        if (s0 < 0.0 && s1 >= 0.0) {
            // Bisection on the sign change of the interpolated u_c - level.
            const double h = b.time - a.time;
            const auto at = [&](double x) {
                return hermite(x, h, a.potentials, b.potentials, previousVelocity, velocity);
            };
            double lo = 0.0;
            double hi = 1.0;
            for (int i = 0; i < 60; ++i) {
                const double mid = 0.5 * (lo + hi);
                (at(mid)[c] < level ? lo : hi) = mid;
            }
            const double x = 0.5 * (lo + hi);
            crossings.push_back({a.time + x * h, at(x)});
        }
        previousVelocity = velocity;
    }
    cycle.crossings = static_cast<int>(crossings.size());
    if (crossings.size() < 3)
        return cycle;
    const Crossing& last = crossings.back();
    const Crossing& previous = crossings[crossings.size() - 2];
    const Crossing& before = crossings[crossings.size() - 3];
    cycle.period = last.time - previous.time;
    cycle.periodChange = std::abs(cycle.period - (previous.time - before.time)) / cycle.period;
    cycle.returnDistance = (last.point - previous.point).norm();
    cycle.sectionPoint = last.point;
    cycle.minimum = last.point;
    cycle.maximum = last.point;
    for (const TrajectorySample& s : record.samples)
        if (s.time >= previous.time && s.time <= last.time) {
            cycle.minimum = cycle.minimum.cwiseMin(s.potentials);
            cycle.maximum = cycle.maximum.cwiseMax(s.potentials);
        }
    cycle.found = cycle.periodChange < settings.tolerance &&
                  cycle.returnDistance < settings.tolerance * (1.0 + last.point.norm());
    return cycle;
}

} // namespace hopfield
