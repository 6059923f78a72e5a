#include "OverlayPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace hopfield::ui::overlay {
namespace {

/// One row of the legend.
struct LegendEntry {
    enum class Kind { Line, Marker, Arrow };
    Kind kind;
    QString label;
    QColor color;
    Qt::PenStyle penStyle = Qt::SolidLine;
    double width = 2.0;
    MarkerShape shape = MarkerShape::Circle;

    bool sameAs(const LegendEntry& other) const
    {
        return kind == other.kind && label == other.label && color == other.color &&
               penStyle == other.penStyle && shape == other.shape;
    }
};

std::vector<LegendEntry> legendEntries(const PlotOverlay& overlay)
{
    std::vector<LegendEntry> entries;
    auto add = [&entries](const LegendEntry& entry) {
        if (entry.label.isEmpty())
            return;
        if (std::none_of(entries.begin(), entries.end(),
                         [&entry](const LegendEntry& e) { return e.sameAs(entry); }))
            entries.push_back(entry);
    };
    for (const auto& line : overlay.lines)
        add({LegendEntry::Kind::Line, line.label, line.color, line.style, line.width, {}});
    for (const auto& marker : overlay.markers)
        add({LegendEntry::Kind::Marker, marker.label, marker.color, Qt::SolidLine, 0.0,
             marker.shape});
    for (const auto& field : overlay.arrows)
        add({LegendEntry::Kind::Arrow, field.label, field.color, Qt::SolidLine, field.width, {}});
    return entries;
}

QPen linePen(const QColor& color, double width, Qt::PenStyle penStyle)
{
    QPen pen(color, width, penStyle, Qt::RoundCap, Qt::RoundJoin);
    return pen;
}

/// An arrow from `tail` to `head` with a filled head `headLength` pixels long.
void paintArrow(QPainter& painter, QPointF tail, QPointF head, double headLength,
                const QColor& color)
{
    const QPointF along = head - tail;
    const double length = std::hypot(along.x(), along.y());
    if (length < 1e-9)
        return;
    const QPointF unit = along / length;
    const QPointF normal(-unit.y(), unit.x());
    const double headSize = std::min(headLength, 0.45 * length);
    const QPointF base = head - unit * headSize;
    painter.drawLine(tail, base + unit * (0.3 * headSize));
    const QPolygonF tip{head, base + normal * (0.45 * headSize), base - normal * (0.45 * headSize)};
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPolygon(tip);
    painter.restore();
}

void paintArrows(QPainter& painter, const ArrowField& field, const PlotTransform& transform,
                 const PlotStyle& style)
{
    const auto count = std::min(field.positions.size(), field.vectors.size());
    if (count == 0)
        return;
    // The spacing of the positions in pixels: sqrt(area / count) is the cell side of a grid.
    QRectF box;
    for (qsizetype k = 0; k < count; ++k)
        box |= QRectF(transform.toPixel(field.positions[k]), QSizeF(1e-9, 1e-9));
    double spacing = std::sqrt(box.width() * box.height() / static_cast<double>(count));
    if (!(spacing > 2.0))
        spacing = 0.08 * std::min(transform.pixels.width(), transform.pixels.height());

    std::vector<QPointF> pixelVectors(static_cast<std::size_t>(count));
    double longest = 0.0;
    for (qsizetype k = 0; k < count; ++k) {
        const QPointF at = field.positions[k];
        const QPointF p = transform.toPixel(at + field.vectors[k]) - transform.toPixel(at);
        pixelVectors[static_cast<std::size_t>(k)] = p;
        if (std::isfinite(p.x()) && std::isfinite(p.y()))
            longest = std::max(longest, std::hypot(p.x(), p.y()));
    }
    if (!(longest > 0.0))
        return;
    const double maxLength = 0.85 * spacing;
    painter.setPen(linePen(field.color, style.scaled(field.width), Qt::SolidLine));
    for (qsizetype k = 0; k < count; ++k) {
        QPointF p = pixelVectors[static_cast<std::size_t>(k)];
        const double length = std::hypot(p.x(), p.y());
        if (!std::isfinite(length) || length <= 0.0)
            continue;
        p *= field.normalized ? 0.75 * spacing / length : maxLength / longest;
        const QPointF centre = transform.toPixel(field.positions[k]);
        paintArrow(painter, centre - 0.5 * p, centre + 0.5 * p, style.scaled(7.0), field.color);
    }
}

void paintLine(QPainter& painter, const PlotLine& line, const PlotTransform& transform,
               const PlotStyle& style)
{
    painter.setPen(linePen(line.color, style.scaled(line.width), line.style));
    QPolygonF piece;
    auto flush = [&painter, &piece]() {
        if (piece.size() >= 2)
            painter.drawPolyline(piece);
        piece.clear();
    };
    for (const QPointF& point : line.points) {
        if (!std::isfinite(point.x()) || !std::isfinite(point.y())) {
            flush();
            continue;
        }
        piece.append(transform.toPixel(point));
    }
    flush();
}

QPainterPath markerPath(QPointF c, MarkerShape shape, double size)
{
    const double r = 0.5 * size;
    QPainterPath path;
    switch (shape) {
    case MarkerShape::Circle:
        path.addEllipse(c, r, r);
        break;
    case MarkerShape::Square:
        path.addRect(QRectF(c.x() - 0.9 * r, c.y() - 0.9 * r, 1.8 * r, 1.8 * r));
        break;
    case MarkerShape::Triangle:
        path.addPolygon(QPolygonF{QPointF(c.x(), c.y() - 1.1 * r),
                                  QPointF(c.x() + r, c.y() + 0.75 * r),
                                  QPointF(c.x() - r, c.y() + 0.75 * r)});
        path.closeSubpath();
        break;
    case MarkerShape::Diamond:
        path.addPolygon(QPolygonF{QPointF(c.x(), c.y() - 1.15 * r), QPointF(c.x() + r, c.y()),
                                  QPointF(c.x(), c.y() + 1.15 * r), QPointF(c.x() - r, c.y())});
        path.closeSubpath();
        break;
    case MarkerShape::Cross:
        path.moveTo(c.x() - r, c.y() - r);
        path.lineTo(c.x() + r, c.y() + r);
        path.moveTo(c.x() - r, c.y() + r);
        path.lineTo(c.x() + r, c.y() - r);
        break;
    }
    return path;
}

} // namespace

