#pragma once

#include "core/Pattern.h"

#include <QVector>
#include <span>
#include <vector>

/// What the generative lab's workers hand the GUI thread: plain value copies of spins and
/// numbers, so a frame outlives the model that made it.
namespace hopfield::app::live {

/// Wall time between two frames of a live run (about 12 per second): slow enough to watch
/// a BAM reverberate or a layer leave the mixture, and the worker sleeps, not the GUI.
inline constexpr unsigned long kFrameMilliseconds = 80;

inline QVector<qint8> spins(std::span<const Spin> state)
{
    return QVector<qint8>(state.begin(), state.end());
}

inline QVector<double> values(const std::vector<double>& numbers)
{
    return QVector<double>(numbers.begin(), numbers.end());
}

} // namespace hopfield::app::live
