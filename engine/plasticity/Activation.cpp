#include "plasticity/Activation.h"

namespace hopfield {

std::string_view activationName(Activation activation) noexcept
{
    switch (activation) {
    case Activation::Logistic:
        return "logistic";
    case Activation::Relu:
        return "relu";
    case Activation::Linear:
        return "linear";
    }
    return "logistic";
}

std::optional<Activation> activationFromName(std::string_view name) noexcept
{
    for (const auto a : {Activation::Logistic, Activation::Relu, Activation::Linear})
        if (activationName(a) == name)
            return a;
    return std::nullopt;
}

} // namespace hopfield