void paintMarker(QPainter& painter, QPointF centre, MarkerShape shape, const QColor& color,
                 double size, const PlotStyle& style)
{
    const QPainterPath path = markerPath(centre, shape, size);
    painter.save();
    if (shape == MarkerShape::Cross) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(style.background, style.scaled(4.5), Qt::SolidLine, Qt::RoundCap));
        painter.drawPath(path);
        painter.setPen(QPen(color, style.scaled(2.5), Qt::SolidLine, Qt::RoundCap));
        painter.drawPath(path);
    } else {
        painter.setPen(QPen(style.background, style.scaled(1.5)));
        painter.setBrush(color);
        painter.drawPath(path);
    }
    painter.restore();
}

void paintHaloText(QPainter& painter, QPointF baselineStart, const QString& text, const QFont& font,
                   const PlotStyle& style)
{
    QPainterPath path;
    path.addText(baselineStart, font, text);
    painter.save();
    painter.strokePath(path, QPen(style.background, style.scaled(3.0), Qt::SolidLine, Qt::RoundCap,
                                  Qt::RoundJoin));
    painter.fillPath(path, style.foreground);
    painter.restore();
}

QPointF markerTextBaseline(QPointF centre, double markerSize, QSizeF text, const QRectF& plot)
{
    const double gap = 0.6 * markerSize + 2.0;
    // Above and to the right; by the right edge it slides left, still above the marker so
    // it does not cover it (flipped to the left it ran into its neighbours' names); by the
    // top edge it goes below.
    const double x = std::max(std::min(centre.x() + gap, plot.right() - text.width()), plot.left());
    const double above = centre.y() - 0.6 * markerSize;
    const double y = above - text.height() >= plot.top() ? above : centre.y() + gap + text.height();
    return {x, y};
}

