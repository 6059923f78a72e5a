#pragma once

#include <Eigen/Core>
#include <optional>
#include <string_view>

namespace hopfield {

/// The output nonlinearity sigma of a BCM layer (SCIENCE.md section 7): the classic
/// logistic 1 / (1 + e^-c), the "modern" ReLU max(c, 0), or none.
enum class Activation { Logistic, Relu, Linear };

/// "logistic", "relu", "linear".
std::string_view activationName(Activation activation) noexcept;
/// The inverse of activationName; nullopt for any other text.
std::optional<Activation> activationFromName(std::string_view name) noexcept;

/// sigma applied to every entry of `values`, in place.
template <typename Derived> void activate(Activation activation, Eigen::ArrayBase<Derived>& values)
{
    using Scalar = typename Derived::Scalar;
    switch (activation) {
    case Activation::Logistic:
        values = Scalar(1) / (Scalar(1) + (-values).exp());
        break;
    case Activation::Relu:
        values = values.max(Scalar(0));
        break;
    case Activation::Linear:
        break;
    }
}

} // namespace hopfield
