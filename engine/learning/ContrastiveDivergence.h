#pragma once

#include "core/PatternSet.h"
#include "core/Rng.h"
#include "generative/RestrictedBoltzmannMachine.h"

#include <functional>
#include <string>
#include <vector>

namespace hopfield {

/// Where the negative phase of contrastive divergence starts its Gibbs chains.
enum class CdVariant {
    Standard,   ///< CD-k (Hinton 2002): from the data of the batch, k block Gibbs steps
    Persistent, ///< PCD (Tieleman 2008): chains carried over between updates
};

/// "cd", "pcd"; cdVariantFromName throws std::invalid_argument for anything else.
std::string cdVariantName(CdVariant variant);
CdVariant cdVariantFromName(const std::string& name);

struct ContrastiveDivergenceOptions {
    CdVariant variant = CdVariant::Standard;
    int k = 1;                  ///< block Gibbs steps per negative phase (>= 1)
    double learningRate = 0.05; ///< epsilon > 0
    int epochs = 50;            ///< passes over the data (>= 0)
    int batchSize = 0;          ///< examples per update; 0: the whole data set
    int chains = 32;            ///< persistent chains (PCD only, >= 1)
    bool learnBiases = true;    ///< also train a and b
};

/// One point of the learning curve.
struct CdEpoch {
    int epoch = 0;
    /// The exact mean log-likelihood (1/p) sum_a ln P(s^a) by enumeration
    /// (StateEnumeration.h) when N <= kMaxExactLikelihoodNeurons, NaN above.
    double logLikelihood = 0.0;
    double reconstructionError = 0.0; ///< RestrictedBoltzmannMachine::reconstructionError
};

/// The largest N whose exact log-likelihood the training curve computes (2^16 states).
inline constexpr int kMaxExactLikelihoodNeurons = 16;

/// Called after each epoch with the point and the machine; false stops the training.
using CdObserver = std::function<bool(const CdEpoch&, const RestrictedBoltzmannMachine&)>;

struct CdResult {
    std::vector<CdEpoch> curve; ///< epoch 0 (before training), then one point per epoch
    bool cancelled = false;
};

/// Contrastive divergence on `data` (SCIENCE.md section 5): each update moves the
/// parameters along beta (<d(-F)/dtheta>_data - <d(-F)/dtheta>_model), i.e.
///   dW_i,mu = epsilon beta (<s_i zbar_mu>_+ - <s_i zbar_mu>_-),  zbar = E[z | s] / sqrt(beta)
/// (the Rao-Blackwellised form of dW = epsilon beta (<s z>_+ - <s z>_-)), and likewise
/// for the biases; the positive phase is the batch, the negative phase the chains after k
/// block Gibbs steps.  The machine is trained in place.  Throws std::invalid_argument for
/// bad options, empty data or data of the wrong size.
CdResult trainContrastiveDivergence(RestrictedBoltzmannMachine& machine, const PatternSet& data,
                                    const ContrastiveDivergenceOptions& options, Rng& rng,
                                    const CdObserver& observer = {});

/// The supervised "grandmother cell" variant: hidden unit mu stands for class mu
/// (machine.hiddenUnits() == examplesByClass.size()), and in the positive phase the
/// hidden layer is clamped to the label instead of E[hidden | s]: only the class's unit is
/// on, the others silent (statistic 0, neither +1 nor -1, so a unit never learns the
/// negative of the other classes).  On means h = +1 (binary units) or z = sqrt(beta N)
/// (Gaussian units: the value E[z | s] takes when s is its archetype in the Hopfield dual).
/// The negative phase is free, as in trainContrastiveDivergence.  Trained this way from
/// noisy examples, each hidden unit's weights become its class's prototype.  The curve's
/// log-likelihood is that of all the examples, unlabelled.
CdResult trainGrandmotherCells(RestrictedBoltzmannMachine& machine,
                               const std::vector<PatternSet>& examplesByClass,
                               const ContrastiveDivergenceOptions& options, Rng& rng,
                               const CdObserver& observer = {});

} // namespace hopfield
