#include "gui/patterns/MnistDigits.h"

#include "plasticity/DatasetSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <array>
#include <stdexcept>
#include <string>

namespace hopfield::app {
namespace {

constexpr int kClasses = 10;

QString dataDirectory()
{
    // Next to the executable (as the plasticity lab looks), else the source tree's data.
    const std::string directory =
        QCoreApplication::instance()
            ? DatasetSource::findDataDirectory(QCoreApplication::applicationDirPath().toStdString())
            : DatasetSource::findDataDirectory();
    return QString::fromStdString(directory);
}

PatternSet readExemplars()
{
    const Dataset digits = DatasetSource::bundledDigits(dataDirectory().toStdString());
    std::array<int, kClasses> first{};
    first.fill(-1);
    for (const int index : digits.heldOutIndices()) {
        const int label = digits.labels()[static_cast<std::size_t>(index)];
        if (label >= 0 && label < kClasses && first[static_cast<std::size_t>(label)] < 0)
            first[static_cast<std::size_t>(label)] = index;
    }
    PatternSet set(digits.cols(), digits.rows());
    for (int label = 0; label < kClasses; ++label) {
        const int index = first[static_cast<std::size_t>(label)];
        if (index < 0)
            throw std::runtime_error("the bundled digits hold no " + std::to_string(label));
        // Inputs are pixel / 255: above 0.5 is brighter than half the maximum intensity.
        const auto column = digits.inputs().col(index);
        std::vector<Spin> spins(static_cast<std::size_t>(column.size()));
        for (Eigen::Index i = 0; i < column.size(); ++i)
            spins[static_cast<std::size_t>(i)] = column[i] > 0.5f ? Spin{1} : Spin{-1};
        set.add(Pattern(digits.cols(), digits.rows(), std::move(spins),
                        "MNIST " + std::to_string(label)));
    }
    return set;
}

} // namespace

const PatternSet& mnistDigits()
{
    // Reading all 10,000 images takes a fraction of a second: once per process.  A
    // failed read throws out of the initialiser and is retried on the next call.
    static const PatternSet exemplars = readExemplars();
    return exemplars;
}

std::optional<QString> mnistDigitsMissing()
{
    const QDir directory(dataDirectory());
    for (const char* name : {DatasetSource::digitsImages, DatasetSource::digitsLabels})
        if (!QFileInfo::exists(directory.filePath(QString::fromLatin1(name))))
            return QCoreApplication::translate("MnistDigits", "No %1 in %2")
                .arg(QString::fromLatin1(name), directory.path());
    return std::nullopt;
}

} // namespace hopfield::app
