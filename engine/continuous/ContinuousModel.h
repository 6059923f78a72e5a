#pragma once
// The common surface of the continuous models of SCIENCE.md section 6: a vector field
// du/dt = X(u) on the neurons' potentials u, its Jacobian, the outputs V = g(u) and, where
// the model has one, an energy.  Integrators and the phase-plane analysis see only this.
#include <Eigen/Core>
#include <memory>

namespace hopfield {

class ContinuousModel {
public:
    virtual ~ContinuousModel() = default;

    /// N, the number of neurons.
    virtual int size() const = 0;
    /// velocity = X(u).  Both have size N.
    virtual void evaluateField(const Eigen::Ref<const Eigen::VectorXd>& u,
                               Eigen::Ref<Eigen::VectorXd> velocity) const = 0;
    /// dX_i / du_k at u.
    virtual Eigen::MatrixXd jacobian(const Eigen::VectorXd& u) const = 0;
    /// The outputs V_i = g(u_i).
    virtual Eigen::VectorXd output(const Eigen::VectorXd& u) const = 0;
    /// The model's energy at the state u, or NaN for a model without one.
    virtual double energy(const Eigen::VectorXd& u) const = 0;
    /// True when energy() never rises along a trajectory (a Lyapunov function).
    virtual bool hasLyapunovEnergy() const = 0;
    /// An independent copy, e.g. for a worker thread.
    virtual std::unique_ptr<ContinuousModel> clone() const = 0;

    /// X(u) as a new vector.
    Eigen::VectorXd field(const Eigen::VectorXd& u) const;
};

} // namespace hopfield
