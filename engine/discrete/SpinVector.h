#pragma once

#include "core/Pattern.h"

#include <Eigen/Core>
#include <span>

namespace hopfield {

/// The spins as a vector of +-1 doubles, for the Eigen kernels of the layered models.
inline Eigen::VectorXd spinVector(std::span<const Spin> spins)
{
    Eigen::VectorXd v(static_cast<Eigen::Index>(spins.size()));
    for (std::size_t i = 0; i < spins.size(); ++i)
        v(static_cast<Eigen::Index>(i)) = spins[i];
    return v;
}

} // namespace hopfield