void paint(QPainter& painter, const PlotOverlay& overlay, const PlotTransform& transform,
           const PlotStyle& style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(transform.pixels);
    for (const auto& field : overlay.arrows)
        paintArrows(painter, field, transform, style);
    for (const auto& line : overlay.lines)
        paintLine(painter, line, transform, style);
    const QFont textFont = style.font(0.95, true);
    for (const auto& marker : overlay.markers) {
        const QPointF centre = transform.toPixel(marker.position);
        const double size = style.scaled(marker.size);
        paintMarker(painter, centre, marker.shape, marker.color, size, style);
        if (!marker.text.isEmpty())
            paintHaloText(
                painter,
                markerTextBaseline(centre, size,
                                   QFontMetricsF(textFont).boundingRect(marker.text).size(),
                                   transform.pixels),
                marker.text, textFont, style);
    }
    painter.restore();
}

void paintLegend(QPainter& painter, const PlotOverlay& overlay, const QRectF& plot,
                 Qt::Corner corner, const PlotStyle& style)
{
    const auto entries = legendEntries(overlay);
    if (entries.empty())
        return;
    const QFont font = style.font(0.95);
    const QFontMetricsF metrics(font);
    const double pad = style.scaled(6.0);
    const double swatch = style.scaled(26.0);
    const double gap = style.scaled(6.0);
    const double row = std::max(metrics.height(), style.scaled(14.0)) + style.scaled(2.0);
    double textWidth = 0.0;
    for (const auto& entry : entries)
        textWidth = std::max(textWidth, metrics.horizontalAdvance(entry.label));
    const QSizeF size(2 * pad + swatch + gap + textWidth,
                      2 * pad + row * static_cast<double>(entries.size()));
    const double margin = style.scaled(8.0);
    const bool left = corner == Qt::TopLeftCorner || corner == Qt::BottomLeftCorner;
    const bool top = corner == Qt::TopLeftCorner || corner == Qt::TopRightCorner;
    const QPointF origin(left ? plot.left() + margin : plot.right() - margin - size.width(),
                         top ? plot.top() + margin : plot.bottom() - margin - size.height());
    const QRectF box(origin, size);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = style.background;
    fill.setAlphaF(0.88);
    QColor border = style.foreground;
    border.setAlphaF(0.45);
    painter.setPen(QPen(border, style.scaled(1.0)));
    painter.setBrush(fill);
    painter.drawRoundedRect(box, style.scaled(3.0), style.scaled(3.0));
    painter.setFont(font);
    for (std::size_t k = 0; k < entries.size(); ++k) {
        const auto& entry = entries[k];
        const double top = box.top() + pad + row * static_cast<double>(k);
        const double middle = top + 0.5 * row;
        const QPointF swatchLeft(box.left() + pad, middle);
        const QPointF swatchRight(box.left() + pad + swatch, middle);
        if (std::abs(qGray(entry.color.rgb()) - qGray(style.background.rgb())) < 60) {
            // A colour meant for the dark heat map (white contours) vanishes on the legend's
            // light box: underlay it with a faint foreground stroke.
            QColor under = style.foreground;
            under.setAlphaF(0.55);
            painter.setPen(linePen(under, style.scaled(entry.width + 2.0), Qt::SolidLine));
            painter.drawLine(swatchLeft, swatchRight);
        }
        switch (entry.kind) {
        case LegendEntry::Kind::Line:
            painter.setPen(linePen(entry.color, style.scaled(entry.width), entry.penStyle));
            painter.drawLine(swatchLeft, swatchRight);
            break;
        case LegendEntry::Kind::Marker:
            paintMarker(painter, 0.5 * (swatchLeft + swatchRight), entry.shape, entry.color,
                        style.scaled(11.0), style);
            break;
        case LegendEntry::Kind::Arrow:
            painter.setPen(linePen(entry.color, style.scaled(entry.width), Qt::SolidLine));
            paintArrow(painter, swatchLeft, swatchRight, style.scaled(7.0), entry.color);
            break;
        }
        painter.setPen(style.foreground);
        painter.drawText(QRectF(swatchRight.x() + gap, top, textWidth + 1.0, row),
                         Qt::AlignLeft | Qt::AlignVCenter, entry.label);
    }
    painter.restore();
}

} // namespace hopfield::ui::overlay
