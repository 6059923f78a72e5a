#include "plasticity/WeightInit.h"

#include <cmath>
#include <numbers>

namespace hopfield {

std::string_view weightInitName(WeightInit init) noexcept
{
    return init == WeightInit::Glorot ? "glorot" : "normal";
}

std::optional<WeightInit> weightInitFromName(std::string_view name) noexcept
{
    for (const auto init : {WeightInit::Normal, WeightInit::Glorot})
        if (weightInitName(init) == name)
            return init;
    return std::nullopt;
}

double standardNormal(Rng& rng) noexcept
{
    // 1 - u lies in (0, 1], so the logarithm is finite.
    const double radius = std::sqrt(-2.0 * std::log(1.0 - rng.uniform()));
    return radius * std::cos(2.0 * std::numbers::pi * rng.uniform());
}

template <typename Scalar>
Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic> initialWeights(WeightInit init, int rows,
                                                                     int cols, Rng& rng)
{
    const double deviation = init == WeightInit::Glorot ? std::sqrt(2.0 / (rows + cols)) : 1.0;
    Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic> weights(rows, cols);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            weights(r, c) = static_cast<Scalar>(deviation * standardNormal(rng));
    return weights;
}

template Eigen::MatrixXf initialWeights<float>(WeightInit, int, int, Rng&);
template Eigen::MatrixXd initialWeights<double>(WeightInit, int, int, Rng&);

} // namespace hopfield
