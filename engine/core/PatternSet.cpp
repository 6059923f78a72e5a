#include "core/PatternSet.h"

#include <stdexcept>
#include <string>

namespace hopfield {

PatternSet::PatternSet(int width, int height) : m_width(width), m_height(height)
{
    checkedNeuronCount(width, height);
}

void PatternSet::add(Pattern pattern)
{
    if (m_patterns.empty() && m_width == 0) {
        m_width = pattern.width();
        m_height = pattern.height();
    }
    if (pattern.width() != m_width || pattern.height() != m_height)
        throw std::invalid_argument(
            "pattern '" + pattern.name() + "' is " + std::to_string(pattern.width()) + "x" +
            std::to_string(pattern.height()) + " but the set holds " + std::to_string(m_width) +
            "x" + std::to_string(m_height) + " patterns");
    m_patterns.push_back(std::move(pattern));
}

} // namespace hopfield
