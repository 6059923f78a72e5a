#pragma once

#include <stdexcept>
#include <string>

namespace hopfield {

/// An integration that went wrong: a potential turned NaN or infinite, or exceeded the
/// blow-up bound, or the adaptive stepper could not find a step.  Carries the time and
/// the (0-based) neuron; the message names both (neurons 1-based, as u1..uN in the CLI).
class IntegrationError : public std::runtime_error {
public:
    IntegrationError(const std::string& message, double time, int component)
        : std::runtime_error(message), m_time(time), m_component(component)
    {
    }
    double time() const { return m_time; }
    /// The neuron at fault, or -1 when the error is not about one component.
    int component() const { return m_component; }

private:
    double m_time;
    int m_component;
};

} // namespace hopfield
