#include "io/PatternFile.h"

#include "io/AsciiArtFormat.h"
#include "io/ParseError.h"
#include "io/PbmFormat.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>

namespace hopfield {
namespace {

/// The reason the last failed open() gave, e.g. "No such file or directory".
std::string lastSystemError()
{
    return std::system_category().message(errno);
}

/// Cleans up after a failed write; a failure here would hide the error that matters.
void removeIfPresent(const std::string& path)
{
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
}

std::string serialize(const PatternSet& patterns, PatternFileFormat format)
{
    std::ostringstream out;
    switch (format) {
    case PatternFileFormat::PbmPlain:
        writePbm(out, patterns, PbmEncoding::Plain);
        break;
    case PatternFileFormat::PbmRaw:
        writePbm(out, patterns, PbmEncoding::Raw);
        break;
    case PatternFileFormat::AsciiArt:
        writeAsciiArt(out, patterns);
        break;
    }
    return std::move(out).str();
}

std::string sizeText(int width, int height)
{
    return std::to_string(width) + "x" + std::to_string(height) + " = " +
           std::to_string(static_cast<long long>(width) * height) + " neurons";
}

} // namespace

PatternSet readPatternFile(const std::string& path)
{
    std::error_code ignored;
    if (std::filesystem::is_directory(path, ignored))
        throw ParseError(path, ParseError::Position::Line, 0, "is a directory, not a pattern file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ParseError(path, ParseError::Position::Line, 0,
                         "cannot open the file: " + lastSystemError());
    char magic[2] = {};
    in.read(magic, sizeof magic);
    const bool pbm = in.gcount() == 2 && magic[0] == 'P' && (magic[1] == '1' || magic[1] == '4');
    in.clear();
    in.seekg(0);
    return pbm ? readPbm(in, path) : readAsciiArt(in, path);
}

PatternFileFormat formatForPath(const std::string& path)
{
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".pbm" ? PatternFileFormat::PbmRaw : PatternFileFormat::AsciiArt;
}

void writePatternFile(const std::string& path, const PatternSet& patterns, PatternFileFormat format)
{
    // Serialize first, so nothing touches the disk unless the whole file is ready.
    const std::string bytes = serialize(patterns, format);
    const std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out)
            throw std::runtime_error("cannot write " + path + ": " + lastSystemError());
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.close();
        if (!out) {
            const std::string reason = lastSystemError();
            removeIfPresent(temporary);
            throw std::runtime_error("cannot write " + path + ": " + reason);
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) {
        removeIfPresent(temporary);
        throw std::runtime_error("cannot replace " + path + ": " + error.message());
    }
}

void requireNetworkSize(const PatternSet& patterns, const std::string& fileName, int neurons,
                        int width, int height)
{
    const bool shapeDiffers =
        width > 0 && (patterns.width() != width || patterns.height() != height);
    if (patterns.neurons() == neurons && !shapeDiffers)
        return;
    const std::string network =
        width > 0 ? "is " + sizeText(width, height) : "has " + std::to_string(neurons);
    throw ParseError(fileName, ParseError::Position::Line, 0,
                     "patterns are " + sizeText(patterns.width(), patterns.height()) +
                         " but the network " + network);
}

} // namespace hopfield
