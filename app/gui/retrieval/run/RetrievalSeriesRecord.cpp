#include "gui/retrieval/run/RetrievalSeriesRecord.h"

#include "CsvExport.h"

#include <algorithm>

namespace hopfield::app {
namespace {

template <typename T> void keepEveryOther(std::vector<T>& values)
{
    std::size_t kept = 0;
    for (std::size_t i = 0; i < values.size(); i += 2)
        values[kept++] = std::move(values[i]);
    values.resize(kept);
}

} // namespace

RetrievalSeriesRecord::RetrievalSeriesRecord(int capacity) : m_capacity(std::max(capacity, 2)) {}

void RetrievalSeriesRecord::setOverlapNames(const QStringList& names)
{
    m_names = names;
    clear();
}

void RetrievalSeriesRecord::clear()
{
    m_stride = 1;
    m_appended = 0;
    m_time.clear();
    m_energy.clear();
    m_overlaps.assign(static_cast<std::size_t>(m_names.size()), {});
}

void RetrievalSeriesRecord::append(double time, double energyPerNeuron,
                                   const QVector<double>& overlaps)
{
    if (m_appended++ % m_stride != 0)
        return;
    m_time.push_back(time);
    m_energy.push_back(energyPerNeuron);
    for (std::size_t k = 0; k < m_overlaps.size(); ++k)
        m_overlaps[k].push_back(overlaps.value(static_cast<qsizetype>(k)));
    if (rows() > m_capacity)
        halve();
}

void RetrievalSeriesRecord::halve()
{
    keepEveryOther(m_time);
    keepEveryOther(m_energy);
    for (std::vector<double>& column : m_overlaps)
        keepEveryOther(column);
    m_stride *= 2;
}

void RetrievalSeriesRecord::truncateAfter(double time)
{
    const auto keep = static_cast<std::size_t>(
        std::upper_bound(m_time.begin(), m_time.end(), time) - m_time.begin());
    m_time.resize(keep);
    m_energy.resize(keep);
    for (std::vector<double>& column : m_overlaps)
        column.resize(keep);
}

std::vector<ui::CsvColumn> RetrievalSeriesRecord::columns() const
{
    std::vector<ui::CsvColumn> columns = {{QStringLiteral("t"), m_time},
                                          {QStringLiteral("E/N"), m_energy}};
    for (std::size_t k = 0; k < m_overlaps.size(); ++k)
        columns.push_back(
            {QStringLiteral("m(%1)").arg(m_names[static_cast<qsizetype>(k)]), m_overlaps[k]});
    return columns;
}

} // namespace hopfield::app
