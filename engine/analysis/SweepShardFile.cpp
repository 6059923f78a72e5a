#include "analysis/SweepShardFile.h"

#include "io/ParseCursor.h"
#include "io/ParseError.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <stdexcept>

namespace hopfield {

namespace {

const std::string kShardLine = "# hopfield-lab shard ";
const std::string kCommandLine = "# command: ";
const std::string kSeedLine = "# seed: ";
const std::string kSamplesLine = "# samples: ";
const std::string kColumns = "item,overlap";

/// Reads the lines of one shard file, numbering them for the messages.
class LineReader {
public:
    LineReader(std::istream& in, const std::string& fileName) : m_in(in), m_file(fileName) {}

    bool next(std::string& line)
    {
        if (!detail::nextLine(m_in, line))
            return false;
        ++m_line;
        return true;
    }

    [[noreturn]] void fail(const std::string& message) const
    {
        throw ParseError(m_file, ParseError::Position::Line, m_line, message);
    }

    /// The text after `prefix` on the next line; fails naming `what` when there is none.
    std::string field(const std::string& prefix, const std::string& what)
    {
        std::string line;
        if (!next(line) || line.rfind(prefix, 0) != 0)
            fail("expected the header line '" + prefix + what + "'");
        return line.substr(prefix.size());
    }

private:
    std::istream& m_in;
    std::string m_file;
    long long m_line = 0;
};

template <typename Number> bool parseWhole(std::string_view text, Number& value)
{
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return !text.empty() && error == std::errc() && end == text.data() + text.size();
}

std::vector<std::string> wordsOf(const std::string& command)
{
    std::istringstream stream(command);
    std::vector<std::string> words;
    for (std::string word; stream >> word;)
        words.push_back(word);
    return words;
}

SampleRange parseSamples(const std::string& text, long long& total, const LineReader& reader)
{
    // "A-B of T"
    const auto dash = text.find('-');
    const auto of = text.find(" of ");
    SampleRange range;
    if (dash == std::string::npos || of == std::string::npos || of < dash ||
        !parseWhole(std::string_view(text).substr(0, dash), range.first) ||
        !parseWhole(std::string_view(text).substr(dash + 1, of - dash - 1), range.last) ||
        !parseWhole(std::string_view(text).substr(of + 4), total))
        reader.fail("expected '# samples: FIRST-LAST of TOTAL', got '" + text + "'");
    if (range.first < 0 || range.last < range.first || range.last > total)
        reader.fail("samples " + text + " is not a range within the sweep");
    return range;
}

} // namespace

void writeSweepShard(std::ostream& out, const SweepShardFile& shard)
{
    out << kShardLine << sweepShardName(shard.shard) << '\n'
        << kCommandLine << shard.command << '\n'
        << kSeedLine << shard.seed << '\n'
        << kSamplesLine << shard.range.first << '-' << shard.range.last << " of "
        << shard.totalSamples << '\n'
        << kColumns << '\n';
    char value[32];
    for (std::size_t i = 0; i < shard.overlaps.size(); ++i) {
        // %.17g round-trips every double: merge recomputes the statistics bit for bit.
        std::snprintf(value, sizeof value, "%.17g", shard.overlaps[i]);
        out << shard.range.first + static_cast<long long>(i) << ',' << value << '\n';
    }
}

SweepShardFile readSweepShard(std::istream& in, const std::string& fileName)
{
    LineReader reader(in, fileName);
    SweepShardFile shard;
    const std::string name = reader.field(kShardLine, "K/N");
    try {
        shard.shard = parseSweepShard(name);
    } catch (const std::invalid_argument& error) {
        reader.fail(error.what());
    }
    shard.command = reader.field(kCommandLine, "the sweep's command line");
    const std::vector<std::string> words = wordsOf(shard.command);
    const auto given = std::find(words.begin(), words.end(), "--shard");
    if (given == words.end() || given + 1 == words.end() || *(given + 1) != name)
        reader.fail("the command does not hold --shard " + name + " of the first line");
    if (!parseWhole(reader.field(kSeedLine, "SEED"), shard.seed))
        reader.fail("the seed is not a whole number");
    shard.range =
        parseSamples(reader.field(kSamplesLine, "FIRST-LAST of TOTAL"), shard.totalSamples, reader);
    std::string line;
    if (!reader.next(line) || line != kColumns)
        reader.fail("expected the column line '" + kColumns + "'");
    long long expected = shard.range.first;
    while (reader.next(line)) {
        const auto comma = line.find(',');
        long long item = -1;
        if (comma == std::string::npos ||
            !parseWhole(std::string_view(line).substr(0, comma), item))
            reader.fail("expected ITEM,OVERLAP, got '" + line + "'");
        if (item != expected)
            reader.fail("expected item " + std::to_string(expected) + ", got " +
                        std::to_string(item));
        if (item >= shard.range.last)
            reader.fail("item " + std::to_string(item) + " lies past the header's range");
        double overlap = 0.0;
        const std::string_view text = std::string_view(line).substr(comma + 1);
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), overlap);
        if (text.empty() || error != std::errc() || end != text.data() + text.size() ||
            !(std::abs(overlap) <= 1.0))
            reader.fail("the overlap '" + std::string(text) + "' is not a number in [-1, 1]");
        shard.overlaps.push_back(overlap);
        ++expected;
    }
    if (expected != shard.range.last)
        reader.fail("the file ends after item " + std::to_string(expected - 1) +
                    "; the header promises items up to " + std::to_string(shard.range.last - 1) +
                    " (a cut file?)");
    return shard;
}

