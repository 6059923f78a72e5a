#include "FigureExport.h"

#include "Figure.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>
#include <cmath>

namespace hopfield::ui::figure {
namespace {

// Logical pixels are 1/96 inch, as on a standard-density screen.
constexpr double kLogicalDpi = 96.0;
constexpr double kMinDpi = 72.0;
constexpr double kMaxDpi = 1200.0;
// A PNG of more than 30,000 pixels a side or 400 megapixels is surely a mistake.
constexpr int kMaxPngSide = 30000;
constexpr double kMaxPngPixels = 4e8;

QString failure(const QString& path, const QString& cause)
{
    return QStringLiteral("Cannot export the figure to '%1': %2")
        .arg(QDir::toNativeSeparators(path), cause);
}

/// Paints onto a device whose resolution is 96 dpi, so that fonts sized in points (widgets)
/// and in pixels (our plots) both keep their on-screen proportions.
bool paintOn(QPaintDevice& device, const PaintFunction& paint, const QSizeF& size, double scale)
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    paint(painter, QRectF(QPointF(0.0, 0.0), size));
    return painter.end();
}

QString writePng(QSaveFile& file, const PaintFunction& paint, const Options& options)
{
    const double scale = options.dpi / kLogicalDpi;
    const QSize pixels(static_cast<int>(std::lround(options.size.width() * scale)),
                       static_cast<int>(std::lround(options.size.height() * scale)));
    if (pixels.width() > kMaxPngSide || pixels.height() > kMaxPngSide ||
        static_cast<double>(pixels.width()) * pixels.height() > kMaxPngPixels)
        return QStringLiteral("%1 x %2 pixels is too large (at most %3 a side)")
            .arg(pixels.width())
            .arg(pixels.height())
            .arg(kMaxPngSide);
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return QStringLiteral("not enough memory for %1 x %2 pixels")
            .arg(pixels.width())
            .arg(pixels.height());
    image.fill(Qt::white);
    if (!paintOn(image, paint, options.size, scale))
        return QStringLiteral("cannot paint into the image");
    // Record the DPI only now: while painting, the image must stay at 96 dpi (see paintOn).
    const int dotsPerMeter = static_cast<int>(std::lround(options.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    if (!image.save(&file, "PNG"))
        return QStringLiteral("the PNG encoder failed (%1)").arg(file.errorString());
    return {};
}

QString writeSvg(QSaveFile& file, const PaintFunction& paint, const Options& options)
{
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(options.size.toSize());
    generator.setViewBox(QRectF(QPointF(0.0, 0.0), options.size));
    generator.setResolution(static_cast<int>(kLogicalDpi));
    generator.setTitle(options.title);
    generator.setDescription(QStringLiteral("Made with Hopfield Lab"));
    if (!paintOn(generator, paint, options.size, 1.0))
        return QStringLiteral("cannot paint into the SVG generator (%1)").arg(file.errorString());
    return {};
}

QString writePdf(QSaveFile& file, const PaintFunction& paint, const Options& options)
{
    QPdfWriter writer(&file);
    writer.setResolution(static_cast<int>(kLogicalDpi));
    const QSizeF points = options.size * (72.0 / kLogicalDpi);
    writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0.0, 0.0, 0.0, 0.0));
    writer.setTitle(options.title);
    writer.setCreator(QStringLiteral("Hopfield Lab"));
    if (!paintOn(writer, paint, options.size, 1.0))
        return QStringLiteral("cannot paint into the PDF writer (%1)").arg(file.errorString());
    return {};
}

} // namespace

std::optional<Format> formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QString write(const PaintFunction& paint, const QString& path, const Options& options)
{
    const auto format = formatForPath(path);
    if (!format)
        return failure(path, QStringLiteral("unknown file type; use .png, .svg or .pdf"));
    const QSizeF size = options.size;
    if (!(size.width() >= 1.0 && size.height() >= 1.0 && std::isfinite(size.width()) &&
          std::isfinite(size.height())))
        return failure(path, QStringLiteral("the figure size %1 x %2 is empty")
                                 .arg(size.width())
                                 .arg(size.height()));
    if (!(options.dpi >= kMinDpi && options.dpi <= kMaxDpi))
        return failure(path, QStringLiteral("dpi must be between %1 and %2, not %3")
                                 .arg(kMinDpi)
                                 .arg(kMaxDpi)
                                 .arg(options.dpi));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());
    QString error;
    switch (*format) {
    case Format::Png:
        error = writePng(file, paint, options);
        break;
    case Format::Svg:
        error = writeSvg(file, paint, options);
        break;
    case Format::Pdf:
        error = writePdf(file, paint, options);
        break;
    }
    if (!error.isEmpty()) {
        file.cancelWriting();
        return failure(path, error);
    }
    if (!file.commit())
        return failure(path, file.errorString());
    return {};
}

QString write(QWidget& widget, const QString& path, const Options& options)
{
    Options sized = options;
    if (const auto* figure = dynamic_cast<const Figure*>(&widget)) {
        if (sized.size.isEmpty())
            sized.size = widget.size();
        return write([figure](QPainter& painter,
                              const QRectF& target) { figure->paintFigure(painter, target); },
                     path, sized);
    }
    // A widget without the Figure interface draws itself at its own size; a hidden one can
    // be resized first (render() delivers the pending resize event).
    if (!sized.size.isEmpty() && !widget.isVisible())
        widget.resize(sized.size.toSize());
    sized.size = widget.size();
    return write(
        [&widget](QPainter& painter, const QRectF& target) {
            painter.save();
            painter.translate(target.topLeft());
            widget.render(&painter, QPoint(), QRegion(),
                          QWidget::DrawWindowBackground | QWidget::DrawChildren);
            painter.restore();
        },
        path, sized);
}

} // namespace hopfield::ui::figure
