#include "continuous/control/ControlProblem.h"

#include "core/MemoryGuard.h"

#include <algorithm>
#include <boost/numeric/odeint.hpp>
#include <boost/numeric/odeint/external/eigen/eigen.hpp>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace hopfield {
namespace {

// The share of the discounted weight that the finite horizon may drop (the 1e-4).
constexpr double kDiscardedTail = 1e-4;

/// "1e+300", not the 301 digits of std::to_string.
std::string shortNumber(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

void requireRange(double value, double low, double high, const std::string& name)
{
    if (!(value >= low && value <= high))
        throw std::invalid_argument(name + " must lie in [" + std::to_string(low) + ", " +
                                    std::to_string(high) + "], got " + std::to_string(value));
}

void validate(const ControlProblem& problem)
{
    const auto n = problem.couplings.rows();
    if (n < 1 || problem.couplings.cols() != n)
        throw std::invalid_argument("the coupling matrix A must be square and non-empty, got " +
                                    std::to_string(problem.couplings.rows()) + "x" +
                                    std::to_string(problem.couplings.cols()));
    if (!problem.couplings.allFinite())
        throw std::invalid_argument("the coupling matrix A holds a NaN or an infinity");
    if (problem.initialState.size() != n)
        throw std::invalid_argument("the initial state needs " + std::to_string(n) +
                                    " entries (one per neuron), got " +
                                    std::to_string(problem.initialState.size()));
    if (!problem.initialState.allFinite())
        throw std::invalid_argument("the initial state holds a NaN or an infinity");
    // The same bound as the ODE integrator's blow-up check (IntegrationSettings): beyond
    // it g(u) has long saturated and u^2 in the cost overflows.
    if (problem.initialState.cwiseAbs().maxCoeff() > kControlBlowUpBound)
        throw std::invalid_argument("the initial state must lie within +-1e6, got |u| = " +
                                    shortNumber(problem.initialState.cwiseAbs().maxCoeff()));
    if (problem.couplings.cwiseAbs().maxCoeff() > kControlBlowUpBound)
        throw std::invalid_argument("the coupling matrix A must lie within +-1e6, got |A_ij| = " +
                                    shortNumber(problem.couplings.cwiseAbs().maxCoeff()));
    if (!(problem.gain.beta > 0.0) || !std::isfinite(problem.gain.beta))
        throw std::invalid_argument("the gain beta must be a finite number > 0");
    requireRange(problem.mu, 0.0, 1.0, "mu");
    requireRange(problem.lambda, 0.0, 1e3, "lambda");
    requireRange(problem.strongBound, 0.0, 1e3, "K (the bound on existing synapses)");
    requireRange(problem.silentBound, 0.0, problem.strongBound,
                 "k (the bound on silent synapses, at most K)");
    if (problem.steps < 1 || problem.steps > 1'000'000)
        throw std::invalid_argument("steps must lie in [1, 1000000], got " +
                                    std::to_string(problem.steps));
    if (problem.pieces < 1 || problem.pieces > problem.steps || problem.steps % problem.pieces)
        throw std::invalid_argument("pieces must divide steps (" + std::to_string(problem.steps) +
                                    "), got " + std::to_string(problem.pieces));
    if (problem.model == ControlTimeModel::Ode)
        requireRange(problem.horizon, 0.0, 1e6, "the horizon");
    for (auto it = problem.controllable.begin(); it != problem.controllable.end(); ++it) {
        const std::string name = "controllable synapse (" + std::to_string(it->row) + ", " +
                                 std::to_string(it->column) + ")";
        if (it->row < 0 || it->row >= n || it->column < 0 || it->column >= n)
            throw std::invalid_argument(name + " lies outside the " + std::to_string(n) +
                                        " neurons");
        if (std::find(problem.controllable.begin(), it, *it) != it)
            throw std::invalid_argument(name + " is listed twice");
    }
}

std::vector<Synapse> defaultSynapses(const ControlProblem& problem)
{
    std::vector<Synapse> synapses;
    const auto n = static_cast<int>(problem.couplings.rows());
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            if (problem.couplings(i, j) != 0.0 || (problem.silentBound > 0.0 && i != j))
                synapses.push_back({i, j});
    return synapses;
}

// Time for the uncontrolled ODE to settle, |X| < 1e-6, integrated with Boost.Odeint's
// classical RK4 at h = 0.05 (X is Lipschitz with constant at most beta |A| / pi + 1 for the
// arctan gain, so the step is safe for the couplings this model uses).
double settlingTime(const ControlProblem& problem, double limit)
{
    const double h = 0.05;
    const auto field = [&](const Eigen::VectorXd& u, Eigen::VectorXd& du, double) {
        du = problem.couplings * u.unaryExpr([&](double x) { return problem.gain.value(x); }) - u;
    };
    boost::numeric::odeint::runge_kutta4<Eigen::VectorXd, double, Eigen::VectorXd, double,
                                         boost::numeric::odeint::vector_space_algebra>
        stepper;
    Eigen::VectorXd u = problem.initialState;
    Eigen::VectorXd du(u.size());
    double t = 0.0;
    for (field(u, du, t); t < limit && du.norm() >= 1e-6; field(u, du, t)) {
        stepper.do_step(field, u, t, h);
        t += h;
    }
    return t;
}

} // namespace

double controlHorizon(const ControlProblem& problem)
{
    if (problem.model == ControlTimeModel::Map)
        return problem.steps;
    if (problem.horizon > 0.0)
        return problem.horizon;
    if (problem.lambda > 0.0)
        return std::log(1.0 / kDiscardedTail) / problem.lambda;
    return std::clamp(2.0 * settlingTime(problem, 100.0), 10.0, 200.0);
}

ControlLayout resolveLayout(const ControlProblem& problem)
{
    validate(problem);
    ControlLayout layout;
    layout.neurons = static_cast<int>(problem.couplings.rows());
    layout.synapses =
        problem.controllable.empty() ? defaultSynapses(problem) : problem.controllable;
    for (const Synapse& synapse : layout.synapses) {
        const bool existing = problem.couplings(synapse.row, synapse.column) != 0.0;
        layout.existing.push_back(existing);
        layout.bounds.push_back(existing ? problem.strongBound : problem.silentBound);
    }
    layout.steps = problem.steps;
    layout.pieces = problem.pieces;
    layout.stepsPerPiece = problem.steps / problem.pieces;
    layout.horizon = controlHorizon(problem);
    layout.stepSize = layout.horizon / layout.steps;
    // The solver holds a few control vectors and the states on the whole grid.
    ensureMemoryFits(arrayBytes(static_cast<std::size_t>(layout.variables()), 8, sizeof(double)) +
                         arrayBytes(static_cast<std::size_t>(layout.steps) + 1,
                                    static_cast<std::size_t>(layout.neurons), sizeof(double)),
                     "the optimal-control problem");
    return layout;
}

Eigen::MatrixXd ControlLayout::controlMatrix(const Eigen::VectorXd& controls, int piece) const
{
    Eigen::MatrixXd xi = Eigen::MatrixXd::Zero(neurons, neurons);
    const int m = controlsPerPiece();
    for (int s = 0; s < m; ++s)
        xi(synapses[s].row, synapses[s].column) += controls[piece * m + s];
    return xi;
}

Eigen::VectorXd ControlLayout::project(const Eigen::VectorXd& controls) const
{
    Eigen::VectorXd projected = controls;
    const int m = controlsPerPiece();
    for (Eigen::Index v = 0; v < projected.size(); ++v) {
        const double bound = bounds[static_cast<std::size_t>(v % m)];
        projected[v] = std::clamp(projected[v], -bound, bound);
    }
    return projected;
}

std::string controlTimeModelName(ControlTimeModel model)
{
    return model == ControlTimeModel::Map ? "map" : "ode";
}

} // namespace hopfield
