#pragma once

#include "core/PatternSet.h"
#include "discrete/DiscreteModel.h"

namespace hopfield {

/// A DiscreteModel whose dynamics is made of single-unit updates of stored patterns'
/// states (the Hopfield network, the dense associative memory), driven one unit at a time
/// by a caller that owns the visiting order: the retrieval studio animates below a sweep
/// and its session files save that order (issue 10).
class SingleUnitModel : public DiscreteModel {
public:
    /// The update of unit i by the model's own rule at its temperature (Glauber, SCIENCE.md
    /// section 1; the dense memory's T = 0 rule, section 4); true if it flipped.
    virtual bool updateUnit(int i, Rng& rng) = 0;
    /// T >= 0 and finite, and 0 for a model with T = 0 dynamics only, else
    /// std::invalid_argument.
    virtual void setTemperature(double temperature) = 0;
    virtual const PatternSet& patterns() const = 0;

protected:
    SingleUnitModel() = default;
    SingleUnitModel(const SingleUnitModel&) = default;
    SingleUnitModel& operator=(const SingleUnitModel&) = default;
    SingleUnitModel(SingleUnitModel&&) = default;
    SingleUnitModel& operator=(SingleUnitModel&&) = default;
};

} // namespace hopfield
