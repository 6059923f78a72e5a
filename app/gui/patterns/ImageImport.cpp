#include "gui/patterns/ImageImport.h"

#include "core/Halftone.h"

#include <QImageReader>
#include <QPainter>
#include <algorithm>
#include <stdexcept>

namespace hopfield::app {

QImage readGreyImage(const QString& path)
{
    QImageReader reader(path);
    // Qt refuses images above its allocation limit with only "Unable to read image data";
    // the header's size says so before decoding, in numbers a user can act on.
    const QSize size = reader.size();
    const qint64 decodedBytes = static_cast<qint64>(size.width()) * size.height() * 4;
    const qint64 limitBytes = static_cast<qint64>(QImageReader::allocationLimit()) * 1024 * 1024;
    if (size.isValid() && limitBytes > 0 && decodedBytes > limitBytes)
        throw std::runtime_error(QStringLiteral("cannot read %1: a %2x%3 image takes %4 MB "
                                                "decoded, above the %5 MB limit for an image")
                                     .arg(path)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg((decodedBytes + (1 << 20) - 1) >> 20)
                                     .arg(QImageReader::allocationLimit())
                                     .toStdString());
    const QImage image = reader.read();
    if (image.isNull())
        throw std::runtime_error(
            QStringLiteral("cannot read %1: %2").arg(path, reader.errorString()).toStdString());
    return toGrey(image);
}

QImage toGrey(const QImage& image)
{
    QImage paper(image.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    painter.drawImage(0, 0, image);
    painter.end();
    return paper.convertToFormat(QImage::Format_Grayscale8);
}

GridImage fitToGrid(const QImage& grey, int width, int height)
{
    const QSize grid(width, height);
    // At least one cell each way, however thin the picture.
    const QSize fitted = grey.size().scaled(grid, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    const QImage scaled = grey.scaled(fitted, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                              .convertToFormat(QImage::Format_Grayscale8);
    GridImage result{
        QImage(grid, QImage::Format_Grayscale8),
        QRect(QPoint((width - fitted.width()) / 2, (height - fitted.height()) / 2), fitted)};
    result.grey.fill(Qt::white);
    for (int y = 0; y < fitted.height(); ++y)
        std::copy_n(scaled.constScanLine(y), fitted.width(),
                    result.grey.scanLine(result.content.top() + y) + result.content.left());
    return result;
}

Pattern thresholdImage(const GridImage& image, int threshold, bool lightInk, std::string name)
{
    Pattern pattern(image.grey.width(), image.grey.height(), std::move(name));
    for (int y = image.content.top(); y <= image.content.bottom(); ++y) {
        const uchar* line = image.grey.constScanLine(y);
        for (int x = image.content.left(); x <= image.content.right(); ++x) {
            const bool dark = line[x] < threshold;
            pattern.set(x, y, dark != lightInk ? 1 : -1);
        }
    }
    return pattern;
}

Pattern ditherImage(const GridImage& image, bool lightInk, std::string name)
{
    const QRect content = image.content;
    std::vector<std::uint8_t> levels(static_cast<std::size_t>(content.width()) *
                                     static_cast<std::size_t>(content.height()));
    for (int y = 0; y < content.height(); ++y)
        std::copy_n(image.grey.constScanLine(content.top() + y) + content.left(), content.width(),
                    levels.begin() + static_cast<std::ptrdiff_t>(y) * content.width());
    const std::vector<Spin> spins =
        floydSteinbergSpins(levels, content.width(), content.height(), lightInk);
    Pattern pattern(image.grey.width(), image.grey.height(), std::move(name));
    for (int y = 0; y < content.height(); ++y)
        for (int x = 0; x < content.width(); ++x)
            pattern.set(content.left() + x, content.top() + y,
                        spins[static_cast<std::size_t>(y) * content.width() + x]);
    return pattern;
}

} // namespace hopfield::app
