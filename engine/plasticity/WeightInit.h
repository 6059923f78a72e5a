#pragma once

#include "core/Rng.h"

#include <Eigen/Core>
#include <optional>
#include <string_view>

namespace hopfield {

/// How a layer's K x D weights start: Normal(0, 1) (the authors' library default), or
/// Glorot normal, Normal(0, 2 / (D + K)) (Glorot and Bengio 2010; the seed's "modern"
/// choice), which keeps W x of order one whatever D is.
enum class WeightInit { Normal, Glorot };

/// "normal", "glorot".
std::string_view weightInitName(WeightInit init) noexcept;
std::optional<WeightInit> weightInitFromName(std::string_view name) noexcept;

/// One standard normal sample from `rng` (Box-Muller on two uniforms), so one seed gives
/// the same weights with every standard library.
double standardNormal(Rng& rng) noexcept;

/// A rows x cols matrix drawn row by row from `init`, with fan-in cols and fan-out rows.
template <typename Scalar>
Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic> initialWeights(WeightInit init, int rows,
                                                                     int cols, Rng& rng);

} // namespace hopfield
