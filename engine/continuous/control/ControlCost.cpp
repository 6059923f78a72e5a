#include "continuous/control/ControlCost.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace hopfield {
namespace {

struct Weights {
    double left = 0.0;  // weight of L(u_n, xi_p) in the sum for step n
    double right = 0.0; // weight of L(u_{n+1}, xi_p) (trapezoid rule only)
};

} // namespace

ControlCost::ControlCost(ControlProblem problem)
    : m_problem(std::move(problem)), m_layout(resolveLayout(m_problem))
{
}

Eigen::VectorXd ControlCost::field(const Eigen::VectorXd& u, const Eigen::MatrixXd& total) const
{
    return total * u.unaryExpr([this](double x) { return m_problem.gain.value(x); }) - u;
}

Eigen::VectorXd ControlCost::step(const Eigen::VectorXd& u, const Eigen::MatrixXd& total) const
{
    if (m_problem.model == ControlTimeModel::Map)
        return u + field(u, total);
    const double h = m_layout.stepSize;
    const Eigen::VectorXd k1 = field(u, total);
    const Eigen::VectorXd k2 = field(u + 0.5 * h * k1, total);
    const Eigen::VectorXd k3 = field(u + 0.5 * h * k2, total);
    const Eigen::VectorXd k4 = field(u + h * k3, total);
    return u + h / 6.0 * (k1 + 2.0 * k2 + 2.0 * k3 + k4);
}

double ControlCost::running(const Eigen::VectorXd& u, const Eigen::MatrixXd& total,
                            const Eigen::MatrixXd& xi) const
{
    return (1.0 - m_problem.mu) * field(u, total).squaredNorm() + m_problem.mu * xi.squaredNorm();
}

double ControlCost::discount(int node) const
{
    return std::exp(-m_problem.lambda * node * m_layout.stepSize);
}

Eigen::MatrixXd ControlCost::forwardStates(const Eigen::VectorXd& controls) const
{
    if (controls.size() != m_layout.variables())
        throw std::invalid_argument("the control vector needs " +
                                    std::to_string(m_layout.variables()) + " entries, got " +
                                    std::to_string(controls.size()));
    Eigen::MatrixXd states(m_layout.steps + 1, m_layout.neurons);
    states.row(0) = m_problem.initialState.transpose();
    Eigen::VectorXd u = m_problem.initialState;
    for (int p = 0; p < m_layout.pieces; ++p) {
        const Eigen::MatrixXd total = m_problem.couplings + m_layout.controlMatrix(controls, p);
        for (int q = 0; q < m_layout.stepsPerPiece; ++q) {
            const int n = p * m_layout.stepsPerPiece + q;
            u = step(u, total);
            if (!u.allFinite()) {
                std::ostringstream message;
                message << "the controlled state turned NaN or infinite at t = "
                        << (n + 1) * m_layout.stepSize << " (reduce the step or the bounds)";
                throw std::runtime_error(message.str());
            }
            states.row(n + 1) = u.transpose();
        }
    }
    return states;
}

double ControlCost::sumCost(const Eigen::MatrixXd& states, const Eigen::VectorXd& controls) const
{
    const bool map = m_problem.model == ControlTimeModel::Map;
    const double h = m_layout.stepSize;
    double cost = 0.0;
    for (int p = 0; p < m_layout.pieces; ++p) {
        const Eigen::MatrixXd xi = m_layout.controlMatrix(controls, p);
        const Eigen::MatrixXd total = m_problem.couplings + xi;
        for (int q = 0; q < m_layout.stepsPerPiece; ++q) {
            const int n = p * m_layout.stepsPerPiece + q;
            const Eigen::VectorXd u = states.row(n).transpose();
            if (map) {
                cost += discount(n) * running(u, total, xi);
            } else {
                const Eigen::VectorXd next = states.row(n + 1).transpose();
                cost += 0.5 * h *
                        (discount(n) * running(u, total, xi) +
                         discount(n + 1) * running(next, total, xi));
            }
        }
    }
    return cost;
}

double ControlCost::value(const Eigen::VectorXd& controls) const
{
    return sumCost(forwardStates(controls), controls);
}

