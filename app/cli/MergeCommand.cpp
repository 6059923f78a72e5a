#include "MergeCommand.h"

#include "SweepCommand.h"
#include "UsageError.h"
#include "analysis/SweepShardFile.h"

#include <fstream>
#include <sstream>

namespace hopfield::cli {

int runMerge(const std::vector<std::string>& files, std::ostream& out)
{
    if (files.empty())
        throw UsageError("merge expects the shard files of one sweep: merge FILE...");
    std::vector<SweepShardFile> shards;
    for (const std::string& file : files) {
        if (file.rfind("--", 0) == 0)
            throw UsageError("merge takes no options, got '" + file + "'");
        std::ifstream in(file, std::ios::binary);
        if (!in)
            throw UsageError("cannot open shard '" + file + "'");
        shards.push_back(readSweepShard(in, file));
    }
    const std::vector<double> overlaps = mergeSweepShards(shards, files);

    // The sweep's options are those of the recorded command, less its --shard: the same
    // parser as `sweep` rebuilds the grid and the output form.
    std::istringstream command(shards.front().command);
    std::vector<std::string> words;
    std::string word;
    command >> word >> word; // "hopfield-lab-cli sweep"
    while (command >> word) {
        if (word == "--shard")
            command >> word;
        else
            words.push_back(word);
    }
    const SweepJob job = parseSweepJob(words);
    writeSweepCsv(sweepResultFromOverlaps(job.parameters, overlaps), job.perSample, out);
    return 0;
}

} // namespace hopfield::cli
