#pragma once
// Hopfield's (1984) graded-response network, SCIENCE.md section 6:
//   du_i/dt = X_i(u) = sum_j T_ij g(u_j) - u_i + I_i,
// T any N x N matrix (from a learning rule or typed in), I a constant input.  For a
// symmetric T the energy
//   E(V) = -1/2 V^T T V - I^T V + sum_i int_{g(0)}^{V_i} g^{-1}(x) dx,  V = g(u),
// has dE/dV_i = -X_i, so dE/dt = -sum_i g'(u_i) X_i^2 <= 0 (Hopfield 1984, eq. 7).
#include "continuous/ContinuousModel.h"
#include "continuous/Gain.h"

namespace hopfield {

class ContinuousHopfield final : public ContinuousModel {
public:
    /// `input` may be empty (no input).  Throws std::invalid_argument for a non-square or
    /// non-finite T, an input of the wrong size, or a bad gain.
    ContinuousHopfield(Eigen::MatrixXd couplings, Gain gain, Eigen::VectorXd input = {});

    const Eigen::MatrixXd& couplings() const { return m_couplings; }
    const Eigen::VectorXd& input() const { return m_input; }
    const Gain& gain() const { return m_gain; }
    /// T == T^T (exactly): then energy() is a Lyapunov function.
    bool isSymmetric() const { return m_symmetric; }

    /// E(V) at outputs V; +infinity when some V_i lies outside the gain's open range.
    double energyAtOutput(const Eigen::VectorXd& outputs) const;

    int size() const override { return static_cast<int>(m_couplings.rows()); }
    void evaluateField(const Eigen::Ref<const Eigen::VectorXd>& u,
                       Eigen::Ref<Eigen::VectorXd> velocity) const override;
    /// dX_i/du_k = T_ik g'(u_k) - delta_ik.
    Eigen::MatrixXd jacobian(const Eigen::VectorXd& u) const override;
    Eigen::VectorXd output(const Eigen::VectorXd& u) const override;
    /// E(g(u)), with the integral term evaluated in u (Gain::inverseIntegralAtPotential).
    double energy(const Eigen::VectorXd& u) const override;
    bool hasLyapunovEnergy() const override { return m_symmetric; }
    std::unique_ptr<ContinuousModel> clone() const override;

private:
    Eigen::MatrixXd m_couplings;
    Gain m_gain;
    Eigen::VectorXd m_input;
    bool m_symmetric = false;
};

} // namespace hopfield
