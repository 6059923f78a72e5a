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

QRgb NeuronGridRenderer::cellColour(qsizetype i, QRgb up, QRgb down) const
{
    if (m_means.isEmpty())
        return m_spins[i] > 0 ? up : down;
    // Linear blend: mean +1 is the up colour, -1 the down colour, 0 halfway.
    const double t = std::clamp((m_means[i] + 1.0) / 2.0, 0.0, 1.0);
    const auto blend = [t](int a, int b) {
        return static_cast<int>(b + (a - b) * t);
    };
    return qRgb(blend(qRed(up), qRed(down)), blend(qGreen(up), qGreen(down)),
                blend(qBlue(up), qBlue(down)));
}

std::vector<QRgb> NeuronGridRenderer::cellColours() const
{
    const QRgb up = m_style.up.rgb();
    const QRgb down = m_style.down.rgb();
    std::vector<QRgb> colours(static_cast<std::size_t>(m_spins.size()));
    for (qsizetype i = 0; i < m_spins.size(); ++i)
        colours[static_cast<std::size_t>(i)] = cellColour(i, up, down);
    return colours;
}

const QImage& NeuronGridRenderer::cellImage() const
{
    if (m_image.width() != m_width || m_image.height() != m_height)
        m_image = QImage(m_width, m_height, QImage::Format_RGB32);
    const QRgb up = m_style.up.rgb();
    const QRgb down = m_style.down.rgb();
    for (int y = 0; y < m_height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(m_image.scanLine(y));
        const qsizetype first = static_cast<qsizetype>(y) * m_width;
        for (int x = 0; x < m_width; ++x)
            line[x] = cellColour(first + x, up, down);
    }
    return m_image;
}

QRectF NeuronGridRenderer::paintRuns(QPainter& painter, const QRectF& target) const
{
    if (m_spins.isEmpty() || target.isEmpty())
        return {};
    const double cell = std::min(target.width() / m_width, target.height() / m_height);
    const QRectF area(target.left() + (target.width() - cell * m_width) / 2.0,
                      target.top() + (target.height() - cell * m_height) / 2.0, cell * m_width,
                      cell * m_height);
    const std::vector<QRgb> colours = cellColours();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    for (int y = 0; y < m_height; ++y) {
        const QRgb* row = colours.data() + static_cast<std::ptrdiff_t>(y) * m_width;
        for (int start = 0; start < m_width;) {
            int end = start + 1;
            while (end < m_width && row[end] == row[start])
                ++end;
            painter.setBrush(QColor::fromRgb(row[start]));
            // Edges at exact multiples of the cell: neighbouring runs meet without gaps.
            painter.drawRect(
                QRectF(QPointF(area.left() + start * cell, area.top() + y * cell),
                       QPointF(area.left() + end * cell, area.top() + (y + 1) * cell)));
            start = end;
        }
    }
    painter.restore();
    return area;
}

void NeuronGridRenderer::paint(QPainter& painter, const QRect& target) const
{
    const QRect area = gridRect(target);
    if (area.isEmpty() || m_spins.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.setRenderHint(QPainter::Antialiasing, false);
    if (area.width() < m_width) {
        // More cells than pixels (a dithered photograph in a small view): each pixel the
        // mean of the cells it covers, so the picture keeps its greys instead of aliasing.
        painter.drawImage(area.topLeft(), cellImage().scaled(area.size(), Qt::IgnoreAspectRatio,
                                                             Qt::SmoothTransformation));
    } else {
        // One image pixel per cell, scaled without smoothing: exact, crisp cells.
        painter.drawImage(area, cellImage());
    }
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
