#include "gui/patterns/Photographs.h"

#include "gui/patterns/ImageImport.h"

namespace hopfield::app {
namespace {

PatternSet readPhotographs()
{
    PatternSet set(kPhotographSide, kPhotographSide);
    for (const QString& name : photographNames()) {
        const QImage grey = readGreyImage(QStringLiteral(":/photographs/%1.png").arg(name));
        set.add(ditherImage(fitToGrid(grey, kPhotographSide, kPhotographSide), false,
                            name.toStdString()));
    }
    return set;
}

} // namespace

QStringList photographNames()
{
    return {QStringLiteral("astronaut"), QStringLiteral("camera"), QStringLiteral("chelsea"),
            QStringLiteral("coffee")};
}

const PatternSet& photographs()
{
    // Four decodes and dithers of 65,536 pixels: a few milliseconds, once per process.
    static const PatternSet set = readPhotographs();
    return set;
}

} // namespace hopfield::app
