#include "PointBuffer.h"

#include <algorithm>

namespace hopfield::ui {

PointBuffer::PointBuffer(int capacity) : m_capacity(std::max(capacity, 4)) {}

void PointBuffer::append(QPointF point)
{
    if (m_lastIsTransient)
        m_points.removeLast();
    m_lastIsTransient = m_appended % m_stride != 0;
    ++m_appended;
    m_points.append(point);
    if (!m_lastIsTransient && m_points.size() > m_capacity)
        halve();
}

void PointBuffer::clear()
{
    m_points.clear();
    m_stride = 1;
    m_appended = 0;
    m_lastIsTransient = false;
}

void PointBuffer::halve()
{
    // Kept points are appended numbers 0, s, 2s, ...; keeping the even positions leaves
    // 0, 2s, 4s, ..., which the doubled stride then continues.
    qsizetype kept = 0;
    for (qsizetype i = 0; i < m_points.size(); i += 2)
        m_points[kept++] = m_points[i];
    const bool newestDropped = (m_points.size() - 1) % 2 != 0;
    const QPointF newest = m_points.last();
    m_points.resize(kept);
    m_stride *= 2;
    if (newestDropped) {
        m_points.append(newest);
        m_lastIsTransient = true;
    }
}

} // namespace hopfield::ui
