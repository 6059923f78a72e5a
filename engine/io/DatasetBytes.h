#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace hopfield {

/// The largest data file the dataset readers accept, after decompression: the full
/// MNIST training images (47 MB) and a CIFAR-10 batch (30 MB) fit; a wrong file, an
/// endless device or a gzip bomb is refused before it fills memory.
constexpr std::size_t maxDatasetBytes = std::size_t{128} << 20;

/// `bytes` decompressed when they start with the gzip magic 1f 8b (RFC 1952, through
/// zlib; concatenated members are read one after the other), else `bytes` unchanged.
/// Throws ParseError naming `fileName` and the byte offset for a corrupt or truncated
/// stream, or one that inflates past `maxBytes`.
std::string gunzipIfCompressed(std::string_view bytes, const std::string& fileName,
                               std::size_t maxBytes = maxDatasetBytes);

/// The whole file at `path`, decompressed when it is gzip (see gunzipIfCompressed).
/// Throws ParseError ("PATH: cannot open ...") when it cannot be read, and when the
/// file itself is larger than `maxBytes`.
std::string readDatasetFile(const std::string& path, std::size_t maxBytes = maxDatasetBytes);

} // namespace hopfield
