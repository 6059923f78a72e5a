#pragma once

#include "core/Pattern.h"

#include <vector>

namespace hopfield {

/// The P patterns xi^1..xi^P a network stores; all share one width and height.
class PatternSet {
public:
    PatternSet() = default;
    PatternSet(int width, int height);

    int width() const noexcept { return m_width; }
    int height() const noexcept { return m_height; }
    int neurons() const noexcept { return m_width * m_height; }
    int size() const noexcept { return static_cast<int>(m_patterns.size()); }
    bool empty() const noexcept { return m_patterns.empty(); }

    /// Throws std::invalid_argument naming both sizes if the pattern does not fit.
    void add(Pattern pattern);

    const Pattern& operator[](int mu) const { return m_patterns.at(static_cast<std::size_t>(mu)); }
    auto begin() const noexcept { return m_patterns.begin(); }
    auto end() const noexcept { return m_patterns.end(); }

    bool operator==(const PatternSet&) const = default;

private:
    int m_width = 0;
    int m_height = 0;
    std::vector<Pattern> m_patterns;
};

} // namespace hopfield
