#pragma once

#include "io/LabelledImages.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hopfield {

/// Readers of the IDX format of the MNIST files (LeCun, Cortes, Burges; SCIENCE.md
/// section 7): a big-endian header of two zero bytes, a type byte (0x08: unsigned byte,
/// the only one accepted) and a dimension count (3 for images, 1 for labels), then one
/// big-endian 32-bit size per dimension, then the bytes.  Every malformed input throws
/// ParseError "FILE: byte OFFSET: message": bad magic, wrong type or dimension count, a
/// zero or oversized size, data shorter or longer than the header claims.  The claimed
/// size is checked against the bytes present before anything is allocated.
class IdxReader {
public:
    /// Images (magic 0x00000803: count, rows, cols): rows and cols at most 4096.
    /// `bytes` are already decompressed.
    static LabelledImages readImages(std::string_view bytes, const std::string& fileName);

    /// Labels (magic 0x00000801: count), each 0..9.
    static std::vector<std::uint8_t> readLabels(std::string_view bytes,
                                                const std::string& fileName);

    /// The images file at `imagesPath` (plain or .gz) with its labels file when there is
    /// one: `labelsPath`, or when that is empty the images path with "images-idx3"
    /// replaced by "labels-idx1" (MNIST's naming) if such a file exists; else unlabelled.
    /// Throws ParseError when the two counts differ.
    static LabelledImages readFiles(const std::string& imagesPath,
                                    const std::string& labelsPath = {});

    /// The labels path MNIST's naming implies for `imagesPath`, or "" when the name does
    /// not contain "images-idx3".
    static std::string labelsPathFor(const std::string& imagesPath);
};

} // namespace hopfield
