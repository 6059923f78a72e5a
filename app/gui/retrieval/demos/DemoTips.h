#pragma once

#include <QString>

namespace hopfield::app {

/// "Things to try" for a plain demo (a lesson brings its own): a few experiments with the
/// controls beside the network, one a line.  Empty for a name that is no demo.
QString demoThingsToTry(const QString& demoName);

} // namespace hopfield::app
