#include "discrete/PatternField.h"

#include <cmath>
#include <stdexcept>

namespace hopfield {

std::vector<double> patternField(const Pattern& pattern, double strength)
{
    if (!std::isfinite(strength))
        throw std::invalid_argument("the field strength H must be finite");
    std::vector<double> field(static_cast<std::size_t>(pattern.size()));
    for (int i = 0; i < pattern.size(); ++i)
        field[static_cast<std::size_t>(i)] = strength * pattern[i];
    return field;
}

} // namespace hopfield
