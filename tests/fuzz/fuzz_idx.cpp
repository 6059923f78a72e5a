// libFuzzer target of the IDX readers (images and labels, plain or gzip); see
// FuzzDatasetBytes.h for what it checks.

#include "FuzzDatasetBytes.h"
#include "io/IdxReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace hopfield;
    const auto bytes = fuzz::decompressed(data, size);
    if (!bytes)
        return 0;
    if (const auto images = fuzz::refusedOrRead<LabelledImages>(
            [&] { return IdxReader::readImages(*bytes, "fuzz.idx"); }))
        fuzz::checkImages(*images);
    if (const auto labels = fuzz::refusedOrRead<std::vector<std::uint8_t>>(
            [&] { return IdxReader::readLabels(*bytes, "fuzz.idx"); })) {
        fuzz::require(!labels->empty() && labels->size() + 8 == bytes->size());
        for (const auto label : *labels)
            fuzz::require(label <= 9);
    }
    return 0;
}
