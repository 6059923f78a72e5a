#include "gui/patterns/PatternResource.h"

#include "gui/patterns/MnistDigits.h"
#include "gui/patterns/Photographs.h"
#include "io/AsciiArtFormat.h"

#include <QFile>
#include <algorithm>
#include <sstream>
#include <stdexcept>

namespace hopfield::app {

namespace {

PatternSet readAll(const QString& path)
{
    if (path == kMnistDigitsResource)
        return mnistDigits();
    if (path == kPhotographsResource)
        return photographs();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error(
            QStringLiteral("cannot open %1: %2").arg(path, file.errorString()).toStdString());
    std::istringstream in(file.readAll().toStdString());
    return readAsciiArt(in, path.toStdString());
}

} // namespace

PatternSet loadPatterns(const QString& path, const QStringList& names)
{
    PatternSet all = readAll(path);
    if (names.isEmpty())
        return all;
    PatternSet chosen(all.width(), all.height());
    for (const QString& name : names) {
        const auto found = std::find_if(all.begin(), all.end(), [&](const Pattern& pattern) {
            return pattern.name() == name.toStdString();
        });
        if (found == all.end())
            throw std::runtime_error(
                QStringLiteral("%1 has no pattern named '%2'").arg(path, name).toStdString());
        chosen.add(*found);
    }
    return chosen;
}

} // namespace hopfield::app
