#pragma once
// A test-only linear model du/dt = A u (V = u, no energy): its solution u(t) = exp(A t) u0
// is known in closed form, and its only equilibrium is 0 with the eigenvalues of A.
#include "continuous/ContinuousModel.h"

#include <limits>

class LinearField final : public hopfield::ContinuousModel {
public:
    explicit LinearField(Eigen::MatrixXd a) : m_a(std::move(a)) {}

    int size() const override { return static_cast<int>(m_a.rows()); }
    void evaluateField(const Eigen::Ref<const Eigen::VectorXd>& u,
                       Eigen::Ref<Eigen::VectorXd> velocity) const override
    {
        velocity.noalias() = m_a * u;
    }
    Eigen::MatrixXd jacobian(const Eigen::VectorXd&) const override { return m_a; }
    Eigen::VectorXd output(const Eigen::VectorXd& u) const override { return u; }
    double energy(const Eigen::VectorXd&) const override
    {
        return std::numeric_limits<double>::quiet_NaN();
    }
    bool hasLyapunovEnergy() const override { return false; }
    std::unique_ptr<hopfield::ContinuousModel> clone() const override
    {
        return std::make_unique<LinearField>(*this);
    }

private:
    Eigen::MatrixXd m_a;
};
