#include "analysis/PatternCorrelations.h"

namespace hopfield {

PatternCorrelations::PatternCorrelations(const PatternSet& patterns)
    : m_patterns(&patterns), m_rows(static_cast<std::size_t>(patterns.size()))
{
}

std::span<const double> PatternCorrelations::row(int mu)
{
    std::vector<double>& row = m_rows.at(static_cast<std::size_t>(mu));
    if (row.empty()) {
        const PatternSet& patterns = *m_patterns;
        const auto neurons = static_cast<double>(patterns.neurons());
        row.resize(static_cast<std::size_t>(patterns.size()));
        for (int nu = 0; nu < patterns.size(); ++nu)
            row[static_cast<std::size_t>(nu)] =
                static_cast<double>(overlapSum(patterns[mu].spins(), patterns[nu].spins())) /
                neurons;
    }
    return row;
}

} // namespace hopfield
