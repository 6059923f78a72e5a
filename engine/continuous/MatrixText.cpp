#include "continuous/MatrixText.h"

#include "core/MemoryGuard.h"
#include "io/ParseCursor.h"
#include "io/ParseError.h"

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <vector>

namespace hopfield {

namespace {

// The entries of one line, split at spaces, tabs and commas, up to a '#'.
std::vector<std::string> entriesOf(std::string_view line)
{
    line = line.substr(0, line.find('#'));
    std::vector<std::string> entries;
    std::string current;
    for (char c : line) {
        if (c == ' ' || c == '\t' || c == ',' || c == '\r') {
            if (!current.empty())
                entries.push_back(std::move(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty())
        entries.push_back(std::move(current));
    return entries;
}

/// An entry for an error message: its first bytes, any byte outside printable ASCII as
/// \xNN, so a binary file never puts raw bytes on a terminal.
std::string shownEntry(const std::string& entry)
{
    constexpr std::size_t kShown = 40;
    return entry.size() <= kShown ? detail::quoted(entry)
                                  : detail::quoted(entry.substr(0, kShown)) + "...";
}

} // namespace

Eigen::MatrixXd parseMatrixText(std::string_view text, const std::string& source)
{
    std::vector<double> values;
    std::size_t columns = 0;
    std::size_t rows = 0;
    long long lineNumber = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        ++lineNumber;
        const auto entries = entriesOf(text.substr(start, end - start));
        start = end + 1;
        if (entries.empty())
            continue;
        if (rows == 0)
            columns = entries.size();
        else if (entries.size() != columns)
            throw ParseError(source, ParseError::Position::Line, lineNumber,
                             "row has " + std::to_string(entries.size()) + " entries, expected " +
                                 std::to_string(columns) + " like the first row");
        ensureMemoryFits(arrayBytes(rows + 1, columns, sizeof(double)), "a matrix from " + source);
        for (std::size_t k = 0; k < entries.size(); ++k) {
            char* stop = nullptr;
            const double value = std::strtod(entries[k].c_str(), &stop);
            if (stop != entries[k].c_str() + entries[k].size() || !std::isfinite(value))
                throw ParseError(source, ParseError::Position::Line, lineNumber,
                                 "entry " + std::to_string(k + 1) + " " + shownEntry(entries[k]) +
                                     " is not a finite number");
            values.push_back(value);
        }
        ++rows;
    }
    if (rows == 0)
        throw ParseError(source, ParseError::Position::Line, 0, "no matrix rows found");
    Eigen::MatrixXd matrix(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(columns));
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < columns; ++c)
            matrix(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c)) =
                values[r * columns + c];
    return matrix;
}

Eigen::MatrixXd readMatrixFile(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        throw ParseError(path, ParseError::Position::Line, 0, "cannot open the file");
    // The pattern files' 64 MiB cap: /dev/zero or a wrong file is refused, not read whole.
    return parseMatrixText(detail::readAllBytes(file, path), path);
}

} // namespace hopfield
