#include "io/Cifar10Reader.h"

#include "io/DatasetBytes.h"
#include "io/ParseError.h"

namespace hopfield {

LabelledImages Cifar10Reader::read(std::string_view bytes, const std::string& fileName,
                                   CifarColour colour)
{
    const auto fail = [&](std::size_t offset, const std::string& message) {
        throw ParseError(fileName, ParseError::Position::Byte, static_cast<long long>(offset),
                         message);
    };
    if (bytes.empty())
        fail(0, "the file is empty; a CIFAR-10 batch holds records of 3073 bytes");
    if (bytes.size() % recordBytes != 0)
        fail(bytes.size() - bytes.size() % recordBytes,
             "the file ends inside a record: " + std::to_string(bytes.size()) +
                 " bytes are not whole records of 3073 bytes");
    const std::size_t count = bytes.size() / recordBytes;
    constexpr std::size_t plane = side * side;
    LabelledImages images;
    images.rows = side;
    images.cols = side;
    images.channels = colour == CifarColour::Rgb ? 3 : 1;
    images.labels.resize(count);
    images.pixels.resize(count * plane * static_cast<std::size_t>(images.channels));
    for (std::size_t n = 0; n < count; ++n) {
        const auto* record = reinterpret_cast<const std::uint8_t*>(bytes.data()) + n * recordBytes;
        if (record[0] > 9)
            fail(n * recordBytes,
                 "label " + std::to_string(record[0]) + " is not a class 0-9 (CIFAR-10)");
        images.labels[n] = record[0];
        const std::uint8_t* red = record + 1;
        if (colour == CifarColour::Rgb) {
            std::copy(red, red + 3 * plane, images.pixels.begin() + n * 3 * plane);
            continue;
        }
        for (std::size_t i = 0; i < plane; ++i) {
            const unsigned sum = red[i] + red[plane + i] + red[2 * plane + i];
            images.pixels[n * plane + i] = static_cast<std::uint8_t>((sum + 1) / 3);
        }
    }
    return images;
}

LabelledImages Cifar10Reader::readFile(const std::string& path, CifarColour colour)
{
    return read(readDatasetFile(path), path, colour);
}

} // namespace hopfield
