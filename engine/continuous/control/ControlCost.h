#pragma once
// The discretised cost of the controlled model and its exact gradient (SCIENCE.md
// section 6).  Controls are constant on `pieces` equal pieces of [0, T_h]; the state is
// advanced on `steps` steps of size h by classical RK4 (Ode) or by the authors' map
// u_{k+1} = (A + xi_k) g(u_k) (Map, h = 1).  The running cost
//   L(u, xi) = (1 - mu) |X(u, xi)|^2 + mu |xi|^2,  X(u, xi) = (A + xi) g(u) - u,
// weighted by e^{-lambda t}, is summed by the trapezoid rule on the grid (Ode) or as the
// authors' sum_k e^{-lambda k} L(u_k, xi_k), where X(u_k, xi_k) = u_{k+1} - u_k (Map).
// The gradient is the discrete adjoint: the costate is carried backwards through the very
// RK4 stages (or map steps) of the forward pass, so it is the exact derivative of the
// discrete cost and agrees with finite differences to rounding.
#include "continuous/control/ControlProblem.h"

namespace hopfield {

/// The controlled trajectory on the time grid.
struct ControlTrajectory {
    Eigen::VectorXd times;       ///< t_n = n h, n = 0..steps
    Eigen::MatrixXd states;      ///< row n is u(t_n)
    Eigen::VectorXd fieldNorm;   ///< |X(u(t_n), xi(t_n))|
    Eigen::VectorXd controlNorm; ///< |xi(t_n)| (Frobenius); at t_steps the last piece's
};

class ControlCost {
public:
    /// Resolves and validates the problem (std::invalid_argument on nonsense).
    explicit ControlCost(ControlProblem problem);

    const ControlProblem& problem() const { return m_problem; }
    const ControlLayout& layout() const { return m_layout; }

    /// J for the control vector (see ControlLayout for its order).  Throws
    /// std::runtime_error if the state turns NaN or infinite.
    double value(const Eigen::VectorXd& controls) const;
    /// J and dJ/dcontrols.
    double valueAndGradient(const Eigen::VectorXd& controls, Eigen::VectorXd& gradient) const;
    ControlTrajectory trajectory(const Eigen::VectorXd& controls) const;

    /// X(u, xi) = (A + xi) g(u) - u for the total coupling matrix M = A + xi.
    Eigen::VectorXd field(const Eigen::VectorXd& u, const Eigen::MatrixXd& total) const;

private:
    Eigen::MatrixXd forwardStates(const Eigen::VectorXd& controls) const;
    Eigen::VectorXd step(const Eigen::VectorXd& u, const Eigen::MatrixXd& total) const;
    double running(const Eigen::VectorXd& u, const Eigen::MatrixXd& total,
                   const Eigen::MatrixXd& xi) const;
    double discount(int node) const;
    double sumCost(const Eigen::MatrixXd& states, const Eigen::VectorXd& controls) const;

    ControlProblem m_problem;
    ControlLayout m_layout;
};

} // namespace hopfield
