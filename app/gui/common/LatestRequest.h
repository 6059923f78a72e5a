#pragma once

#include <QtGlobal>
#include <atomic>

namespace hopfield::app {

/// "Latest request wins", the rule of every worker of the window: each request gets a
/// number, and work (queued or running) carrying any older number is stale, to be skipped
/// or its result dropped.  Safe to ask from any thread.
class LatestRequest {
public:
    /// A new request's number; every earlier request is stale from now on.
    quint64 next() noexcept { return ++m_latest; }
    /// Makes every request so far stale (a cancel, a shutdown).
    void supersede() noexcept { ++m_latest; }
    bool isCurrent(quint64 request) const noexcept { return request == m_latest.load(); }

private:
    std::atomic<quint64> m_latest{0};
};

} // namespace hopfield::app
