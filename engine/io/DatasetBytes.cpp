#include "io/DatasetBytes.h"

#include "io/ParseError.h"

#include <fstream>
#include <zlib.h>

namespace hopfield {

namespace {

std::string mebibytes(std::size_t bytes)
{
    return std::to_string(bytes >> 20) + " MiB";
}

bool isGzip(std::string_view bytes) noexcept
{
    return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
           static_cast<unsigned char>(bytes[1]) == 0x8b;
}

} // namespace

std::string gunzipIfCompressed(std::string_view bytes, const std::string& fileName,
                               std::size_t maxBytes)
{
    if (!isGzip(bytes))
        return std::string(bytes);
    const auto fail = [&](std::size_t offset, const std::string& message) {
        throw ParseError(fileName, ParseError::Position::Byte, static_cast<long long>(offset),
                         message);
    };
    z_stream stream{};
    // 16 + MAX_WBITS: gzip framing only (RFC 1952), with its CRC and length checked.
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        fail(0, "zlib could not start decompressing");
    std::string out;
    char chunk[1 << 16];
    std::size_t consumed = 0;
    int status = Z_OK;
    while (true) {
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data() + consumed));
        const std::size_t available = bytes.size() - consumed;
        stream.avail_in = static_cast<uInt>(std::min<std::size_t>(available, 1u << 30));
        stream.next_out = reinterpret_cast<Bytef*>(chunk);
        stream.avail_out = sizeof chunk;
        const uInt before = stream.avail_in;
        status = inflate(&stream, Z_NO_FLUSH);
        consumed += before - stream.avail_in;
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
            const std::string reason = stream.msg ? stream.msg : "corrupt data";
            inflateEnd(&stream);
            fail(consumed, "gzip data are corrupt (" + reason + ")");
        }
        out.append(chunk, sizeof chunk - stream.avail_out);
        if (out.size() > maxBytes) {
            inflateEnd(&stream);
            fail(consumed,
                 "decompresses to more than " + mebibytes(maxBytes) + "; a data file is smaller");
        }
        if (status == Z_STREAM_END) {
            // Another member may follow (concatenated gzip files are one file).
            if (consumed < bytes.size() && isGzip(bytes.substr(consumed))) {
                inflateReset(&stream);
                continue;
            }
            break;
        }
        if (status == Z_BUF_ERROR && stream.avail_in == 0 && consumed == bytes.size()) {
            inflateEnd(&stream);
            fail(consumed, "gzip data end early (truncated file)");
        }
    }
    inflateEnd(&stream);
    if (consumed != bytes.size())
        fail(consumed, "unexpected bytes after the gzip data");
    return out;
}

std::string readDatasetFile(const std::string& path, std::size_t maxBytes)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ParseError(path, ParseError::Position::Line, 0, "cannot open the file");
    std::string bytes;
    char chunk[1 << 16];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
        bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > maxBytes)
            throw ParseError(path, ParseError::Position::Byte, static_cast<long long>(maxBytes),
                             "the file goes on past " + mebibytes(maxBytes) +
                                 "; a data file is smaller");
    }
    if (in.bad())
        throw ParseError(path, ParseError::Position::Line, 0, "cannot read the file");
    return gunzipIfCompressed(bytes, path, maxBytes);
}

} // namespace hopfield
