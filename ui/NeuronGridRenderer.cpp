#include "NeuronGridRenderer.h"

#include "Palette.h"

#include <QPainter>
#include <algorithm>

namespace hopfield::ui {

NeuronGridRenderer::NeuronGridRenderer()
    : m_style{palette::spinUp(), palette::spinDown(), palette::gridLine(), palette::highlight()}
{
}

void NeuronGridRenderer::setGrid(int width, int height, QVector<qint8> spins)
{
    const bool validSize = width > 0 && height > 0;
    m_width = validSize ? width : 0;
    m_height = validSize ? height : 0;
    // Spins that do not fill the grid are dropped; the size stays for the next ones.
    const bool fits = spins.size() == static_cast<qsizetype>(m_width) * m_height;
    m_spins = fits ? std::move(spins) : QVector<qint8>{};
    if (m_means.size() != static_cast<qsizetype>(m_width) * m_height)
        m_means.clear();
}

void NeuronGridRenderer::setMeans(QVector<float> means)
{
    const bool fits = means.size() == static_cast<qsizetype>(m_width) * m_height;
    m_means = fits ? std::move(means) : QVector<float>{};
}

QRect NeuronGridRenderer::gridRect(const QRect& target) const
{
    if (m_width == 0 || target.isEmpty())
        return {};
    const int cell = std::min(target.width() / m_width, target.height() / m_height);
    QSize size(m_width * cell, m_height * cell);
    if (cell == 0) // more cells than pixels: scale down, keeping the aspect ratio
        size = QSize(m_width, m_height).scaled(target.size(), Qt::KeepAspectRatio);
    return {QPoint(target.left() + (target.width() - size.width()) / 2,
                   target.top() + (target.height() - size.height()) / 2),
            size};
}

QImage NeuronGridRenderer::cellImage() const
{
    QImage image(m_width, m_height, QImage::Format_RGB32);
    const QRgb up = m_style.up.rgb();
    const QRgb down = m_style.down.rgb();
    for (int y = 0; y < m_height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        const qint8* row = m_spins.constData() + static_cast<qsizetype>(y) * m_width;
        for (int x = 0; x < m_width; ++x)
            line[x] = row[x] > 0 ? up : down;
    }
    if (!m_means.isEmpty()) {
        // Linear blend: mean +1 is the up colour, -1 the down colour, 0 halfway.
        const auto blend = [](int a, int b, double t) {
            return static_cast<int>(b + (a - b) * t);
        };
        for (int y = 0; y < m_height; ++y) {
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
            for (int x = 0; x < m_width; ++x) {
                const double t = std::clamp((m_means[y * m_width + x] + 1.0) / 2.0, 0.0, 1.0);
                line[x] = qRgb(blend(qRed(up), qRed(down), t), blend(qGreen(up), qGreen(down), t),
                               blend(qBlue(up), qBlue(down), t));
            }
        }
    }
    return image;
}

void NeuronGridRenderer::paint(QPainter& painter, const QRect& target) const
{
    const QRect area = gridRect(target);
    if (area.isEmpty() || m_spins.isEmpty())
        return;
    painter.save();
    // One image pixel per cell, scaled without smoothing: exact, crisp cells.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.drawImage(area, cellImage());
    const int cell = area.width() / m_width;
    if (m_style.gridLines && cell >= m_style.minCellForLines)
        paintLines(painter, area, cell);
    paintHighlight(painter, area);
    painter.restore();
}

void NeuronGridRenderer::paintLines(QPainter& painter, const QRect& area, int cell) const
{
    QVector<QLine> lines;
    lines.reserve(m_width + m_height - 2);
    for (int x = 1; x < m_width; ++x)
        lines.append(
            QLine(area.left() + x * cell, area.top(), area.left() + x * cell, area.bottom()));
    for (int y = 1; y < m_height; ++y)
        lines.append(
            QLine(area.left(), area.top() + y * cell, area.right(), area.top() + y * cell));
    painter.setPen(QPen(m_style.lines, 0));
    painter.drawLines(lines);
}

void NeuronGridRenderer::paintHighlight(QPainter& painter, const QRect& area) const
{
    if (m_highlighted < 0 || m_highlighted >= m_spins.size())
        return;
    const double cellWidth = static_cast<double>(area.width()) / m_width;
    const double cellHeight = static_cast<double>(area.height()) / m_height;
    const int x = m_highlighted % m_width;
    const int y = m_highlighted / m_width;
    // At least 4 pixels wide, so a cell of a large grid can still be seen.
    const QRectF cellRect(area.left() + x * cellWidth, area.top() + y * cellHeight, cellWidth,
                          cellHeight);
    const double grow = std::max(0.0, (4.0 - cellWidth) / 2.0);
    const double pen = cellWidth >= 8.0 ? 2.0 : 1.0;
    painter.setPen(QPen(m_style.highlight, pen, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(
        cellRect.adjusted(-grow + pen / 2, -grow + pen / 2, grow - pen / 2, grow - pen / 2));
}

} // namespace hopfield::ui
