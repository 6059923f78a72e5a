#pragma once

#include "gui/retrieval/run/RetrievalSetup.h"

#include <QString>

namespace hopfield::app {

/// A ready-made experiment: a name for the command line (--demo NAME), a title and a
/// sentence for the window, and the run it starts.
struct Demo {
    QString name;
    QString title;
    QString description;
    RetrievalSetup setup;
};

} // namespace hopfield::app
