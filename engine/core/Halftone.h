#pragma once

#include "core/Pattern.h"

#include <cstdint>
#include <span>
#include <vector>

namespace hopfield {

/// Floyd-Steinberg error diffusion (Floyd & Steinberg 1976, "An adaptive algorithm for
/// spatial greyscale"): turns width x height grey levels (0 black .. 255 white, row by
/// row) into spins, ink (+1) for black and -1 for white, or the reverse with `lightInk`.
/// Each pixel takes the nearer of black and white, and its error e = g - output is passed
/// on to the pixels not yet visited: 7/16 ahead, 3/16 behind below, 5/16 below and 1/16
/// ahead below.  Rows are visited in alternate directions (serpentine), which avoids the
/// diagonal "worms" of a raster scan (Ulichney 1987, "Digital Halftoning").  Since the error
/// is passed on, not dropped (at an edge it goes to the neighbours inside, the weights
/// renormalised), the fraction of white pixels matches the mean grey level up to the last
/// pixel's error, and local intensity is kept: a face stays recognisable where a single
/// threshold leaves black and white blobs.
/// Throws std::invalid_argument if `grey` does not hold width x height levels.
std::vector<Spin> floydSteinbergSpins(std::span<const std::uint8_t> grey, int width, int height,
                                      bool lightInk = false);

} // namespace hopfield
