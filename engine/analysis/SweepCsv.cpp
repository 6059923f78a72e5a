#include "analysis/SweepCsv.h"

#include "io/ParseCursor.h"
#include "io/ParseError.h"

#include <charconv>
#include <sstream>
#include <string_view>

namespace hopfield {

namespace {

const std::string kColumns =
    "alpha,temperature,noise,mean_overlap,std_overlap,retrieval_fraction,samples";

/// The comma-separated fields of `line`.
std::vector<std::string_view> fieldsOf(std::string_view line)
{
    std::vector<std::string_view> fields;
    for (std::size_t start = 0;;) {
        const auto comma = line.find(',', start);
        fields.push_back(
            line.substr(start, comma == std::string_view::npos ? comma : comma - start));
        if (comma == std::string_view::npos)
            return fields;
        start = comma + 1;
    }
}

std::string shortNumber(double value)
{
    std::ostringstream text;
    text << value;
    return text.str();
}

} // namespace

std::vector<SweepCsvRow> readSweepCsv(std::istream& in, const std::string& fileName)
{
    long long lineNumber = 0;
    const auto fail = [&](const std::string& message) {
        throw ParseError(fileName, ParseError::Position::Line, lineNumber, message);
    };
    std::string line;
    const auto next = [&] {
        if (!detail::nextLine(in, line))
            return false;
        ++lineNumber;
        return true;
    };
    if (!next())
        fail("is empty; expected a sweep CSV with the header " + kColumns);
    if (line.rfind("# hopfield-lab shard", 0) == 0)
        fail("is one shard of a sweep; merge the shards first (hopfield-lab-cli merge)");
    if (line != kColumns)
        fail("expected the header " + kColumns + " (the CSV of hopfield-lab-cli sweep or merge)");

    std::vector<SweepCsvRow> rows;
    while (next()) {
        if (line.empty())
            continue;
        const std::vector<std::string_view> fields = fieldsOf(line);
        if (fields.size() != 7)
            fail("expected 7 fields, got " + std::to_string(fields.size()));
        const auto number = [&](std::size_t column, double low, double high) {
            double value = 0.0;
            const std::string_view text = fields[column];
            const auto [end, error] =
                std::from_chars(text.data(), text.data() + text.size(), value);
            if (text.empty() || error != std::errc() || end != text.data() + text.size() ||
                !(value >= low && value <= high))
                fail(std::string(fieldsOf(kColumns)[column]) + " '" + std::string(text) +
                     "' is not a number in [" + shortNumber(low) + ", " + shortNumber(high) + "]");
            return value;
        };
        SweepCsvRow row;
        row.point.alpha = number(0, 0.0, SweepParameters::kMaxLoad);
        if (!(row.point.alpha > 0.0))
            fail("alpha must be above 0");
        row.point.temperature = number(1, 0.0, 10.0);
        row.point.noise = number(2, 0.0, 1.0);
        row.point.meanOverlap = number(3, -1.0, 1.0);
        row.point.stdOverlap = number(4, 0.0, 2.0);
        row.point.retrievalFraction = number(5, 0.0, 1.0);
        const std::string_view samples = fields[6];
        const auto [end, error] =
            std::from_chars(samples.data(), samples.data() + samples.size(), row.samples);
        if (samples.empty() || error != std::errc() || end != samples.data() + samples.size() ||
            row.samples < 1)
            fail("samples '" + std::string(samples) + "' is not a whole number >= 1");
        rows.push_back(std::move(row));
    }
    if (rows.empty())
        fail("has a header but no rows");
    return rows;
}

} // namespace hopfield
