#pragma once

// The contract the dataset-reader fuzz targets check.  Input may be gzip'd; a reader may
// refuse malformed bytes only with ParseError; what it accepts must be whole images with
// labels 0-9, and must become a Dataset whose split covers every image once.

#include "io/DatasetBytes.h"
#include "io/LabelledImages.h"
#include "io/ParseError.h"
#include "plasticity/Dataset.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace hopfield::fuzz {

/// A cap far below the readers' own, so a gzip bomb costs milliseconds, not seconds.
constexpr std::size_t fuzzMaxBytes = std::size_t{4} << 20;

inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

/// Aborts unless `images` are consistent and make a consistent Dataset.
inline void checkImages(const LabelledImages& images)
{
    require(images.imageSize() > 0 && images.count() > 0);
    require(images.pixels.size() == images.imageSize() * images.count());
    require(images.labels.empty() || images.labels.size() == images.count());
    for (const auto label : images.labels)
        require(label <= 9);
    const Dataset dataset(images);
    require(dataset.trainIndices().size() + dataset.heldOutIndices().size() == images.count());
    require(dataset.inputs().minCoeff() >= 0.0f && dataset.inputs().maxCoeff() <= 1.0f);
}

/// The decompressed bytes, or nullopt when the gzip layer refused them.
inline std::optional<std::string> decompressed(const std::uint8_t* data, std::size_t size)
{
    try {
        return gunzipIfCompressed(std::string_view(reinterpret_cast<const char*>(data), size),
                                  "fuzz", fuzzMaxBytes);
    } catch (const ParseError&) {
        return std::nullopt;
    }
}

/// Runs `read` on the bytes; a ParseError is a refusal, anything else escapes.
template <typename Result> std::optional<Result> refusedOrRead(const std::function<Result()>& read)
{
    try {
        return read();
    } catch (const ParseError&) {
        return std::nullopt;
    }
}

} // namespace hopfield::fuzz
