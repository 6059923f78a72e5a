#pragma once

#include <QList>
#include <QPointF>

namespace hopfield::ui {

/// The points of one live series, bounded in memory and drawing cost: past `capacity`
/// kept points, every other one is dropped and only every 2nd (then 4th, ...) new point
/// is kept, so the whole history stays visible at an even density.  The newest point is
/// always shown, so the line reaches the present.
class PointBuffer {
public:
    explicit PointBuffer(int capacity = 2000);

    void append(QPointF point);
    void clear();
    /// The kept points followed by the newest one: what a chart should draw.
    const QList<QPointF>& points() const noexcept { return m_points; }
    /// Every how many appended points one is kept (1, 2, 4, ...).
    int stride() const noexcept { return m_stride; }

private:
    void halve();

    int m_capacity;
    int m_stride = 1;
    long long m_appended = 0;
    bool m_lastIsTransient = false; // the newest point, shown but not kept
    QList<QPointF> m_points;
};

} // namespace hopfield::ui
