#pragma once
// Limit-cycle detection by a Poincare section (Strogatz, "Nonlinear Dynamics and Chaos",
// section 8.7): after a transient, a long trajectory is cut by the hyperplane
// u_c = (mean of u_c over the record) crossed upwards; successive crossing times give the
// period and successive crossing points the return map, whose convergence (a fixed point
// of the map) certifies an attracting cycle.
#include "continuous/ContinuousModel.h"

#include <Eigen/Core>
#include <functional>

namespace hopfield {

struct LimitCycleSettings {
    double transient = 100.0;   // time integrated and discarded first
    double observation = 100.0; // time over which crossings are recorded
    double sampleInterval = 0.01;
    int sectionComponent = 0; // c, the neuron whose potential defines the section
    /// Converged when the last two periods differ by less than this relative amount and
    /// the last two crossing points by less than this times (1 + |crossing point|).
    double tolerance = 1e-6;
    /// Dormand-Prince tolerances of the integration.
    double integrationTolerance = 1e-11;
};

struct LimitCycle {
    bool found = false;
    double period = 0.0;          // the last return time
    Eigen::VectorXd minimum;      // per neuron, over the last period
    Eigen::VectorXd maximum;      // per neuron, over the last period
    Eigen::VectorXd sectionPoint; // the last crossing point
    int crossings = 0;            // upward section crossings seen
    double periodChange = 0.0;    // |T_last - T_previous| / T_last
    double returnDistance = 0.0;  // |P_last - P_previous|
};

/// Integrates from `start` (Dormand-Prince, dense output) and looks for a cycle.  No cycle
/// (found == false) when the trajectory settles at an equilibrium, crosses fewer than three
/// times, or its return map has not converged.  Throws IntegrationError on blow-up and
/// std::invalid_argument for bad settings.
LimitCycle detectLimitCycle(const ContinuousModel& model, const Eigen::VectorXd& start,
                            const LimitCycleSettings& settings = {},
                            const std::function<bool()>& cancelled = {});

} // namespace hopfield
