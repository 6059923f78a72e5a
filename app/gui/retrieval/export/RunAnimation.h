#pragma once

#include "AnimatedGif.h"
#include "gui/retrieval/run/RetrievalHistory.h"

#include <QVector>

namespace hopfield::app {

/// How a run's history becomes an animation.
struct RunAnimationOptions {
    int longSide = 480;             ///< pixels of the grid's longer side (cells stay whole)
    int delayCentiseconds = 8;      ///< per frame
    int holdLastCentiseconds = 200; ///< the final state stays on screen before the loop
    bool showMeans = false;         ///< each spin's running mean in grey where a frame has it
};

/// The frames of `history` (a width x height network) as pictures: the grid of spins as
/// the studio draws it, the updated spin outlined, and beneath it the time in sweeps and
/// the attractor reached ("t = 2.50 sweeps · retrieved A").  Empty if the history is.
QVector<ui::AnimationFrame> runAnimationFrames(const RetrievalHistory& history, int width,
                                               int height, const RunAnimationOptions& options);

/// Renders the frames and writes them as an animated GIF (ui::gif::write): an empty string
/// on success, or what went wrong.  Values in, nothing shared: it runs on a worker thread
/// (500 frames of a 128 x 128 grid take seconds to render and compress).
QString writeRunAnimation(const QString& path, const RetrievalHistory& history, int width,
                          int height, const RunAnimationOptions& options);

} // namespace hopfield::app
