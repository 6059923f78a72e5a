#pragma once

#include "io/LabelledImages.h"

#include <Eigen/Core>
#include <cstdint>
#include <iosfwd>
#include <vector>

namespace hopfield {

/// Every unit's receptive field (a row of a K x D weight matrix, D = rows * cols *
/// channels) as a rows x cols tile in one grey image: ceil(sqrt(K)) tiles a line, one
/// pixel of mid grey between tiles.  Each tile is scaled symmetrically about 0 by its own
/// largest |w| (grey 128 = 0, 255 = +max, 1 = -max), so the sign of a weight is always
/// its shade; colour planes are averaged first.
class WeightMosaic {
public:
    /// Throws std::invalid_argument when D differs from rows * cols * channels or the
    /// matrix is empty.
    WeightMosaic(const Eigen::MatrixXf& weights, int rows, int cols, int channels);

    int width() const noexcept { return m_width; }
    int height() const noexcept { return m_height; }
    /// Row-major grey levels, width * height.
    const std::vector<std::uint8_t>& pixels() const noexcept { return m_pixels; }

    /// The same tiles as separate grey images, one per unit (K images of rows x cols,
    /// unlabelled): what IdxWriter saves as an idx3-ubyte file.  Throws as the constructor.
    static LabelledImages unitImages(const Eigen::MatrixXf& weights, int rows, int cols,
                                     int channels);

    /// Binary PGM (P5, maxval 255).
    void writePgm(std::ostream& out) const;

private:
    int m_width = 0;
    int m_height = 0;
    std::vector<std::uint8_t> m_pixels;
};

} // namespace hopfield
