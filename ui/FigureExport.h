#pragma once

#include <QSizeF>
#include <QString>
#include <functional>
#include <optional>

class QPainter;
class QRectF;
class QWidget;

namespace hopfield::ui {

/// Writes figures to PNG, SVG or PDF, chosen by the file's extension (.png, .svg, .pdf).
/// A figure is laid out in logical pixels (1/96 inch, the size on a standard screen); a PNG
/// gets size * dpi / 96 pixels and records its DPI, SVG and PDF get the same physical size
/// as vectors.  Every write is atomic (QSaveFile): on failure the old file, if any, is
/// untouched and no partial file is left.  Every function returns an empty string on
/// success and a message naming the file and the cause otherwise.
namespace figure {

enum class Format { Png, Svg, Pdf };

/// The format for a path's extension (case-insensitive), or nothing for any other.
std::optional<Format> formatForPath(const QString& path);

/// Draws a figure into `target` (logical pixels), background included.
using PaintFunction = std::function<void(QPainter& painter, const QRectF& target)>;

struct Options {
    QSizeF size;        ///< logical size; empty: the widget's size
    double dpi = 300.0; ///< PNG resolution, 72 to 1200
    QString title;      ///< SVG title and PDF document title
};

/// Writes what `paint` draws at `options.size` (which must not be empty).
QString write(const PaintFunction& paint, const QString& path, const Options& options);

/// Writes a widget: through its Figure interface when it has one (real vectors in SVG and
/// PDF, any size), otherwise through QWidget::render at its current size (works for any
/// widget, including Qt Charts views).
QString write(QWidget& widget, const QString& path, const Options& options = {});

} // namespace figure
} // namespace hopfield::ui
