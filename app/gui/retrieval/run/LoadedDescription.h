#pragma once

#include "gui/retrieval/run/RetrievalScene.h"
#include "gui/retrieval/run/RetrievalSetup.h"

#include <QString>

namespace hopfield::app {

/// What the studio has loaded, in a sentence for its description: how many patterns of
/// what size, the rule and the load alpha = P / N, their names, and the start.  Shown
/// when the stored patterns are no longer the ones a demo's own text describes.
QString loadedDescription(const RetrievalScene& scene, const RetrievalSetup& setup);

} // namespace hopfield::app
