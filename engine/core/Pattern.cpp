#include "core/Pattern.h"

#include <limits>
#include <stdexcept>

namespace hopfield {

int checkedNeuronCount(long long width, long long height)
{
    if (width <= 0 || height <= 0)
        throw std::invalid_argument("pattern size " + std::to_string(width) + "x" +
                                    std::to_string(height) + " must be positive");
    if (width * height > std::numeric_limits<int>::max())
        throw std::invalid_argument("pattern size " + std::to_string(width) + "x" +
                                    std::to_string(height) + " has too many neurons");
    return static_cast<int>(width * height);
}

Pattern::Pattern(int width, int height, std::string name)
    : m_width(width), m_height(height),
      m_spins(static_cast<std::size_t>(checkedNeuronCount(width, height)), Spin{-1}),
      m_name(std::move(name))
{
}

Pattern::Pattern(int width, int height, std::vector<Spin> spins, std::string name)
    : m_width(width), m_height(height), m_spins(std::move(spins)), m_name(std::move(name))
{
    if (static_cast<std::size_t>(checkedNeuronCount(width, height)) != m_spins.size())
        throw std::invalid_argument("pattern of " + std::to_string(width) + "x" +
                                    std::to_string(height) + " given " +
                                    std::to_string(m_spins.size()) + " spins");
    for (Spin s : m_spins)
        if (s != 1 && s != -1)
            throw std::invalid_argument("a spin must be +1 or -1, got " + std::to_string(s));
}

void Pattern::set(int i, Spin s)
{
    if (s != 1 && s != -1)
        throw std::invalid_argument("a spin must be +1 or -1, got " + std::to_string(s));
    m_spins.at(static_cast<std::size_t>(i)) = s;
}

int overlapSum(std::span<const Spin> a, std::span<const Spin> b)
{
    if (a.size() != b.size())
        throw std::invalid_argument("overlap of patterns of different sizes");
    int sum = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        sum += a[i] * b[i];
    return sum;
}

double overlap(std::span<const Spin> a, std::span<const Spin> b)
{
    return a.empty() ? 0.0 : static_cast<double>(overlapSum(a, b)) / static_cast<double>(a.size());
}

} // namespace hopfield
