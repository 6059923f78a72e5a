#pragma once

#include <QColor>
#include <QImage>

/// The number of pixels of an image that are not white: a blank export has none, and a
/// figure drawn with thicker lines and larger text has more.
inline int inkedPixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
    return count;
}
