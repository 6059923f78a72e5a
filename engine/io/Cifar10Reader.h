#pragma once

#include "io/LabelledImages.h"

#include <string>
#include <string_view>

namespace hopfield {

/// How CIFAR-10's colour images become inputs.
enum class CifarColour {
    Grey, ///< one plane, (R + G + B) / 3 rounded to the nearest byte
    Rgb   ///< three planes, R then G then B
};

/// Reader of the CIFAR-10 binary batches (Krizhevsky 2009; SCIENCE.md section 7):
/// records of 1 label byte (0..9) and 3,072 pixel bytes (1,024 R, 1,024 G, 1,024 B, each
/// 32x32 row-major), with no header.  Throws ParseError "FILE: byte OFFSET: message" for
/// an empty input, a size that is not a whole number of records (the offset of the
/// partial record) or a label over 9 (its offset).
class Cifar10Reader {
public:
    static constexpr int side = 32;
    static constexpr std::size_t recordBytes = 1 + 3 * side * side;

    /// `bytes` are already decompressed.
    static LabelledImages read(std::string_view bytes, const std::string& fileName,
                               CifarColour colour);

    /// The batch file at `path`, plain or .gz.
    static LabelledImages readFile(const std::string& path, CifarColour colour);
};

} // namespace hopfield
