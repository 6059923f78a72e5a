#include "HeatMapView.h"

#include <QApplication>
#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <cmath>

namespace hopfield::ui {

HeatMapView::HeatMapView(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMouseTracking(true);
    applyPalette();
}

void HeatMapView::setGrid(HeatMapGrid grid)
{
    m_renderer.setGrid(std::move(grid));
    update();
}

void HeatMapView::setExtent(double x0, double x1, double y0, double y1)
{
    m_renderer.setExtent(x0, x1, y0, y1);
    update();
}

void HeatMapView::setColorMap(ColorMap::Kind kind)
{
    m_renderer.setColorMap(ColorMap(kind));
    update();
}

void HeatMapView::setValueRange(double low, double high)
{
    m_renderer.setValueRange(low, high);
    update();
}

void HeatMapView::setYDown(bool down)
{
    m_renderer.setYDown(down);
    update();
}

void HeatMapView::setSmooth(bool smooth)
{
    m_renderer.setSmooth(smooth);
    update();
}

void HeatMapView::setLabels(HeatMapRenderer::Labels labels)
{
    m_renderer.setLabels(std::move(labels));
    update();
}

void HeatMapView::setOverlay(PlotOverlay overlay)
{
    m_renderer.setOverlay(std::move(overlay));
    update();
}

void HeatMapView::setLegendCorner(Qt::Corner corner)
{
    m_renderer.setLegendCorner(corner);
    update();
}

void HeatMapView::setAspectLocked(bool locked)
{
    m_renderer.setAspectLocked(locked);
    update();
}

void HeatMapView::setPresentationScale(double scale)
{
    m_scale = scale;
    applyPalette();
}

QRectF HeatMapView::plotRect() const
{
    return m_renderer.layout(QRectF(rect())).plot;
}

QPointF HeatMapView::dataToWidget(QPointF data) const
{
    return m_renderer.transform(plotRect()).toPixel(data);
}

QPointF HeatMapView::widgetToData(QPointF pixel) const
{
    return m_renderer.transform(plotRect()).toData(pixel);
}

void HeatMapView::paintFigure(QPainter& painter, const QRectF& target) const
{
    m_renderer.paint(painter, target);
}

void HeatMapView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    m_renderer.paint(painter, QRectF(rect()));
}

void HeatMapView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !plotRect().contains(event->position())) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPixel = event->position();
}

void HeatMapView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_pressed) {
        const QPointF moved = event->position() - m_pressPixel;
        if (!m_dragging && moved.manhattanLength() >= QApplication::startDragDistance())
            m_dragging = true;
        if (m_dragging)
            emit dragged(widgetToData(m_pressPixel), widgetToData(event->position()));
        return;
    }
    showValueAt(event->position(), event->globalPosition().toPoint());
}

void HeatMapView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_pressed || event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    if (!m_dragging)
        emit clicked(widgetToData(m_pressPixel));
    m_dragging = false;
}

void HeatMapView::showValueAt(const QPointF& pixel, const QPoint& globalPos)
{
    if (!plotRect().contains(pixel)) {
        QToolTip::hideText();
        return;
    }
    const QPointF data = widgetToData(pixel);
    const double value = m_renderer.grid().valueAt(data);
    emit hovered(data, value);
    const auto& labels = m_renderer.labels();
    auto name = [](const QString& title, const char* fallback) {
        return title.isEmpty() ? QString::fromLatin1(fallback) : title;
    };
    QString text = QStringLiteral("%1 = %2, %3 = %4")
                       .arg(name(labels.xTitle, "x"), QString::number(data.x(), 'g', 4),
                            name(labels.yTitle, "y"), QString::number(data.y(), 'g', 4));
    if (!std::isnan(value))
        text += QStringLiteral("\n%1 = %2")
                    .arg(name(labels.valueTitle, "value"), QString::number(value, 'g', 5));
    QToolTip::showText(globalPos, text, this);
}

void HeatMapView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void HeatMapView::applyPalette()
{
    PlotStyle style = PlotStyle::fromPalette(palette(), m_scale);
    style.fontFamily = font().family();
    m_renderer.setStyle(style);
    update();
}

} // namespace hopfield::ui
