#pragma once
// How a continuous model is integrated (Boost.Odeint steppers, SCIENCE.md section 6):
// which stepper, its step or tolerances, how often the trajectory is sampled, and when a
// run stops.
#include <string>
#include <string_view>

namespace hopfield {

enum class StepperKind {
    RungeKutta4,    // classical fixed-step RK4, global error O(dt^4)
    DormandPrince5, // adaptive Dormand-Prince 5(4) with dense output
};

// "rk4" or "dopri5"; throws std::invalid_argument naming the choices.
StepperKind stepperKindFromName(std::string_view name);
std::string stepperKindName(StepperKind kind);

/// The most fixed RK4 steps (t-max / dt) a run may take: validate() refuses more.
inline constexpr double kMaxRk4Steps = 1e8;

struct IntegrationSettings {
    StepperKind stepper = StepperKind::DormandPrince5;
    /// RK4: the largest step (shortened so that every sample time is hit exactly).
    /// Dormand-Prince: the first trial step, adapted afterwards.
    double timeStep = 0.01;
    /// Samples are recorded at t = 0, h, 2h, ... and at maxTime.
    double sampleInterval = 0.05;
    /// Dormand-Prince error control: |err_i| <= abs + rel |u_i| per step.
    double absoluteTolerance = 1e-8;
    double relativeTolerance = 1e-8;
    double maxTime = 50.0;
    /// The run stops at an equilibrium when |du/dt| (Euclidean) falls below this at a sample.
    double equilibriumTolerance = 1e-8;
    /// A potential with |u_i| above this is a blow-up (an error, not a result).
    double blowUpBound = 1e6;

    /// Throws std::invalid_argument naming the first parameter out of range.
    void validate() const;
};

} // namespace hopfield
