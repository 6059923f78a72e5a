#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace hopfield {

/// A neuron's state or a pattern's pixel: +1 (firing, ink) or -1 (silent, background).
using Spin = std::int8_t;

/// A binary pattern xi of N = width x height spins, stored row by row, with a name.
/// Every spin is +1 or -1; the constructors and set() keep it so.
class Pattern {
public:
    Pattern() = default;
    /// A blank pattern: every spin -1.
    Pattern(int width, int height, std::string name = {});
    /// Throws std::invalid_argument if the size does not match or a spin is not +-1.
    Pattern(int width, int height, std::vector<Spin> spins, std::string name = {});

    int width() const noexcept { return m_width; }
    int height() const noexcept { return m_height; }
    int size() const noexcept { return static_cast<int>(m_spins.size()); }
    const std::string& name() const noexcept { return m_name; }
    void setName(std::string name) { m_name = std::move(name); }

    Spin operator[](int i) const noexcept { return m_spins[static_cast<std::size_t>(i)]; }
    Spin at(int x, int y) const noexcept { return (*this)[y * m_width + x]; }
    void set(int i, Spin s);
    void set(int x, int y, Spin s) { set(y * m_width + x, s); }
    void flip(int i) noexcept { m_spins[static_cast<std::size_t>(i)] *= -1; }

    std::span<const Spin> spins() const noexcept { return m_spins; }

    bool operator==(const Pattern&) const = default;

private:
    int m_width = 0;
    int m_height = 0;
    std::vector<Spin> m_spins;
    std::string m_name;
};

/// Integer overlap sum_i a_i b_i (N times the normalised overlap m).
int overlapSum(std::span<const Spin> a, std::span<const Spin> b);
/// Normalised overlap m = (1/N) sum_i a_i b_i, in [-1, 1].
double overlap(std::span<const Spin> a, std::span<const Spin> b);

/// Checked N = width x height: throws std::invalid_argument for a non-positive side
/// or a product that does not fit in an int.
int checkedNeuronCount(long long width, long long height);

} // namespace hopfield
