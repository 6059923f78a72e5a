// libFuzzer target of the PBM reader (P1 and P4); see FuzzPatternFile.h for what it checks.

#include "FuzzPatternFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return hopfield::fuzz::fuzzPatternReader(
        data, size, [](std::istream& in) { return hopfield::readPbm(in, "fuzz.pbm"); });
}
