#include "analysis/SweepCache.h"

#include <sstream>
#include <stdexcept>

namespace hopfield {

SweepCache::SweepCache(std::size_t capacity) : m_capacity(capacity)
{
    if (capacity == 0)
        throw std::invalid_argument("SweepCache: capacity must be >= 1");
}

std::string SweepCache::key(const SweepParameters& parameters, const std::string& ruleName)
{
    std::ostringstream out;
    out << std::hexfloat; // every bit of every double
    for (const SweepRange& range : {parameters.alpha, parameters.temperature, parameters.noise})
        out << range.start << ':' << range.stop << ':' << range.step << '|';
    out << parameters.neurons << '|' << parameters.samples << '|' << parameters.seed << '|'
        << parameters.randomTarget << '|' << parameters.retrievalThreshold << '|' << ruleName;
    return out.str();
}

std::optional<SweepResult> SweepCache::find(const SweepParameters& parameters,
                                            const std::string& ruleName)
{
    const std::string wanted = key(parameters, ruleName);
    const std::lock_guard lock(m_mutex);
    for (auto entry = m_entries.begin(); entry != m_entries.end(); ++entry)
        if (entry->first == wanted) {
            m_entries.splice(m_entries.begin(), m_entries, entry);
            return m_entries.front().second;
        }
    return std::nullopt;
}

SweepResult SweepCache::run(const SweepParameters& parameters, const SweepRule& rule,
                            const SweepControl& control)
{
    if (auto cached = find(parameters, rule.name))
        return *std::move(cached);
    SweepResult result = runSweep(parameters, rule, control);
    if (!result.cancelled) {
        const std::lock_guard lock(m_mutex);
        m_entries.emplace_front(key(parameters, rule.name), result);
        if (m_entries.size() > m_capacity)
            m_entries.pop_back();
    }
    return result;
}

std::size_t SweepCache::size() const
{
    const std::lock_guard lock(m_mutex);
    return m_entries.size();
}

void SweepCache::clear()
{
    const std::lock_guard lock(m_mutex);
    m_entries.clear();
}

} // namespace hopfield
