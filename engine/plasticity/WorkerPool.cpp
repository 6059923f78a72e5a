#include "plasticity/WorkerPool.h"

#include <stdexcept>

namespace hopfield {

WorkerPool::WorkerPool(int helpers)
{
    if (helpers < 0)
        throw std::invalid_argument("a worker pool needs helpers >= 0");
    m_threads.reserve(static_cast<std::size_t>(helpers));
    for (int h = 0; h < helpers; ++h)
        m_threads.emplace_back([this] { serve(); });
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
    if (blocks < 1)
        throw std::invalid_argument("a worker pool job needs at least one block");
    if (blocks == 1) {
        call(work, 0);
        return;
    }
    std::unique_lock lock(m_mutex);
    m_blocks = blocks;
    m_nextBlock = 0;
    m_finished = 0;
    m_call = call;
    m_work = work;
    m_failure = nullptr;
    m_jobReady.notify_all();
    runBlocks(lock);
    // Even after a failure: blocks under way on helpers read `work`, on our caller's stack.
    m_jobDone.wait(lock, [this] { return m_finished == m_blocks; });
    if (m_failure)
        std::rethrow_exception(m_failure);
}

void WorkerPool::runBlocks(std::unique_lock<std::mutex>& lock)
{
    while (m_nextBlock < m_blocks) {
        const int block = m_nextBlock++;
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
        if (++m_finished == m_blocks)
            m_jobDone.notify_one();
    }
}

void WorkerPool::serve()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_jobReady.wait(lock, [this] { return m_stopping || m_nextBlock < m_blocks; });
        if (m_stopping)
            return;
        runBlocks(lock);
    }
}

} // namespace hopfield
