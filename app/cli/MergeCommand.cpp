#include "MergeCommand.h"

#include "CommandLine.h"
#include "SweepCommand.h"
#include "UsageError.h"
#include "analysis/SweepShardFile.h"

#include <fstream>
#include <sstream>

namespace hopfield::cli {

int runMerge(const std::vector<std::string>& options, std::ostream& out)
{
    CLI::App command("The N shard files of one `sweep --shard K/N` run, in any order, combined "
                     "into the CSV the unsharded sweep prints, byte for byte.",
                     "merge");
    std::vector<std::string> files;
    command.add_option("files", files, "FILE...: the shard files");
    if (const std::optional<int> status = parseOptions(command, options, out))
        return *status;
    if (files.empty())
        throw UsageError("merge expects the shard files of one sweep: merge FILE...");
    std::vector<SweepShardFile> shards;
    for (const std::string& file : files) {
        std::ifstream in(file, std::ios::binary);
        if (!in)
            throw UsageError("cannot open shard '" + file + "'");
        shards.push_back(readSweepShard(in, file));
    }
    const std::vector<double> overlaps = mergeSweepShards(shards, files);

    // The sweep's options are those of the recorded command, less its --shard: the same
    // parser as `sweep` rebuilds the grid and the output form.
    std::istringstream recorded(shards.front().command);
    std::vector<std::string> words;
    std::string word;
    recorded >> word >> word; // "hopfield-lab-cli sweep"
    while (recorded >> word) {
        if (word == "--shard")
            recorded >> word;
        else
            words.push_back(word);
    }
    const SweepJob job = parseSweepJob(words);
    writeSweepCsv(sweepResultFromOverlaps(job.parameters, overlaps), job.perSample, out);
    return finishOutput(out);
}

} // namespace hopfield::cli