double ControlCost::valueAndGradient(const Eigen::VectorXd& controls,
                                     Eigen::VectorXd& gradient) const
{
    const Eigen::MatrixXd states = forwardStates(controls);
    const double cost = sumCost(states, controls);
    const Gain& gain = m_problem.gain;
    const double h = m_layout.stepSize;
    const double mu = m_problem.mu;
    const bool map = m_problem.model == ControlTimeModel::Map;
    const auto g = [&](const Eigen::VectorXd& x) {
        return Eigen::VectorXd(x.unaryExpr([&](double s) { return gain.value(s); }));
    };
    const auto slope = [&](const Eigen::VectorXd& x) {
        return Eigen::VectorXd(x.unaryExpr([&](double s) { return gain.slope(s); }));
    };

    // Adds weight * dL/du to `stateBar` and weight * dL/dxi to `controlBar`:
    // dL/du = 2 (1 - mu) (M diag g'(u) - I)^T X,  dL/dxi = 2 (1 - mu) X g(u)^T + 2 mu xi.
    const auto addRunning = [&](const Eigen::VectorXd& u, const Eigen::MatrixXd& total,
                                const Eigen::MatrixXd& xi, double weight, Eigen::VectorXd& stateBar,
                                Eigen::MatrixXd& controlBar) {
        const Eigen::VectorXd gu = g(u);
        const Eigen::VectorXd x = total * gu - u;
        const double w = 2.0 * (1.0 - mu) * weight;
        stateBar += w * (slope(u).cwiseProduct(total.transpose() * x) - x);
        controlBar += w * x * gu.transpose() + 2.0 * mu * weight * xi;
    };
    // Carries the costate a = dJ/dX-stage through one stage k = f(x) = M g(x) - x:
    // returns (df/dx)^T a and adds a g(x)^T to controlBar (df_i/dM_ij = g(x_j)).
    const auto stageBack = [&](const Eigen::VectorXd& x, const Eigen::MatrixXd& total,
                               const Eigen::VectorXd& a, Eigen::MatrixXd& controlBar) {
        controlBar += a * g(x).transpose();
        return Eigen::VectorXd(slope(x).cwiseProduct(total.transpose() * a) - a);
    };

    const int m = m_layout.controlsPerPiece();
    gradient = Eigen::VectorXd::Zero(m_layout.variables());
    Eigen::VectorXd costate = Eigen::VectorXd::Zero(m_layout.neurons); // dJ/du_{n+1}
    for (int p = m_layout.pieces - 1; p >= 0; --p) {
        const Eigen::MatrixXd xi = m_layout.controlMatrix(controls, p);
        const Eigen::MatrixXd total = m_problem.couplings + xi;
        Eigen::MatrixXd controlBar = Eigen::MatrixXd::Zero(m_layout.neurons, m_layout.neurons);
        for (int q = m_layout.stepsPerPiece - 1; q >= 0; --q) {
            const int n = p * m_layout.stepsPerPiece + q;
            const Eigen::VectorXd u = states.row(n).transpose();
            const Weights weights = map ? Weights{discount(n), 0.0}
                                        : Weights{0.5 * h * discount(n), 0.5 * h * discount(n + 1)};
            if (!map)
                addRunning(states.row(n + 1).transpose(), total, xi, weights.right, costate,
                           controlBar);
            // Through the step u_{n+1} = Phi(u_n, M): costate <- (dPhi/du)^T costate.
            Eigen::VectorXd back;
            if (map) {
                back = costate + stageBack(u, total, costate, controlBar);
            } else {
                // Classical RK4, stages x1 = u, x2 = u + h/2 k1, x3 = u + h/2 k2,
                // x4 = u + h k3, u_{n+1} = u + h/6 (k1 + 2 k2 + 2 k3 + k4), reversed.
                const Eigen::VectorXd k1 = field(u, total);
                const Eigen::VectorXd x2 = u + 0.5 * h * k1;
                const Eigen::VectorXd k2 = field(x2, total);
                const Eigen::VectorXd x3 = u + 0.5 * h * k2;
                const Eigen::VectorXd k3 = field(x3, total);
                const Eigen::VectorXd x4 = u + h * k3;
                Eigen::VectorXd bar1 = h / 6.0 * costate;
                Eigen::VectorXd bar2 = h / 3.0 * costate;
                Eigen::VectorXd bar3 = h / 3.0 * costate;
                const Eigen::VectorXd bar4 = h / 6.0 * costate;
                back = costate;
                Eigen::VectorXd through = stageBack(x4, total, bar4, controlBar);
                back += through;
                bar3 += h * through;
                through = stageBack(x3, total, bar3, controlBar);
                back += through;
                bar2 += 0.5 * h * through;
                through = stageBack(x2, total, bar2, controlBar);
                back += through;
                bar1 += 0.5 * h * through;
                back += stageBack(u, total, bar1, controlBar);
            }
            costate = back;
            addRunning(u, total, xi, weights.left, costate, controlBar);
        }
        for (int s = 0; s < m; ++s)
            gradient[p * m + s] = controlBar(m_layout.synapses[s].row, m_layout.synapses[s].column);
    }
    return cost;
}

ControlTrajectory ControlCost::trajectory(const Eigen::VectorXd& controls) const
{
    ControlTrajectory trajectory;
    trajectory.states = forwardStates(controls);
    const int nodes = m_layout.steps + 1;
    trajectory.times = Eigen::VectorXd::LinSpaced(nodes, 0.0, m_layout.horizon);
    trajectory.fieldNorm.resize(nodes);
    trajectory.controlNorm.resize(nodes);
    for (int n = 0; n < nodes; ++n) {
        const int piece = std::min(n / m_layout.stepsPerPiece, m_layout.pieces - 1);
        const Eigen::MatrixXd xi = m_layout.controlMatrix(controls, piece);
        trajectory.fieldNorm[n] =
            field(trajectory.states.row(n).transpose(), m_problem.couplings + xi).norm();
        trajectory.controlNorm[n] = xi.norm();
    }
    return trajectory;
}

} // namespace hopfield
