#pragma once

#include "core/Pattern.h"
#include "core/Rng.h"

#include <span>
#include <vector>

namespace hopfield {

/// The one stepping interface of the discrete models (DESIGN.md, "one model = one class
/// with the same small surface"; issue 10): a state of +-1 units, step(n, rng), energy()
/// and overlaps().  A view or a worker that animates any model holds a DiscreteModel and
/// needs nothing else; what a model adds (the RBM's hidden units, the BAM's two layers, the
/// layered network's layers) stays on its own class.  The call is per step of n sweeps,
/// never per spin, so the virtual dispatch costs nothing next to the work.
class DiscreteModel {
public:
    virtual ~DiscreteModel() = default;

    /// Number of +-1 units in state() (all layers together).
    virtual int units() const = 0;
    /// Every +-1 unit of the model, layer after layer (the RBM: its visible units only).
    virtual std::span<const Spin> state() const = 0;
    /// Throws std::invalid_argument if the size is wrong or a value is not +-1.
    virtual void setState(std::span<const Spin> spins) = 0;
    /// Runs `sweeps` of the model's own dynamics (a sweep visits every unit once on
    /// average; a block Gibbs or synchronous step counts as one); returns the units of
    /// state() that changed sign over the whole call, counting every flip.
    virtual int step(int sweeps, Rng& rng) = 0;
    /// The model's energy (or, for the RBM, the free energy of the visible state): the
    /// function that asynchronous T = 0 dynamics never raises.
    virtual double energy() const = 0;
    /// The overlaps that describe the state: m_mu = (1/N) xi^mu . s for a Hopfield net,
    /// per layer and pattern for layered models (each class documents its order).
    virtual std::vector<double> overlaps() const = 0;

protected:
    DiscreteModel() = default;
    DiscreteModel(const DiscreteModel&) = default;
    DiscreteModel& operator=(const DiscreteModel&) = default;
    DiscreteModel(DiscreteModel&&) = default;
    DiscreteModel& operator=(DiscreteModel&&) = default;
};

} // namespace hopfield
