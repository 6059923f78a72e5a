#pragma once

#include "HeatMapGrid.h"
#include "analysis/Sweep.h"

#include <QString>

namespace hopfield::app {

/// A phase diagram computed elsewhere (`hopfield-lab-cli sweep`, or `merge` of a sweep run
/// in shards on a cluster), ready for the phase diagram panel.
struct ImportedPhaseDiagram {
    ui::HeatMapGrid grid; ///< mean overlap, alpha across, T up, one cell per point
    SweepResult result;   ///< the rows as points (no per-sample overlaps), for the export
    int samples = 0;      ///< per point (the fewest, if the rows differ)
};

/// Reads the sweep CSV at `path` (analysis/SweepCsv.h) and lays its points on the (alpha,
/// T) grid they span.  Throws std::runtime_error with one line naming the problem: the
/// file cannot be read, is not a sweep CSV (ParseError with the line), holds more than one
/// noise value, or its points do not fill a regular grid (a point missing or repeated,
/// uneven steps).  A single alpha or T gets a cell a tenth of its value wide (0.01 at 0).
ImportedPhaseDiagram importPhaseDiagram(const QString& path);

} // namespace hopfield::app
