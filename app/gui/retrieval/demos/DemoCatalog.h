#pragma once

#include "gui/retrieval/demos/Demo.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace hopfield::app {

/// The built-in demos, the default first.
QList<Demo> demos();
QStringList demoNames();
/// The demo called `name`, or nothing.
std::optional<Demo> findDemo(const QString& name);

} // namespace hopfield::app
