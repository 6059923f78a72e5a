#include "io/IdxWriter.h"

#include <cstdint>
#include <ostream>
#include <stdexcept>

namespace hopfield {

namespace {

void writeBigEndian32(std::ostream& out, std::uint32_t value)
{
    const char bytes[4] = {static_cast<char>(value >> 24), static_cast<char>(value >> 16),
                           static_cast<char>(value >> 8), static_cast<char>(value)};
    out.write(bytes, 4);
}

} // namespace

void IdxWriter::writeImages(const LabelledImages& images, std::ostream& out)
{
    if (images.channels != 1)
        throw std::invalid_argument("IDX images are grey: average the colour planes first");
    if (images.imageSize() == 0 || images.pixels.empty() ||
        images.pixels.size() % images.imageSize() != 0)
        throw std::invalid_argument("the pixels are not a whole number of images");
    writeBigEndian32(out, 0x00000803);
    writeBigEndian32(out, static_cast<std::uint32_t>(images.count()));
    writeBigEndian32(out, static_cast<std::uint32_t>(images.rows));
    writeBigEndian32(out, static_cast<std::uint32_t>(images.cols));
    out.write(reinterpret_cast<const char*>(images.pixels.data()),
              static_cast<std::streamsize>(images.pixels.size()));
}

} // namespace hopfield
