// libFuzzer target of the couplings reader (MatrixText: rows of numbers, CSV or
// whitespace).  It may refuse input only with ParseError (or MemoryLimitError); what it
// accepts is a finite rectangular matrix that reads back the same when written out.

#include "continuous/MatrixText.h"
#include "core/MemoryGuard.h"
#include "io/ParseError.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace hopfield;
    Eigen::MatrixXd matrix;
    try {
        matrix = parseMatrixText(std::string_view(reinterpret_cast<const char*>(data), size),
                                 "fuzz.txt");
    } catch (const ParseError&) {
        return 0;
    } catch (const MemoryLimitError&) {
        return 0;
    }
    if (matrix.size() == 0 || !matrix.allFinite())
        std::abort();
    // %.17g round-trips every double.
    std::string text;
    char entry[32];
    for (Eigen::Index i = 0; i < matrix.rows(); ++i) {
        for (Eigen::Index j = 0; j < matrix.cols(); ++j) {
            std::snprintf(entry, sizeof entry, j == 0 ? "%.17g" : ", %.17g", matrix(i, j));
            text += entry;
        }
        text += '\n';
    }
    if (parseMatrixText(text, "written.txt") != matrix)
        std::abort();
    return 0;
}
