#pragma once

#include <stdexcept>
#include <string>

namespace hopfield {

/// A malformed pattern file.  what() reads "FILE:LINE: message" for text formats and
/// "FILE: byte OFFSET: message" for binary ones, so a user can find the fault.
class ParseError : public std::runtime_error {
public:
    enum class Position { Line, Byte };

    ParseError(std::string file, Position kind, long long position, const std::string& message)
        : std::runtime_error(format(file, kind, position, message)), m_file(std::move(file)),
          m_kind(kind), m_position(position)
    {
    }

    const std::string& file() const noexcept { return m_file; }
    Position positionKind() const noexcept { return m_kind; }
    /// 1-based line (0: the whole file), or 0-based byte offset.
    long long position() const noexcept { return m_position; }

private:
    static std::string format(const std::string& file, Position kind, long long position,
                              const std::string& message)
    {
        if (kind == Position::Byte)
            return file + ": byte " + std::to_string(position) + ": " + message;
        // Line 0 stands for the file as a whole (it cannot be opened, or its size does
        // not fit the network), so no line is named.
        return position > 0 ? file + ":" + std::to_string(position) + ": " + message
                            : file + ": " + message;
    }

    std::string m_file;
    Position m_kind;
    long long m_position;
};

} // namespace hopfield
