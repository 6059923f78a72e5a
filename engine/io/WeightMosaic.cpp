#include "io/WeightMosaic.h"

#include <cmath>
#include <ostream>
#include <stdexcept>

namespace hopfield {

LabelledImages WeightMosaic::unitImages(const Eigen::MatrixXf& weights, int rows, int cols,
                                        int channels)
{
    const Eigen::Index plane = static_cast<Eigen::Index>(rows) * cols;
    if (weights.size() == 0 || rows < 1 || cols < 1 || channels < 1 ||
        weights.cols() != plane * channels)
        throw std::invalid_argument("the weights do not match the image size");
    LabelledImages images;
    images.rows = rows;
    images.cols = cols;
    images.pixels.resize(static_cast<std::size_t>(weights.rows()) *
                         static_cast<std::size_t>(plane));
    for (Eigen::Index unit = 0; unit < weights.rows(); ++unit) {
        Eigen::VectorXf field = Eigen::VectorXf::Zero(plane);
        for (int c = 0; c < channels; ++c)
            field += weights.row(unit).segment(c * plane, plane).transpose() / channels;
        const float largest = field.cwiseAbs().maxCoeff();
        const float scale = largest > 0 ? 127.0f / largest : 0.0f;
        for (Eigen::Index i = 0; i < plane; ++i)
            images.pixels[static_cast<std::size_t>(unit * plane + i)] =
                static_cast<std::uint8_t>(std::lround(128.0f + scale * field(i)));
    }
    return images;
}

WeightMosaic::WeightMosaic(const Eigen::MatrixXf& weights, int rows, int cols, int channels)
{
    const LabelledImages tiles = unitImages(weights, rows, cols, channels);
    const auto units = static_cast<int>(weights.rows());
    const int perLine = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(units))));
    const int lines = (units + perLine - 1) / perLine;
    m_width = perLine * (cols + 1) - 1;
    m_height = lines * (rows + 1) - 1;
    m_pixels.assign(static_cast<std::size_t>(m_width) * static_cast<std::size_t>(m_height), 128);
    const std::size_t plane = tiles.imageSize();
    for (int unit = 0; unit < units; ++unit) {
        const int left = (unit % perLine) * (cols + 1);
        const int top = (unit / perLine) * (rows + 1);
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c)
                m_pixels[static_cast<std::size_t>(top + r) * m_width + left + c] =
                    tiles.pixels[unit * plane + static_cast<std::size_t>(r * cols + c)];
    }
}

void WeightMosaic::writePgm(std::ostream& out) const
{
    out << "P5\n" << m_width << ' ' << m_height << "\n255\n";
    out.write(reinterpret_cast<const char*>(m_pixels.data()),
              static_cast<std::streamsize>(m_pixels.size()));
}

} // namespace hopfield
