#pragma once

#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace hopfield {

/// A fixed set of helper threads, started once, that run one job at a time: run(blocks,
/// work) calls work(b) once for every block b in [0, blocks) and returns when all have
/// finished.  The caller runs block 0 and then, like each helper it woke, claims the next
/// unclaimed block until none is left, so a helper the system has not scheduled yet
/// (other programs on the cores) delays nothing: the caller does its blocks itself and
/// waits only for blocks already under way.  Between jobs the helpers sleep on a
/// condition variable; a job only publishes a function pointer and the address of the
/// caller's callable, so it allocates nothing (a training step asks for several jobs, and
/// starting threads for each cost more than the work on two cores).
///
/// One caller at a time: run() must not be entered again (from another thread or from
/// inside `work`) before it returns.  The first exception thrown by a block is rethrown
/// by run() once every block has finished.
class WorkerPool {
public:
    /// Starts `helpers` threads (helpers >= 0).
    explicit WorkerPool(int helpers);
    /// Wakes the helpers and joins them.
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    int helpers() const noexcept { return static_cast<int>(m_threads.size()); }

    /// Runs work(b) for b in [0, blocks), blocks >= 1, on the caller and the helpers.
    /// `work` must be callable from several threads at once on different blocks.
    template <typename Work> void run(int blocks, const Work& work)
    {
        dispatch(blocks, &callBlock<Work>, &work);
    }

private:
    using Call = void (*)(const void* work, int block);

    template <typename Work> static void callBlock(const void* work, int block)
    {
        (*static_cast<const Work*>(work))(block);
    }

    void dispatch(int blocks, Call call, const void* work);
    /// Claims and runs blocks of the current job until none is left; called with the
    /// lock held and returns with it held.
    void runBlocks(std::unique_lock<std::mutex>& lock);
    void serve();

    std::mutex m_mutex;
    std::condition_variable m_jobReady;
    std::condition_variable m_jobDone;
    // The job, guarded by m_mutex.
    int m_blocks = 0;
    int m_nextBlock = 0; // the first block not yet claimed
    int m_finished = 0;  // blocks finished
    Call m_call = nullptr;
    const void* m_work = nullptr;
    std::exception_ptr m_failure;
    bool m_stopping = false;
    // Last, so the threads start once everything they read exists.
    std::vector<std::jthread> m_threads;
};

} // namespace hopfield
