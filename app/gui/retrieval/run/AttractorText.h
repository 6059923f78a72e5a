#pragma once

#include "analysis/StateClassification.h"

#include <QColor>
#include <QString>
#include <QStringList>

namespace hopfield::app {

/// The attractor a classified state is, in words: "retrieved A", "reversed A",
/// "mixture of A, I, -M" (a minus marks a reversed member), or "spin glass".
QString describeAttractor(const StateClassification& classification, const QStringList& names);

/// The badge colour of a kind of attractor.
QColor attractorColour(StateKind kind);

} // namespace hopfield::app