std::string sweepIdentity(const std::string& command)
{
    const std::vector<std::string> words = wordsOf(command);
    std::string identity;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if ((words[i] == "--shard" || words[i] == "--threads") && i + 1 < words.size()) {
            ++i;
            continue;
        }
        identity += (identity.empty() ? "" : " ") + words[i];
    }
    return identity;
}

std::vector<double> mergeSweepShards(const std::vector<SweepShardFile>& shards,
                                     const std::vector<std::string>& names)
{
    if (shards.empty())
        throw std::invalid_argument("no shards to merge");
    if (names.size() != shards.size())
        throw std::invalid_argument("merge needs one name per shard");
    const SweepShardFile& first = shards.front();
    const std::string identity = sweepIdentity(first.command);
    const int count = first.shard.count;
    std::vector<std::size_t> byIndex(static_cast<std::size_t>(count) + 1, shards.size());
    for (std::size_t i = 0; i < shards.size(); ++i) {
        const SweepShardFile& shard = shards[i];
        const std::string pair = names.front() + " and " + names[i];
        if (sweepIdentity(shard.command) != identity)
            throw std::invalid_argument(pair + " are shards of different sweeps: '" + identity +
                                        "' vs '" + sweepIdentity(shard.command) + "'");
        if (shard.seed != first.seed)
            throw std::invalid_argument(pair + " are shards of different sweeps: seed " +
                                        std::to_string(first.seed) + " vs " +
                                        std::to_string(shard.seed));
        if (shard.shard.count != count)
            throw std::invalid_argument(pair + " split the sweep differently: shard " +
                                        sweepShardName(first.shard) + " vs " +
                                        sweepShardName(shard.shard));
        if (shard.totalSamples != first.totalSamples)
            throw std::invalid_argument(
                pair + " disagree on the sweep's size: " + std::to_string(first.totalSamples) +
                " vs " + std::to_string(shard.totalSamples) + " samples");
        std::size_t& slot = byIndex[static_cast<std::size_t>(shard.shard.index)];
        if (slot != shards.size())
            throw std::invalid_argument("shard " + sweepShardName(shard.shard) +
                                        " is given twice: " + names[slot] + " and " + names[i]);
        slot = i;
    }
    std::string missing;
    int missingCount = 0;
    for (int k = 1; k <= count; ++k)
        if (byIndex[static_cast<std::size_t>(k)] == shards.size() && ++missingCount <= 5)
            missing += (missing.empty() ? "" : ", ") + sweepShardName({k, count});
    if (missingCount > 0)
        throw std::invalid_argument("missing " + std::to_string(missingCount) + " of " +
                                    std::to_string(count) + " shards: " + missing +
                                    (missingCount > 5 ? ", ..." : ""));

    std::vector<double> overlaps;
    for (int k = 1; k <= count; ++k) {
        const std::size_t i = byIndex[static_cast<std::size_t>(k)];
        const SampleRange range = shards[i].range;
        if (range.first != static_cast<long long>(overlaps.size()))
            throw std::invalid_argument(
                names[i] + " holds samples from " + std::to_string(range.first) + ", expected " +
                std::to_string(overlaps.size()) + " (shards of another version of the split?)");
        overlaps.insert(overlaps.end(), shards[i].overlaps.begin(), shards[i].overlaps.end());
    }
    if (static_cast<long long>(overlaps.size()) != first.totalSamples)
        throw std::invalid_argument("the shards hold " + std::to_string(overlaps.size()) +
                                    " of the sweep's " + std::to_string(first.totalSamples) +
                                    " samples");
    return overlaps;
}

} // namespace hopfield
