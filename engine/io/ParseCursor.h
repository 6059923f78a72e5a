#pragma once

// Internal to the engine's file readers: the reading position and text helpers the
// pattern-file parsers and writers (and the couplings reader, MatrixText) share.  Header-only so
// that it adds no source file to the engine target.

#include "io/ParseError.h"

#include <cstddef>
#include <cstdio>
#include <istream>
#include <string>
#include <string_view>
#include <utility>

namespace hopfield::detail {

/// The largest input the parsers read: pattern files are small, and a larger input (a
/// wrong file, an endless device) is refused rather than read into memory.
constexpr std::size_t maxFileBytes = std::size_t{64} << 20;
/// The largest image a pattern file may hold, 2^24 pixels (4096 x 4096): checked from a
/// header before the pixels are read.
constexpr std::size_t maxImagePixels = std::size_t{1} << 24;

/// All of `in`, at most maxFileBytes.  Holding a file whole lets a parser check a
/// header's claimed size against the bytes that really follow before allocating.
inline std::string readAllBytes(std::istream& in, const std::string& fileName)
{
    std::string bytes;
    char chunk[1 << 16];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
        bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > maxFileBytes)
            throw ParseError(fileName, ParseError::Position::Byte,
                             static_cast<long long>(maxFileBytes),
                             "the file goes on past " + std::to_string(maxFileBytes >> 20) +
                                 " MiB; a pattern file is far smaller");
    }
    return bytes;
}

/// `text` quoted for an error message, with control and non-ASCII bytes as \xNN, so a
/// stray byte is visible whatever it is: 'P5', '\x07'.
inline std::string quoted(std::string_view text)
{
    std::string result = "'";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte < 0x7f) {
            result += c;
        } else {
            char escaped[5];
            std::snprintf(escaped, sizeof escaped, "\\x%02X", byte);
            result += escaped;
        }
    }
    return result + "'";
}

inline bool isBlank(char c) noexcept
{
    return c == ' ' || c == '\t' || c == '\r';
}

/// `text` without trailing blanks (spaces, tabs, '\r': CRLF line ends read as LF).
inline std::string_view trimTrailingBlanks(std::string_view text) noexcept
{
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    return text;
}

/// The next line of `in` without its line end: the '\n' and every '\r' before it (CRLF,
/// or a file sent twice through a CRLF conversion: "\r\r\n"), so that a line a writer
/// wrote reads back unchanged however the file travelled.
inline bool nextLine(std::istream& in, std::string& line)
{
    if (!std::getline(in, line))
        return false;
    while (!line.empty() && line.back() == '\r')
        line.pop_back();
    return true;
}

/// `text` without leading and trailing blanks.
inline std::string_view trimBlanks(std::string_view text) noexcept
{
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    return trimTrailingBlanks(text);
}

/// A pattern name as files hold it, on one line of a "; NAME" or "# name: NAME": line
/// breaks (which would end the line early) become spaces, surrounding blanks go.  Readers
/// and writers both apply it, so a name read from a file is written back unchanged.
inline std::string patternName(std::string_view text)
{
    std::string name(text);
    for (char& c : name)
        if (c == '\n' || c == '\r')
            c = ' ';
    return std::string(trimBlanks(name));
}

/// A reading position in a whole file that knows its 1-based line and 0-based byte
/// offset, and throws ParseError naming the file and where the fault is.  Errors name
/// lines until raw binary data has been taken; after that, line numbers mean nothing
/// (the data may hold any number of '\n' bytes) and errors name byte offsets instead.
class ParseCursor {
public:
    ParseCursor(std::string_view bytes, std::string fileName)
        : m_bytes(bytes), m_fileName(std::move(fileName))
    {
    }

    bool atEnd() const noexcept { return m_offset == m_bytes.size(); }
    std::size_t offset() const noexcept { return m_offset; }
    std::size_t remaining() const noexcept { return m_bytes.size() - m_offset; }
    long long line() const noexcept { return m_line; }

    /// The next byte; only when !atEnd().
    char peek() const noexcept { return m_bytes[m_offset]; }

    void advance() noexcept
    {
        if (m_bytes[m_offset++] == '\n')
            ++m_line;
    }

    /// Up to `count` bytes from here, not consumed.
    std::string_view next(std::size_t count = 1) const noexcept
    {
        return m_bytes.substr(m_offset, count);
    }

    /// The bytes from here up to the first one failing `keep` (or the end), not consumed.
    template <typename Predicate> std::string_view peekWhile(Predicate keep) const
    {
        std::size_t end = m_offset;
        while (end < m_bytes.size() && keep(m_bytes[end]))
            ++end;
        return m_bytes.substr(m_offset, end - m_offset);
    }

    /// peekWhile(), consumed.
    template <typename Predicate> std::string_view takeWhile(Predicate keep)
    {
        const std::string_view taken = peekWhile(keep);
        for (std::size_t i = 0; i < taken.size(); ++i)
            advance();
        return taken;
    }

    /// The rest of this line without its '\n', which is consumed.
    std::string_view takeLine()
    {
        const std::string_view line = takeWhile([](char c) { return c != '\n'; });
        if (!atEnd())
            advance();
        return line;
    }

    /// `count` raw bytes, count <= remaining(); from now on errors name byte offsets.
    std::string_view takeBytes(std::size_t count) noexcept
    {
        m_binary = true;
        const std::string_view bytes = m_bytes.substr(m_offset, count);
        m_offset += count;
        return bytes;
    }

    /// Throws ParseError at the current line (or byte offset, after binary data).
    [[noreturn]] void fail(const std::string& message) const
    {
        if (m_binary)
            failAtByte(m_offset, message);
        failAtLine(m_line, message);
    }

    [[noreturn]] void failAtLine(long long line, const std::string& message) const
    {
        throw ParseError(m_fileName, ParseError::Position::Line, line, message);
    }

    [[noreturn]] void failAtByte(std::size_t offset, const std::string& message) const
    {
        throw ParseError(m_fileName, ParseError::Position::Byte, static_cast<long long>(offset),
                         message);
    }

private:
    std::string_view m_bytes;
    std::string m_fileName;
    std::size_t m_offset = 0;
    long long m_line = 1;
    bool m_binary = false;
};

} // namespace hopfield::detail
