#include "PatternEditorView.h"

#include "Palette.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cstdlib>

namespace hopfield::ui {
namespace {

constexpr int kEditorPadding = 4;

/// The cells of the digital straight line from a to b (Bresenham 1965), both ends included.
QList<QPoint> lineCells(QPoint a, QPoint b)
{
    QList<QPoint> cells;
    const int dx = std::abs(b.x() - a.x());
    const int dy = -std::abs(b.y() - a.y());
    const int stepX = a.x() < b.x() ? 1 : -1;
    const int stepY = a.y() < b.y() ? 1 : -1;
    int error = dx + dy;
    QPoint p = a;
    while (true) {
        cells.append(p);
        if (p == b)
            return cells;
        const int twice = 2 * error;
        if (twice >= dy) {
            error += dy;
            p.rx() += stepX;
        }
        if (twice <= dx) {
            error += dx;
            p.ry() += stepY;
        }
    }
}

/// The rectangle of cells with corners a and b, in either order.  (Not
/// QRect(a, b).normalized(): since Qt 6 it drops a row and a column when it swaps.)
QRect cellSpan(QPoint a, QPoint b)
{
    return {QPoint(std::min(a.x(), b.x()), std::min(a.y(), b.y())),
            QPoint(std::max(a.x(), b.x()), std::max(a.y(), b.y()))};
}

/// The cells on the border of the rectangle spanned by corners a and b.
QList<QPoint> rectangleOutline(QPoint a, QPoint b)
{
    const QRect r = cellSpan(a, b);
    QList<QPoint> cells = lineCells(r.topLeft(), r.topRight());
    cells += lineCells(r.bottomLeft(), r.bottomRight());
    cells += lineCells(r.topLeft(), r.bottomLeft());
    cells += lineCells(r.topRight(), r.bottomRight());
    return cells;
}

} // namespace

PatternEditorView::PatternEditorView(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMouseTracking(false);
    setContextMenuPolicy(Qt::PreventContextMenu); // the right button paints -1
}

void PatternEditorView::setGrid(int width, int height, QVector<qint8> spins)
{
    const bool resized = width != gridWidth() || height != gridHeight();
    m_renderer.setGrid(width, height, std::move(spins));
    m_anchor.reset(); // a new pattern ends any stroke in progress
    if (resized)
        updateGeometry();
    update();
}

void PatternEditorView::setTool(Tool tool)
{
    m_tool = tool;
    setCursor(tool == Tool::SelectRectangle ? Qt::CrossCursor : Qt::PointingHandCursor);
}

void PatternEditorView::setMinimumCellSize(int pixels)
{
    m_minimumCell = std::clamp(pixels, 1, 64);
    updateGeometry();
    update();
}

void PatternEditorView::setGridLinesVisible(bool visible)
{
    auto style = m_renderer.style();
    style.gridLines = visible;
    m_renderer.setStyle(style);
    update();
}

void PatternEditorView::setMarkedRectangle(const QRect& cells)
{
    m_marked = cells;
    update();
}

void PatternEditorView::setCaption(const QString& caption)
{
    m_caption = caption;
    updateGeometry();
    update();
}

int PatternEditorView::captionHeight() const
{
    return m_caption.isEmpty() ? 0 : fontMetrics().height() + kEditorPadding;
}

QRect PatternEditorView::gridArea() const
{
    return m_renderer.gridRect(rect().adjusted(kEditorPadding, kEditorPadding + captionHeight(),
                                               -kEditorPadding, -kEditorPadding));
}

int PatternEditorView::cellAt(QPoint position) const
{
    const QRect area = gridArea();
    if (area.isEmpty() || !area.contains(position))
        return -1;
    const int x = (position.x() - area.left()) * gridWidth() / area.width();
    const int y = (position.y() - area.top()) * gridHeight() / area.height();
    return std::min(y, gridHeight() - 1) * gridWidth() + std::min(x, gridWidth() - 1);
}

QPoint PatternEditorView::cellCentre(int x, int y) const
{
    const QRect area = gridArea();
    return {area.left() + (2 * x + 1) * area.width() / (2 * gridWidth()),
            area.top() + (2 * y + 1) * area.height() / (2 * gridHeight())};
}

QPoint PatternEditorView::cellPoint(int index) const
{
    return {index % gridWidth(), index / gridWidth()};
}

QSize PatternEditorView::sizeHint() const
{
    const QSize grid = minimumSizeHint();
    return grid.expandedTo(QSize(320, 320));
}

QSize PatternEditorView::minimumSizeHint() const
{
    return QSize(gridWidth(), gridHeight()) * m_minimumCell + QSize(2, 2) * kEditorPadding +
           QSize(0, captionHeight());
}

void PatternEditorView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRect area = gridArea();
    m_renderer.paint(painter, area);
    if (area.isEmpty() || m_renderer.spins().isEmpty())
        return;
    if (!m_caption.isEmpty()) {
        const QRect captionRect(kEditorPadding, area.top() - captionHeight(),
                                width() - 2 * kEditorPadding, fontMetrics().height());
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(captionRect, Qt::AlignHCenter | Qt::AlignVCenter,
                         fontMetrics().elidedText(m_caption, Qt::ElideRight, captionRect.width()));
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(palette::gridLine(), 1));
    painter.drawRect(area.adjusted(-1, -1, 0, 0));
    if (m_marked.isEmpty())
        return;
    // Cell rectangle to pixels: the same proportional mapping as cellAt().
    const auto px = [&](int x) {
        return area.left() + x * area.width() / gridWidth();
    };
    const auto py = [&](int y) {
        return area.top() + y * area.height() / gridHeight();
    };
    const QRect pixels(QPoint(px(m_marked.left()), py(m_marked.top())),
                       QPoint(px(m_marked.right() + 1) - 1, py(m_marked.bottom() + 1) - 1));
    painter.setPen(QPen(palette::highlight(), 2, Qt::DashLine));
    painter.drawRect(pixels);
}

