#pragma once

#include "gui/retrieval/run/RetrievalFrame.h"

#include <deque>

namespace hopfield::app {

/// The recent frames of a run, kept on the GUI side as value copies so the user can step
/// back and scrub through them: a bounded queue, the oldest dropped past `capacity`.
class RetrievalHistory {
public:
    static constexpr int kDefaultCapacity = 500;

    explicit RetrievalHistory(int capacity = kDefaultCapacity);

    void append(const RetrievalFrame& frame);
    void clear();
    /// Keeps frames 0..index and drops the later ones (the run goes on from `index`).
    void truncateAfter(int index);

    int size() const noexcept { return static_cast<int>(m_frames.size()); }
    int capacity() const noexcept { return m_capacity; }
    bool isEmpty() const noexcept { return m_frames.empty(); }
    /// Frame `index`, 0 being the oldest kept; throws std::out_of_range outside.
    const RetrievalFrame& at(int index) const;

private:
    int m_capacity;
    std::deque<RetrievalFrame> m_frames;
};

} // namespace hopfield::app
