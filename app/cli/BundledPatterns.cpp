#include "BundledPatterns.h"

#include "BundledPatternText.h"
#include "io/AsciiArtFormat.h"
#include "io/PatternFile.h"

#include <sstream>

namespace hopfield::cli {
namespace {

PatternSet readBundled(BundledSet set, const std::string& name)
{
    std::istringstream text{std::string(bundledPatternText(set))};
    return readAsciiArt(text, name + ".txt");
}

} // namespace

PatternSet namedPatterns(const std::string& name)
{
    if (name == "letters")
        return readBundled(BundledSet::Letters, name);
    if (name == "digits")
        return readBundled(BundledSet::Digits, name);
    if (name == "symbols")
        return readBundled(BundledSet::Symbols, name);
    return readPatternFile(name);
}

} // namespace hopfield::cli
