#include "plasticity/WorkerPool.h"

#include <stdexcept>

namespace hopfield {

WorkerPool::WorkerPool(int helpers)
{
    if (helpers < 0)
        throw std::invalid_argument("a worker pool needs helpers >= 0");
    m_threads.reserve(static_cast<std::size_t>(helpers));
    for (int h = 0; h < helpers; ++h)
        m_threads.emplace_back([this, h] { serve(h + 1); });
}

WorkerPool::~WorkerPool()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_jobReady.notify_all();
    m_threads.clear(); // joins
}

void WorkerPool::dispatch(int blocks, Call call, const void* work)
{
    if (blocks < 1 || blocks - 1 > helpers())
        throw std::invalid_argument("a worker pool job needs 1 <= blocks <= helpers + 1");
    if (blocks == 1) {
        call(work, 0);
        return;
    }
    {
        const std::lock_guard lock(m_mutex);
        m_blocks = blocks;
        m_call = call;
        m_work = work;
        m_pending = blocks - 1;
        m_failure = nullptr;
        ++m_generation;
    }
    m_jobReady.notify_all();
    std::exception_ptr failure;
    try {
        call(work, 0);
    } catch (...) {
        failure = std::current_exception();
    }
    // Even when block 0 failed: the helpers read `work`, which lives on our caller's stack.
    std::unique_lock lock(m_mutex);
    m_jobDone.wait(lock, [this] { return m_pending == 0; });
    if (!failure)
        failure = m_failure;
    lock.unlock();
    if (failure)
        std::rethrow_exception(failure);
}

void WorkerPool::serve(int block)
{
    std::uint64_t seen = 0;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_jobReady.wait(lock, [&] { return m_stopping || m_generation != seen; });
        if (m_stopping)
            return;
        seen = m_generation;
        if (block >= m_blocks)
            continue; // a job smaller than the pool
        const Call call = m_call;
        const void* work = m_work;
        lock.unlock();
        std::exception_ptr failure;
        try {
            call(work, block);
        } catch (...) {
            failure = std::current_exception();
        }
        lock.lock();
        if (failure && !m_failure)
            m_failure = failure;
        if (--m_pending == 0)
            m_jobDone.notify_one();
    }
}

} // namespace hopfield
