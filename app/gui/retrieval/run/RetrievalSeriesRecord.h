#pragma once

#include "CsvExport.h"
#include "gui/retrieval/run/RetrievalFrame.h"

#include <QStringList>
#include <vector>

namespace hopfield::app {

/// The time series of a run for CSV export: time, E/N and the charted overlaps of every
/// frame since the last (re)start.  Bounded: past `capacity` rows every other row is
/// dropped and only every 2nd (then 4th, ...) new frame is kept, so a long run keeps its
/// whole span at an even density.
class RetrievalSeriesRecord {
public:
    explicit RetrievalSeriesRecord(int capacity = 100000);

    /// New columns (the charted overlaps' names); drops the rows.
    void setOverlapNames(const QStringList& names);
    void append(double time, double energyPerNeuron, const QVector<double>& overlaps);
    void clear();
    /// Keeps the rows with time <= `time` (the run went back to an earlier frame).
    void truncateAfter(double time);

    int rows() const noexcept { return static_cast<int>(m_time.size()); }
    /// "t", "E/N", then "m(name)" per overlap.
    std::vector<ui::CsvColumn> columns() const;

private:
    void halve();

    int m_capacity;
    int m_stride = 1;
    long long m_appended = 0;
    QStringList m_names;
    std::vector<double> m_time;
    std::vector<double> m_energy;
    std::vector<std::vector<double>> m_overlaps; ///< one vector per name
};

} // namespace hopfield::app
