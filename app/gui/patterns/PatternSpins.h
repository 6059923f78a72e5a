#pragma once

#include "core/Pattern.h"

#include <QVector>

namespace hopfield::app {

/// A pattern's spins as the plain values ui/ widgets take.
inline QVector<qint8> toSpins(const Pattern& pattern)
{
    return QVector<qint8>(pattern.spins().begin(), pattern.spins().end());
}

} // namespace hopfield::app
