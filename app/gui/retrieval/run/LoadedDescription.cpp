#include "gui/retrieval/run/LoadedDescription.h"

#include "learning/CouplingRules.h"

#include <QCoreApplication>

namespace hopfield::app {
namespace {

/// Names listed in full up to this many; longer lists show their first and last ones.
constexpr int kListedNames = 10;

QString tr(const char* text)
{
    return QCoreApplication::translate("LoadedDescription", text);
}

QString nameList(const QStringList& names)
{
    if (names.size() <= kListedNames)
        return names.join(QStringLiteral(", "));
    return names.mid(0, kListedNames - 1).join(QStringLiteral(", ")) +
           QStringLiteral(", \u2026, ") + names.back();
}

} // namespace

QString loadedDescription(const RetrievalScene& scene, const RetrievalSetup& setup)
{
    const int count = scene.patterns();
    const QString how =
        setup.denseMemory
            ? tr("in a dense associative memory")
            : tr("with the %1 rule").arg(QString::fromStdString(couplingRuleName(setup.rule)));
    // alpha = P / N, the load of SCIENCE.md section 1.
    const double load = scene.neurons() > 0 ? static_cast<double>(count) / scene.neurons() : 0.0;
    const QString patterns = count == 1 ? tr("1 pattern") : tr("%1 patterns").arg(count);
    return tr("%1 of %2 \u00d7 %3 pixels stored %4 (load \u03b1 = P/N = %5): %6. Start: %7.")
        .arg(patterns)
        .arg(scene.width)
        .arg(scene.height)
        .arg(how)
        .arg(load, 0, 'f', 3)
        .arg(nameList(scene.names), scene.startDescription);
}

} // namespace hopfield::app
