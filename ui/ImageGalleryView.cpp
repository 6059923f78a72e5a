#include "ImageGalleryView.h"

#include "ColorMap.h"
#include "Palette.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace hopfield::ui {
namespace {

/// The gap between images, as a fraction of a cell.
constexpr double kGapFraction = 0.08;

} // namespace

ImageGalleryView::ImageGalleryView(Scale scale, QWidget* parent) : QWidget(parent), m_scale(scale)
{
    setMouseTracking(false);
}

void ImageGalleryView::setImages(int width, int height, std::vector<std::vector<float>> images,
                                 QStringList captions)
{
    m_width = width;
    m_height = height;
    m_images = std::move(images);
    m_captions = std::move(captions);
    if (m_selected >= imageCount())
        m_selected = -1;
    update();
}

void ImageGalleryView::clear()
{
    setImages(0, 0, {});
}

void ImageGalleryView::setSelected(int index)
{
    m_selected = index >= 0 && index < imageCount() ? index : -1;
    update();
}

ImageGalleryView::Layout ImageGalleryView::layoutFor(const QRectF& target) const
{
    // The column count that gives the largest cells: each candidate c fits
    // ceil(n / c) rows, and the cell side is limited by both width and height.
    Layout best;
    const int count = imageCount();
    if (count == 0 || m_width <= 0 || m_height <= 0)
        return best;
    const double captionRows = m_captions.isEmpty() ? 0.0 : 1.0;
    const double aspect = static_cast<double>(m_height) / m_width;
    for (int columns = 1; columns <= count; ++columns) {
        const int rows = (count + columns - 1) / columns;
        const double textHeight = captionRows * fontMetrics().height();
        const double cell = std::min(target.width() / columns,
                                     (target.height() - rows * textHeight) / (rows * aspect));
        if (cell > best.cell) {
            best.columns = columns;
            best.cell = cell;
        }
    }
    const int rows = (count + best.columns - 1) / best.columns;
    const double textHeight = captionRows * fontMetrics().height();
    const double usedWidth = best.columns * best.cell;
    const double usedHeight = rows * (best.cell * aspect + textHeight);
    best.origin = QPointF(target.left() + (target.width() - usedWidth) / 2.0,
                          target.top() + (target.height() - usedHeight) / 2.0);
    return best;
}

QImage ImageGalleryView::imageOf(int index) const
{
    const std::vector<float>& values = image(index);
    QImage picture(m_width, m_height, QImage::Format_ARGB32);
    if (m_scale == Scale::Signed) {
        float largest = 0.0F;
        for (float value : values)
            largest = std::max(largest, std::abs(value));
        const ColorMap map(ColorMap::Kind::Diverging);
        for (int y = 0; y < m_height; ++y)
            for (int x = 0; x < m_width; ++x) {
                const float value = values[static_cast<std::size_t>(y * m_width + x)];
                const double t = largest > 0.0F ? 0.5 + 0.5 * value / largest : 0.5;
                picture.setPixel(x, y, map.rgbAt(t));
            }
    } else {
        const QColor ink = palette::spinUp();
        const QColor paper = palette::spinDown();
        for (int y = 0; y < m_height; ++y)
            for (int x = 0; x < m_width; ++x) {
                const double t = std::clamp(
                    static_cast<double>(values[static_cast<std::size_t>(y * m_width + x)]), 0.0,
                    1.0);
                picture.setPixel(
                    x, y,
                    qRgb(static_cast<int>(paper.red() + t * (ink.red() - paper.red())),
                         static_cast<int>(paper.green() + t * (ink.green() - paper.green())),
                         static_cast<int>(paper.blue() + t * (ink.blue() - paper.blue()))));
            }
    }
    return picture;
}

void ImageGalleryView::paintFigure(QPainter& painter, const QRectF& target) const
{
    painter.save();
    painter.fillRect(target, palette().color(QPalette::Window));
    const Layout layout = layoutFor(target);
    if (layout.cell <= 0.0) {
        painter.restore();
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    const double aspect = static_cast<double>(m_height) / m_width;
    const double textHeight = m_captions.isEmpty() ? 0.0 : fontMetrics().height();
    const double gap = kGapFraction * layout.cell;
    for (int i = 0; i < imageCount(); ++i) {
        const int row = i / layout.columns;
        const int column = i % layout.columns;
        const QPointF corner = layout.origin + QPointF(column * layout.cell,
                                                       row * (layout.cell * aspect + textHeight));
        const QRectF box(corner.x() + gap / 2.0, corner.y() + gap / 2.0, layout.cell - gap,
                         layout.cell * aspect - gap);
        painter.drawImage(box, imageOf(i));
        if (i == m_selected) {
            painter.setPen(QPen(palette::highlight(), std::max(2.0, gap)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(box);
        }
        if (!m_captions.isEmpty()) {
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(QRectF(corner.x(), box.bottom() + gap / 2.0, layout.cell, textHeight),
                             Qt::AlignCenter, m_captions.value(i));
        }
    }
    painter.restore();
}

int ImageGalleryView::indexAt(QPointF point) const
{
    const Layout layout = layoutFor(QRectF(rect()));
    if (layout.cell <= 0.0)
        return -1;
    const double aspect = static_cast<double>(m_height) / m_width;
    const double textHeight = m_captions.isEmpty() ? 0.0 : fontMetrics().height();
    const QPointF local = point - layout.origin;
    if (local.x() < 0.0 || local.y() < 0.0)
        return -1;
    const int column = static_cast<int>(local.x() / layout.cell);
    const int row = static_cast<int>(local.y() / (layout.cell * aspect + textHeight));
    if (column >= layout.columns)
        return -1;
    const int index = row * layout.columns + column;
    return index < imageCount() ? index : -1;
}

void ImageGalleryView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paintFigure(painter, QRectF(rect()));
}

void ImageGalleryView::mouseReleaseEvent(QMouseEvent* event)
{
    const int index = indexAt(event->position());
    if (index >= 0)
        emit clicked(index);
    QWidget::mouseReleaseEvent(event);
}

} // namespace hopfield::ui
