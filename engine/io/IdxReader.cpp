#include "io/IdxReader.h"

#include "io/DatasetBytes.h"
#include "io/ParseError.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>

namespace hopfield {

namespace {

constexpr std::uint32_t imagesMagic = 0x00000803;
constexpr std::uint32_t labelsMagic = 0x00000801;
constexpr std::uint32_t maxSide = 4096;

[[noreturn]] void fail(const std::string& fileName, std::size_t offset, const std::string& message)
{
    throw ParseError(fileName, ParseError::Position::Byte, static_cast<long long>(offset), message);
}

std::uint32_t bigEndian32(std::string_view bytes, std::size_t offset) noexcept
{
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<unsigned char>(bytes[offset + i]);
    return value;
}

std::string hex(std::uint32_t value)
{
    char text[11];
    std::snprintf(text, sizeof text, "0x%08X", value);
    return text;
}

/// Reads the magic and the `dimensions` sizes after it; checks the payload size.
std::vector<std::uint32_t> readHeader(std::string_view bytes, const std::string& fileName,
                                      std::uint32_t magic, const char* what)
{
    if (bytes.size() < 4)
        fail(fileName, bytes.size(), "the file ends inside the IDX magic number");
    const std::uint32_t found = bigEndian32(bytes, 0);
    if (found != magic)
        fail(fileName, 0,
             "magic number " + hex(found) + " is not " + hex(magic) + " (IDX " + what + ")");
    const std::size_t dimensions = magic & 0xff;
    const std::size_t headerBytes = 4 + 4 * dimensions;
    if (bytes.size() < headerBytes)
        fail(fileName, bytes.size(), "the file ends inside the IDX header");
    std::vector<std::uint32_t> sizes;
    std::size_t payload = 1;
    for (std::size_t d = 0; d < dimensions; ++d) {
        const std::uint32_t size = bigEndian32(bytes, 4 + 4 * d);
        if (size == 0)
            fail(fileName, 4 + 4 * d, "size " + std::to_string(d + 1) + " is 0");
        if (d > 0 && size > maxSide)
            fail(fileName, 4 + 4 * d,
                 "image side " + std::to_string(size) + " exceeds " + std::to_string(maxSide));
        // At most 2^32 * 4096 * 4096 = 2^56: the product cannot overflow.
        payload *= size;
        sizes.push_back(size);
    }
    const std::size_t present = bytes.size() - headerBytes;
    if (present < payload)
        fail(fileName, bytes.size(),
             "the file ends early: the header claims " + std::to_string(payload) + " data bytes, " +
                 std::to_string(present) + " follow");
    if (present > payload)
        fail(fileName, headerBytes + payload,
             std::to_string(present - payload) + " unexpected bytes after the data");
    return sizes;
}

} // namespace

LabelledImages IdxReader::readImages(std::string_view bytes, const std::string& fileName)
{
    const auto sizes = readHeader(bytes, fileName, imagesMagic, "images");
    LabelledImages images;
    images.rows = static_cast<int>(sizes[1]);
    images.cols = static_cast<int>(sizes[2]);
    images.channels = 1;
    const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data()) + 16;
    images.pixels.assign(data, data + (bytes.size() - 16));
    return images;
}

std::vector<std::uint8_t> IdxReader::readLabels(std::string_view bytes, const std::string& fileName)
{
    readHeader(bytes, fileName, labelsMagic, "labels");
    std::vector<std::uint8_t> labels(bytes.begin() + 8, bytes.end());
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (labels[i] > 9)
            fail(fileName, 8 + i, "label " + std::to_string(labels[i]) + " is not a digit 0-9");
    return labels;
}

std::string IdxReader::labelsPathFor(const std::string& imagesPath)
{
    const std::string key = "images-idx3";
    const auto at = imagesPath.rfind(key);
    if (at == std::string::npos)
        return {};
    return imagesPath.substr(0, at) + "labels-idx1" + imagesPath.substr(at + key.size());
}

LabelledImages IdxReader::readFiles(const std::string& imagesPath, const std::string& labelsPath)
{
    LabelledImages images = readImages(readDatasetFile(imagesPath), imagesPath);
    std::string labelsFile = labelsPath;
    if (labelsFile.empty()) {
        labelsFile = labelsPathFor(imagesPath);
        std::error_code error;
        if (labelsFile.empty() || !std::filesystem::is_regular_file(labelsFile, error))
            return images;
    }
    images.labels = readLabels(readDatasetFile(labelsFile), labelsFile);
    if (images.labels.size() != images.count())
        throw ParseError(labelsFile, ParseError::Position::Byte, 4,
                         std::to_string(images.labels.size()) + " labels for " +
                             std::to_string(images.count()) + " images in " + imagesPath);
    return images;
}

} // namespace hopfield
