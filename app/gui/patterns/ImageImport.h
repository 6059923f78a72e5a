#pragma once

#include "core/Pattern.h"

#include <QImage>
#include <QRect>
#include <QString>

namespace hopfield::app {

/// An image scaled onto a pattern grid: width x height grey levels, of which only
/// `content` holds the picture; the letterbox around it becomes background (-1).
struct GridImage {
    QImage grey; ///< Format_Grayscale8, the grid's size
    QRect content;
};

/// Reads any image QImageReader knows (PNG, JPEG, BMP, GIF, ...) as 8-bit grey, with
/// transparent parts composited onto white paper.  Throws std::runtime_error
/// "cannot read FILE: REASON" with the reader's reason; nothing else happens then.
QImage readGreyImage(const QString& path);

/// `image` in 8-bit grey, transparent parts on white.
QImage toGrey(const QImage& image);

/// Scales a grey image to fit width x height keeping its aspect ratio (smooth
/// downscaling), centred: the largest picture that fits, letterboxed.
GridImage fitToGrid(const QImage& grey, int width, int height);

/// Turns a fitted image into spins: a grey level below `threshold` (0..256) is ink, +1,
/// since drawings are dark on light; `lightInk` swaps that for light-on-dark pictures.
/// The letterbox is always -1.
Pattern thresholdImage(const GridImage& image, int threshold, bool lightInk, std::string name = {});

/// Turns a fitted image into spins by Floyd-Steinberg error diffusion over its content
/// (floydSteinbergSpins in engine/core/Halftone.h): dark is ink (+1), or light with
/// `lightInk`; the letterbox is always -1.  Keeps grey shades as densities of ink, so
/// photographs and faces stay recognisable.
Pattern ditherImage(const GridImage& image, bool lightInk, std::string name = {});

} // namespace hopfield::app
