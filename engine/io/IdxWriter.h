#pragma once

#include "io/LabelledImages.h"

#include <iosfwd>

namespace hopfield {

/// Writes grey images as an IDX images file (idx3-ubyte, the MNIST format IdxReader
/// reads): the magic 0x00000803 (unsigned bytes, three dimensions), the big-endian sizes
/// count, rows, cols, then the pixels image-major and row-major.  Labels are not written
/// (an idx1 file of their own would hold them).
class IdxWriter {
public:
    /// Throws std::invalid_argument for colour planes (IDX images are grey), an empty set
    /// or pixels that are not a whole number of rows x cols images.
    static void writeImages(const LabelledImages& images, std::ostream& out);
};

} // namespace hopfield
