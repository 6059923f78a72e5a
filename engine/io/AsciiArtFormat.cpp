#include "io/AsciiArtFormat.h"

#include "io/ParseCursor.h"

#include <ostream>
#include <stdexcept>
#include <vector>

namespace hopfield {
namespace {

using detail::ParseCursor;

/// The rows read so far of the block being read, and the name line before it.
struct Block {
    std::vector<Spin> spins;
    int rows = 0;
    long long lastRowLine = 0;
    std::string name;
    long long nameLine = 0; // 0: the block has no name line
};

/// Ends the block being read: adds it to `patterns` if it has rows.
void finishBlock(const ParseCursor& cursor, Block& block, PatternSet& patterns, int width)
{
    if (block.rows == 0) {
        if (block.nameLine > 0)
            cursor.failAtLine(block.nameLine, "the name " + detail::quoted(block.name) +
                                                  " has no pattern after it: expected rows "
                                                  "of '#' and '.' on the next line");
        return;
    }
    if (!patterns.empty() && block.rows != patterns.height())
        cursor.failAtLine(block.lastRowLine, "the pattern has a height of " +
                                                 std::to_string(block.rows) + ", expected " +
                                                 std::to_string(patterns.height()) +
                                                 " like the first one");
    patterns.add(Pattern(width, block.rows, std::move(block.spins), std::move(block.name)));
    block = Block{};
}

/// Appends the row `text` on `line` to `block`; the first row of the file sets `width`.
void addRow(const ParseCursor& cursor, long long line, std::string_view text, Block& block,
            int& width)
{
    for (std::size_t column = 0; column < text.size(); ++column)
        if (text[column] != '#' && text[column] != '.')
            cursor.failAtLine(line, "stray character " + detail::quoted(text.substr(column, 1)) +
                                        " at column " + std::to_string(column + 1) +
                                        ": expected '#' or '.'");
    try {
        checkedNeuronCount(static_cast<long long>(text.size()), block.rows + 1LL);
    } catch (const std::invalid_argument& error) {
        cursor.failAtLine(line, error.what());
    }
    if (width == 0)
        width = static_cast<int>(text.size());
    if (text.size() != static_cast<std::size_t>(width))
        cursor.failAtLine(line, "row has " + std::to_string(text.size()) + " columns, expected " +
                                    std::to_string(width));
    for (const char c : text)
        block.spins.push_back(c == '#' ? Spin{1} : Spin{-1});
    ++block.rows;
    block.lastRowLine = line;
}

} // namespace

PatternSet readAsciiArt(std::istream& in, const std::string& fileName)
{
    const std::string bytes = detail::readAllBytes(in, fileName);
    ParseCursor cursor(bytes, fileName);
    PatternSet patterns;
    Block block;
    int width = 0;
    while (!cursor.atEnd()) {
        const long long line = cursor.line();
        const std::string_view text = detail::trimTrailingBlanks(cursor.takeLine());
        if (text.empty()) {
            finishBlock(cursor, block, patterns, width);
        } else if (text.front() == ';') {
            // A name line starts a new block, even without a blank line before it.
            finishBlock(cursor, block, patterns, width);
            block.name = detail::patternName(text.substr(1));
            block.nameLine = line;
        } else {
            addRow(cursor, line, text, block, width);
        }
    }
    finishBlock(cursor, block, patterns, width);
    if (patterns.empty())
        cursor.fail("no pattern in the file: expected rows of '#' and '.'");
    return patterns;
}

void writeAsciiArt(std::ostream& out, const PatternSet& patterns)
{
    for (int mu = 0; mu < patterns.size(); ++mu) {
        const Pattern& pattern = patterns[mu];
        if (mu > 0)
            out << '\n';
        if (const std::string name = detail::patternName(pattern.name()); !name.empty())
            out << "; " << name << '\n';
        for (int y = 0; y < pattern.height(); ++y) {
            for (int x = 0; x < pattern.width(); ++x)
                out << (pattern.at(x, y) > 0 ? '#' : '.');
            out << '\n';
        }
    }
}

} // namespace hopfield
