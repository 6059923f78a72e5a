#pragma once

#include <QStringList>
#include <QVector>

namespace hopfield::app {

/// Which overlaps the overlap chart draws.  With a few stored patterns, every m_mu, the
/// target's emphasised.  With many, a legend of hundreds helps nobody: the target's m and
/// the largest |m_nu| of the others, which stays near 1/sqrt(N) while retrieval succeeds.
class OverlapSeries {
public:
    static constexpr int kMaxSeries = 8;

    /// `target` is -1 when the start was not made from one pattern.
    OverlapSeries(const QStringList& patternNames, int target);

    const QStringList& names() const noexcept { return m_names; }
    /// The series drawn thicker, or -1.
    int emphasized() const noexcept { return m_emphasized; }
    /// The chart values of one frame's overlaps.
    QVector<double> values(const QVector<double>& overlaps) const;

private:
    bool m_summarised;
    int m_target;
    int m_emphasized;
    QStringList m_names;
};

} // namespace hopfield::app
