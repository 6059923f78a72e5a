#include "io/PbmFormat.h"

#include "io/ParseCursor.h"

#include <algorithm>
#include <limits>
#include <ostream>
#include <stdexcept>
#include <vector>

namespace hopfield {
namespace {

using detail::ParseCursor;
using detail::quoted;

// Netpbm's whitespace: blanks, tabs, CR, LF, vertical tabs and form feeds.
bool isPbmSpace(char c) noexcept
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool isDigit(char c) noexcept
{
    return c >= '0' && c <= '9';
}

/// Skips whitespace and comments ('#' to the end of the line).  When `name` is given, a
/// "# name: TEXT" comment sets it.
void skipSpaceAndComments(ParseCursor& cursor, std::string* name)
{
    while (!cursor.atEnd()) {
        if (isPbmSpace(cursor.peek())) {
            cursor.advance();
        } else if (cursor.peek() == '#') {
            cursor.advance();
            // Netpbm ends a comment at a CR as well as at a LF.
            const std::string_view text =
                detail::trimBlanks(cursor.takeWhile([](char c) { return c != '\n' && c != '\r'; }));
            constexpr std::string_view tag = "name:";
            if (name && text.starts_with(tag))
                *name = detail::patternName(text.substr(tag.size()));
        } else {
            return;
        }
    }
}

/// The magic number of image `index` (0-based); anything else there is an error, and
/// after the first image it is trailing garbage.
PbmEncoding readMagic(ParseCursor& cursor, int index)
{
    const auto inToken = [](char c) {
        return !isPbmSpace(c) && c != '#';
    };
    const std::string_view magic = cursor.peekWhile(inToken);
    if (magic == "P1" || magic == "P4") {
        cursor.takeWhile(inToken);
        return magic == "P1" ? PbmEncoding::Plain : PbmEncoding::Raw;
    }
    // Errors name the token's start: after a P4 raster, that is its byte offset.
    const std::string got = quoted(magic.substr(0, 8));
    if (index == 0)
        cursor.fail("not a PBM file: expected the magic number P1 or P4, got " + got);
    cursor.fail("unexpected " + got + " after image " + std::to_string(index) +
                ": expected the end of the file or the next image's magic number P1 or P4");
}

/// A width or height: a decimal number ending at whitespace, a comment or the end.
int readSize(ParseCursor& cursor, const std::string& what)
{
    if (cursor.atEnd())
        cursor.fail("the file ends before the " + what + ": expected a positive number");
    const std::string_view digits = cursor.peekWhile(isDigit);
    if (digits.empty())
        cursor.fail("expected the " + what + " (a positive number), got " + quoted(cursor.next()));
    const std::string_view after = cursor.next(digits.size() + 1).substr(digits.size());
    if (!after.empty() && !isPbmSpace(after[0]) && after[0] != '#')
        cursor.fail("the " + what + " " + std::string(digits) + " runs into " + quoted(after) +
                    ": expected whitespace");
    constexpr long long limit = std::numeric_limits<int>::max();
    long long value = 0;
    for (const char digit : digits)
        value = std::min(value * 10 + (digit - '0'), limit + 1); // saturates: no overflow
    if (value == 0)
        cursor.fail("the " + what + " must be positive, got 0");
    if (value > limit)
        cursor.fail("the " + what + " " + std::string(digits) + " is too large");
    cursor.takeWhile(isDigit);
    return static_cast<int>(value);
}

/// The "0"/"1" pixels of a P1 image, which may be separated by whitespace and comments.
std::vector<Spin> readPlainRaster(ParseCursor& cursor, int width, int height, int neurons)
{
    // Every pixel takes a byte: refuse a size the file cannot hold before allocating it.
    if (static_cast<std::size_t>(neurons) > cursor.remaining())
        cursor.fail("a " + std::to_string(width) + "x" + std::to_string(height) + " image needs " +
                    std::to_string(neurons) + " pixels but only " +
                    std::to_string(cursor.remaining()) + " bytes follow");
    std::vector<Spin> spins;
    spins.reserve(static_cast<std::size_t>(neurons));
    while (spins.size() < static_cast<std::size_t>(neurons)) {
        skipSpaceAndComments(cursor, nullptr);
        if (cursor.atEnd())
            cursor.fail("pixel data ends after " + std::to_string(spins.size()) + " of " +
                        std::to_string(neurons) + " pixels");
        const char c = cursor.peek();
        if (c != '0' && c != '1')
            cursor.fail("stray character " + quoted(cursor.next()) +
                        " in the pixel data: expected 0, 1, whitespace or a comment");
        cursor.advance();
        spins.push_back(c == '1' ? Spin{1} : Spin{-1});
    }
    return spins;
}

std::size_t rowBytes(int width)
{
    return (static_cast<std::size_t>(width) + 7) / 8;
}

/// The packed pixels of a P4 image: rows of whole bytes, most significant bit first.
std::vector<Spin> readRawRaster(ParseCursor& cursor, int width, int height)
{
    // The Netpbm header ends in exactly one whitespace character; the raster follows.
    if (cursor.atEnd() || !isPbmSpace(cursor.peek()))
        cursor.fail("expected one whitespace character after the height, then the raster");
    cursor.advance();
    const std::size_t stride = rowBytes(width);
    const std::size_t size = stride * static_cast<std::size_t>(height);
    if (size > cursor.remaining())
        cursor.failAtByte(cursor.offset() + cursor.remaining(),
                          "data ends after " + std::to_string(cursor.remaining()) + " of " +
                              std::to_string(size) + " bytes");
    const std::string_view raster = cursor.takeBytes(size);
    std::vector<Spin> spins;
    spins.reserve(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const auto byte = static_cast<unsigned char>(
                raster[static_cast<std::size_t>(y) * stride + static_cast<std::size_t>(x / 8)]);
            spins.push_back((byte >> (7 - x % 8)) & 1 ? Spin{1} : Spin{-1});
        }
    return spins;
}

/// Reads the image that starts at the cursor (its magic number is next) into `patterns`.
void readImage(ParseCursor& cursor, PatternSet& patterns, std::string name)
{
    const PbmEncoding encoding = readMagic(cursor, patterns.size());
    skipSpaceAndComments(cursor, &name);
    const int width = readSize(cursor, "width");
    skipSpaceAndComments(cursor, &name);
    const int height = readSize(cursor, "height");
    int neurons = 0;
    try {
        neurons = checkedNeuronCount(width, height);
    } catch (const std::invalid_argument& error) {
        cursor.fail(error.what());
    }
    // From the header, before any pixel is read: a raw raster packs 8 pixels a byte, so
    // the 64 MiB file cap alone would let one image ask for half a billion spins.
    if (static_cast<std::size_t>(neurons) > detail::maxImagePixels)
        cursor.fail("a " + std::to_string(width) + "x" + std::to_string(height) + " image has " +
                    std::to_string(neurons) + " pixels, more than the " +
                    std::to_string(detail::maxImagePixels) + " a pattern file may hold");
    if (!patterns.empty() && (width != patterns.width() || height != patterns.height()))
        cursor.fail("image " + std::to_string(patterns.size() + 1) + " is " +
                    std::to_string(width) + "x" + std::to_string(height) + ", expected " +
                    std::to_string(patterns.width()) + "x" + std::to_string(patterns.height()) +
                    " like image 1");
    std::vector<Spin> spins = encoding == PbmEncoding::Plain
                                  ? readPlainRaster(cursor, width, height, neurons)
                                  : readRawRaster(cursor, width, height);
    patterns.add(Pattern(width, height, std::move(spins), std::move(name)));
}

void writePlainRaster(std::ostream& out, const Pattern& pattern)
{
    // Netpbm asks plain files to keep lines within 70 characters.
    constexpr int lineLength = 70;
    for (int y = 0; y < pattern.height(); ++y)
        for (int x = 0; x < pattern.width(); ++x) {
            out << (pattern.at(x, y) > 0 ? '1' : '0');
            if (x + 1 == pattern.width() || (x + 1) % lineLength == 0)
                out << '\n';
        }
}

void writeRawRaster(std::ostream& out, const Pattern& pattern)
{
    std::string row(rowBytes(pattern.width()), '\0');
    for (int y = 0; y < pattern.height(); ++y) {
        std::fill(row.begin(), row.end(), '\0'); // the padding bits stay 0
        for (int x = 0; x < pattern.width(); ++x)
            if (pattern.at(x, y) > 0)
                row[static_cast<std::size_t>(x / 8)] |= static_cast<char>(0x80 >> (x % 8));
        out << row;
    }
}

} // namespace

PatternSet readPbm(std::istream& in, const std::string& fileName)
{
    const std::string bytes = detail::readAllBytes(in, fileName);
    ParseCursor cursor(bytes, fileName);
    PatternSet patterns;
    for (;;) {
        std::string name;
        skipSpaceAndComments(cursor, &name);
        if (cursor.atEnd())
            break;
        readImage(cursor, patterns, std::move(name));
    }
    if (patterns.empty())
        cursor.fail("no image in the file: expected the magic number P1 or P4");
    return patterns;
}

void writePbm(std::ostream& out, const PatternSet& patterns, PbmEncoding encoding)
{
    for (const Pattern& pattern : patterns) {
        // The name goes after the magic number, which Netpbm readers expect at byte 0.
        out << (encoding == PbmEncoding::Plain ? "P1\n" : "P4\n");
        if (const std::string name = detail::patternName(pattern.name()); !name.empty())
            out << "# name: " << name << '\n';
        out << pattern.width() << ' ' << pattern.height() << '\n';
        if (encoding == PbmEncoding::Plain)
            writePlainRaster(out, pattern);
        else
            writeRawRaster(out, pattern);
    }
}

} // namespace hopfield
