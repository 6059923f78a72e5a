#include "gui/retrieval/run/OverlapSeries.h"

#include <cmath>

namespace hopfield::app {

OverlapSeries::OverlapSeries(const QStringList& patternNames, int target)
    : m_summarised(patternNames.size() > kMaxSeries && target >= 0 && target < patternNames.size()),
      m_target(target), m_emphasized(m_summarised ? 0 : target)
{
    if (m_summarised) {
        m_names << QStringLiteral("%1 (target)").arg(patternNames[target])
                << QStringLiteral("largest other |m|");
        return;
    }
    m_names = patternNames.mid(0, kMaxSeries);
    if (target >= 0 && target < m_names.size())
        m_names[target] += QStringLiteral(" (target)");
    else
        m_emphasized = -1;
}

QVector<double> OverlapSeries::values(const QVector<double>& overlaps) const
{
    if (!m_summarised)
        return overlaps.mid(0, kMaxSeries);
    double largest = 0.0;
    for (int mu = 0; mu < overlaps.size(); ++mu)
        if (mu != m_target)
            largest = std::max(largest, std::abs(overlaps[mu]));
    return {overlaps.value(m_target), largest};
}

} // namespace hopfield::app
