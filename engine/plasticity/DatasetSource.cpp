#include "plasticity/DatasetSource.h"

#include "io/Cifar10Reader.h"
#include "io/IdxReader.h"

#include <filesystem>
#include <stdexcept>

namespace hopfield {

namespace {

bool startsWith(const std::string& text, const std::string& prefix)
{
    return text.rfind(prefix, 0) == 0;
}

} // namespace

Dataset DatasetSource::bundledDigits(const std::string& dataDirectory)
{
    const std::filesystem::path dir(dataDirectory);
    return Dataset(
        IdxReader::readFiles((dir / digitsImages).string(), (dir / digitsLabels).string()),
        "MNIST digits (10,000 bundled)");
}

Dataset DatasetSource::load(const std::string& spec, const std::string& dataDirectory)
{
    if (spec.empty())
        throw std::invalid_argument("no dataset named (digits, FILE or cifar:FILE)");
    if (spec == "digits")
        return bundledDigits(dataDirectory);
    for (const auto& [prefix, colour] : {std::pair{std::string("cifar:"), CifarColour::Grey},
                                         std::pair{std::string("cifar-rgb:"), CifarColour::Rgb}}) {
        if (startsWith(spec, prefix)) {
            const std::string path = spec.substr(prefix.size());
            return Dataset(Cifar10Reader::readFile(path, colour), path);
        }
    }
    return Dataset(IdxReader::readFiles(spec), spec);
}

std::string DatasetSource::findDataDirectory(const std::string& executableDirectory)
{
    const std::filesystem::path exe(executableDirectory);
    for (const auto& candidate : {exe / "data", exe / ".." / "share" / "hopfield-lab" / "data"}) {
        std::error_code error;
        if (std::filesystem::is_regular_file(candidate / digitsImages, error))
            return candidate.lexically_normal().string();
    }
    return HOPFIELD_DATA_DIR;
}

std::string DatasetSource::findDataDirectory()
{
    std::error_code error;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
    return findDataDirectory(error ? std::string(".") : exe.parent_path().string());
}

} // namespace hopfield
