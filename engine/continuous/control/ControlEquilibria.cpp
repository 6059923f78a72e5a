#include "continuous/control/ControlEquilibria.h"

#include "core/Eigenvalues.h"

#include <Eigen/LU>
#include <cmath>
#include <stdexcept>

namespace hopfield {
namespace {

constexpr double kRootTolerance = 1e-12;
constexpr int kNewtonIterations = 100;
constexpr double kDistinct = 1e-6;

Eigen::VectorXd gains(const Gain& gain, const Eigen::VectorXd& u)
{
    return u.unaryExpr([&](double x) { return gain.value(x); });
}

Eigen::MatrixXd jacobian(const Eigen::MatrixXd& total, const Gain& gain, const Eigen::VectorXd& u)
{
    const Eigen::VectorXd slopes = u.unaryExpr([&](double x) { return gain.slope(x); });
    return total * slopes.asDiagonal();
}

} // namespace

std::optional<Eigen::VectorXd> refineEquilibrium(const Eigen::MatrixXd& total, const Gain& gain,
                                                 const Eigen::VectorXd& start)
{
    Eigen::VectorXd u = start;
    Eigen::VectorXd x = total * gains(gain, u) - u;
    for (int iteration = 0; iteration < kNewtonIterations; ++iteration) {
        if (x.norm() < kRootTolerance)
            return u;
        const Eigen::MatrixXd j =
            jacobian(total, gain, u) - Eigen::MatrixXd::Identity(u.size(), u.size());
        const Eigen::VectorXd delta = j.fullPivLu().solve(-x);
        if (!delta.allFinite())
            return std::nullopt;
        double t = 1.0;
        for (int halving = 0; halving < 30; ++halving, t *= 0.5) {
            const Eigen::VectorXd trial = u + t * delta;
            const Eigen::VectorXd trialField = total * gains(gain, trial) - trial;
            if (trialField.norm() < x.norm()) {
                u = trial;
                x = trialField;
                break;
            }
        }
        if (t < std::ldexp(1.0, -29))
            return x.norm() < kRootTolerance ? std::optional(u) : std::nullopt;
    }
    return x.norm() < kRootTolerance ? std::optional(u) : std::nullopt;
}

bool isStableEquilibrium(const Eigen::MatrixXd& total, const Gain& gain,
                         const Eigen::VectorXd& state, ControlTimeModel model)
{
    const Eigen::VectorXcd eigenvalues = eigenvaluesOf(jacobian(total, gain, state));
    for (const std::complex<double>& e : eigenvalues) {
        if (model == ControlTimeModel::Ode ? e.real() - 1.0 >= 0.0 : std::abs(e) >= 1.0)
            return false;
    }
    return true;
}

std::vector<ControlEquilibrium> findEquilibria(const Eigen::MatrixXd& total, const Gain& gain,
                                               const std::vector<Eigen::VectorXd>& starts,
                                               ControlTimeModel model)
{
    std::vector<ControlEquilibrium> found;
    for (const Eigen::VectorXd& start : starts) {
        const std::optional<Eigen::VectorXd> root = refineEquilibrium(total, gain, start);
        if (!root)
            continue;
        bool known = false;
        for (const ControlEquilibrium& e : found)
            known = known || (e.state - *root).norm() < kDistinct;
        if (!known)
            found.push_back({*root, isStableEquilibrium(total, gain, *root, model)});
    }
    return found;
}

std::vector<Eigen::VectorXd> gridStarts(int neurons, int perAxis, double extent)
{
    if (neurons < 1 || perAxis < 1 || std::pow(perAxis, neurons) > 1e6)
        throw std::invalid_argument("a grid of starts needs neurons >= 1, points per axis >= 1 "
                                    "and at most 10^6 points");
    std::vector<Eigen::VectorXd> starts;
    std::vector<int> index(static_cast<std::size_t>(neurons), 0);
    const double spacing = perAxis > 1 ? 2.0 * extent / (perAxis - 1) : 0.0;
    for (;;) {
        Eigen::VectorXd u(neurons);
        for (int i = 0; i < neurons; ++i)
            u[i] = perAxis > 1 ? -extent + spacing * index[static_cast<std::size_t>(i)] : 0.0;
        starts.push_back(u);
        int axis = 0;
        while (axis < neurons && ++index[static_cast<std::size_t>(axis)] == perAxis)
            index[static_cast<std::size_t>(axis++)] = 0;
        if (axis == neurons)
            return starts;
    }
}

double holdingExcess(const Eigen::MatrixXd& couplings, const ControlLayout& layout,
                     const Gain& gain, const Eigen::VectorXd& state)
{
    const Eigen::VectorXd g = gains(gain, state);
    const Eigen::VectorXd residual = state - couplings * g;
    Eigen::VectorXd reach = Eigen::VectorXd::Zero(state.size());
    for (std::size_t s = 0; s < layout.synapses.size(); ++s)
        reach[layout.synapses[s].row] += layout.bounds[s] * std::abs(g[layout.synapses[s].column]);
    return (residual.cwiseAbs() - reach).maxCoeff();
}

} // namespace hopfield
