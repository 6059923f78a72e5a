#include "gui/retrieval/run/RetrievalHistory.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace hopfield::app {

RetrievalHistory::RetrievalHistory(int capacity) : m_capacity(capacity)
{
    if (capacity < 1)
        throw std::invalid_argument("the history capacity must be >= 1, got " +
                                    std::to_string(capacity));
}

void RetrievalHistory::append(const RetrievalFrame& frame)
{
    m_frames.push_back(frame);
    while (size() > m_capacity)
        m_frames.pop_front();
}

void RetrievalHistory::clear()
{
    m_frames.clear();
}

void RetrievalHistory::truncateAfter(int index)
{
    const auto keep = static_cast<std::size_t>(std::clamp(index + 1, 0, size()));
    m_frames.erase(m_frames.begin() + static_cast<std::ptrdiff_t>(keep), m_frames.end());
}

const RetrievalFrame& RetrievalHistory::at(int index) const
{
    if (index < 0 || index >= size())
        throw std::out_of_range("history frame " + std::to_string(index) + " of " +
                                std::to_string(size()));
    return m_frames[static_cast<std::size_t>(index)];
}

} // namespace hopfield::app
