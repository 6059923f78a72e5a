#include "continuous/IntegrationSettings.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace hopfield {

namespace {

void requirePositive(double value, const char* name, double maximum)
{
    if (!(value > 0.0) || !(value <= maximum))
        throw std::invalid_argument(std::string(name) + " must lie in (0, " +
                                    std::to_string(maximum) + "] (got " + std::to_string(value) +
                                    ")");
}

} // namespace

StepperKind stepperKindFromName(std::string_view name)
{
    if (name == "rk4")
        return StepperKind::RungeKutta4;
    if (name == "dopri5")
        return StepperKind::DormandPrince5;
    throw std::invalid_argument("unknown stepper '" + std::string(name) +
                                "' (choose rk4 or dopri5)");
}

std::string stepperKindName(StepperKind kind)
{
    return kind == StepperKind::RungeKutta4 ? "rk4" : "dopri5";
}

void IntegrationSettings::validate() const
{
    requirePositive(maxTime, "t-max", 1e9);
    requirePositive(timeStep, "dt", maxTime);
    requirePositive(sampleInterval, "sample interval", maxTime);
    requirePositive(absoluteTolerance, "abs-tol", 1.0);
    requirePositive(relativeTolerance, "rel-tol", 1.0);
    requirePositive(blowUpBound, "blow-up bound", 1e300);
    if (!(equilibriumTolerance >= 0.0) || !std::isfinite(equilibriumTolerance))
        throw std::invalid_argument("equilibrium tolerance must be finite and >= 0");
    // Every sample holds O(N) numbers; refuse runs of absurdly many samples.
    if (maxTime / sampleInterval > 1e8)
        throw std::invalid_argument("t-max / sample interval must stay below 1e8 samples");
    // 1e8 fixed steps take tens of seconds at small N; 1e10 took the better part of an hour.
    if (stepper == StepperKind::RungeKutta4 && maxTime / timeStep > kMaxRk4Steps)
        throw std::invalid_argument("t-max / dt must stay below 1e8 RK4 steps, got " +
                                    std::to_string(maxTime / timeStep));
}

} // namespace hopfield
