// libFuzzer target of the ASCII-art reader; see FuzzPatternFile.h for what it checks.

#include "FuzzPatternFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return hopfield::fuzz::fuzzPatternReader(
        data, size, [](std::istream& in) { return hopfield::readAsciiArt(in, "fuzz.txt"); });
}
