#pragma once

#include "plasticity/Dataset.h"

#include <string>

namespace hopfield {

/// Where the plasticity lab's data come from, named as the CLI's --data names them:
///   "digits"          the bundled 10,000 MNIST digits (resources/data/, see README)
///   "cifar:FILE"      a CIFAR-10 binary batch (plain or .gz), grey
///   "cifar-rgb:FILE"  the same, RGB kept (D = 3,072)
///   FILE              an MNIST IDX images file (plain or .gz) with its labels file
///                     found by MNIST's naming (IdxReader::labelsPathFor)
class DatasetSource {
public:
    /// File names of the bundled digits inside the data directory.
    static constexpr const char* digitsImages = "mnist-10k-images-idx3-ubyte.gz";
    static constexpr const char* digitsLabels = "mnist-10k-labels-idx1-ubyte.gz";

    /// Throws ParseError for an unreadable or malformed file, std::invalid_argument for
    /// an empty spec.
    static Dataset load(const std::string& spec, const std::string& dataDirectory);

    /// The bundled digits in `dataDirectory`.
    static Dataset bundledDigits(const std::string& dataDirectory);

    /// The data directory for an executable in `executableDirectory`: the first of
    /// EXE/data, EXE/../share/hopfield-lab/data and the source tree's resources/data
    /// (compiled in as HOPFIELD_DATA_DIR) that holds the bundled digits; the last one when
    /// none does (loading then names the missing file).
    static std::string findDataDirectory(const std::string& executableDirectory);
    /// findDataDirectory() for the running executable (/proc/self/exe; "." if unknown).
    static std::string findDataDirectory();
};

} // namespace hopfield
