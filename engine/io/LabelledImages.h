#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace hopfield {

/// Images as a file holds them: `count` images of rows x cols pixels and `channels`
/// planes (1: grey, 3: R, G, B planes one after the other), one byte per pixel,
/// image-major, then plane, then row-major.  `labels` holds one byte per image (0..9 for
/// MNIST and CIFAR-10), or is empty for an unlabelled set.
struct LabelledImages {
    int rows = 0;
    int cols = 0;
    int channels = 1;
    std::vector<std::uint8_t> pixels;
    std::vector<std::uint8_t> labels;

    std::size_t imageSize() const noexcept
    {
        return static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols) *
               static_cast<std::size_t>(channels);
    }
    std::size_t count() const noexcept
    {
        return imageSize() == 0 ? 0 : pixels.size() / imageSize();
    }
};

} // namespace hopfield