void PatternEditorView::mousePressEvent(QMouseEvent* event)
{
    const int cell = cellAt(event->position().toPoint());
    if (cell < 0 || m_renderer.spins().isEmpty() ||
        (event->button() != Qt::LeftButton && event->button() != Qt::RightButton))
        return;
    m_strokeSpin = event->button() == Qt::LeftButton ? 1 : -1;
    m_before = m_renderer.spins();
    m_anchor = cellPoint(cell);
    m_lastCell = *m_anchor;
    previewStroke(cell);
}

void PatternEditorView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_anchor)
        return;
    // Shapes follow the pointer past the border, clamped to the grid.
    const QRect area = gridArea();
    const QPoint inside(std::clamp(event->position().toPoint().x(), area.left(), area.right()),
                        std::clamp(event->position().toPoint().y(), area.top(), area.bottom()));
    previewStroke(cellAt(inside));
}

void PatternEditorView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_anchor)
        return;
    mouseMoveEvent(event);
    const QPoint anchor = *m_anchor;
    m_anchor.reset();
    if (m_tool == Tool::SelectRectangle) {
        emit rectangleSelected(cellSpan(anchor, m_lastCell));
        return;
    }
    const CellEdits edits = strokeEdits();
    // The owner answers with setGrid(); until then the preview stays on screen.
    if (!edits.isEmpty())
        emit editRequested(edits);
}

void PatternEditorView::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier) || event->angleDelta().y() == 0) {
        event->ignore(); // plain wheel scrolls the surrounding scroll area
        return;
    }
    emit zoomRequested(event->angleDelta().y() > 0 ? 1 : -1);
}

void PatternEditorView::previewStroke(int cell)
{
    if (cell < 0)
        return;
    const QPoint point = cellPoint(cell);
    switch (m_tool) {
    case Tool::Paint:
    case Tool::Toggle:
        // The segment from the last cell, so a fast stroke leaves no gaps.
        applyShape(lineCells(m_lastCell, point));
        break;
    case Tool::Line:
        m_renderer.setGrid(gridWidth(), gridHeight(), m_before);
        applyShape(lineCells(*m_anchor, point));
        break;
    case Tool::Rectangle:
        m_renderer.setGrid(gridWidth(), gridHeight(), m_before);
        applyShape(rectangleOutline(*m_anchor, point));
        break;
    case Tool::Fill:
        if (point == *m_anchor && m_renderer.spins() == m_before)
            applyShape(floodRegion(point));
        break;
    case Tool::SelectRectangle:
        m_marked = cellSpan(*m_anchor, point);
        break;
    }
    m_lastCell = point;
    update();
}

void PatternEditorView::applyShape(const QList<QPoint>& cells)
{
    QVector<qint8> spins = m_renderer.spins();
    for (const QPoint& p : cells) {
        const int index = p.y() * gridWidth() + p.x();
        // Toggle flips a cell against its value when the stroke began, so passing over
        // it twice in one stroke does not flip it back.
        spins[index] = m_tool == Tool::Toggle ? static_cast<qint8>(-m_before[index]) : m_strokeSpin;
    }
    m_renderer.setGrid(gridWidth(), gridHeight(), std::move(spins));
}

QList<QPoint> PatternEditorView::floodRegion(QPoint seed) const
{
    // The 4-connected region of cells sharing the seed's spin, found breadth first.
    const qint8 spin = m_before[seed.y() * gridWidth() + seed.x()];
    QVector<bool> seen(m_before.size(), false);
    QList<QPoint> region{seed};
    seen[seed.y() * gridWidth() + seed.x()] = true;
    for (qsizetype next = 0; next < region.size(); ++next) {
        const QPoint p = region[next];
        for (const QPoint step : {QPoint(1, 0), QPoint(-1, 0), QPoint(0, 1), QPoint(0, -1)}) {
            const QPoint q = p + step;
            if (q.x() < 0 || q.y() < 0 || q.x() >= gridWidth() || q.y() >= gridHeight())
                continue;
            const int index = q.y() * gridWidth() + q.x();
            if (!seen[index] && m_before[index] == spin) {
                seen[index] = true;
                region.append(q);
            }
        }
    }
    return region;
}

CellEdits PatternEditorView::strokeEdits() const
{
    CellEdits edits;
    const QVector<qint8>& after = m_renderer.spins();
    for (int i = 0; i < after.size(); ++i)
        if (after[i] != m_before[i])
            edits.append({i, after[i]});
    return edits;
}

} // namespace hopfield::ui
