// libFuzzer target of the CIFAR-10 batch reader (plain or gzip); see FuzzDatasetBytes.h
// for what it checks.  Grey must be the rounded mean of the RGB planes it came from.

#include "FuzzDatasetBytes.h"
#include "io/Cifar10Reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace hopfield;
    const auto bytes = fuzz::decompressed(data, size);
    if (!bytes)
        return 0;
    const auto grey = fuzz::refusedOrRead<LabelledImages>(
        [&] { return Cifar10Reader::read(*bytes, "fuzz.bin", CifarColour::Grey); });
    const auto rgb = fuzz::refusedOrRead<LabelledImages>(
        [&] { return Cifar10Reader::read(*bytes, "fuzz.bin", CifarColour::Rgb); });
    fuzz::require(grey.has_value() == rgb.has_value());
    if (!grey)
        return 0;
    fuzz::checkImages(*grey);
    fuzz::checkImages(*rgb);
    fuzz::require(grey->labels == rgb->labels);
    constexpr std::size_t plane = 32 * 32;
    for (std::size_t n = 0; n < grey->count(); ++n)
        for (std::size_t i = 0; i < plane; ++i) {
            const std::size_t base = n * 3 * plane + i;
            const unsigned sum =
                rgb->pixels[base] + rgb->pixels[base + plane] + rgb->pixels[base + 2 * plane];
            fuzz::require(3 * grey->pixels[n * plane + i] + 1 >= sum &&
                          3 * grey->pixels[n * plane + i] <= sum + 1);
        }
    return 0;
}
