#pragma once

#include <ostream>
#include <string>

namespace hopfield::cli {

/// `bench --plasticity`: training samples per second of a BCM layer (K = 100, logistic,
/// SGD, batch 100) and of competing hidden units (K = 100, p = 2, k = 2, batch 100) on the
/// bundled digits' 8,000 training images, on every core and on one; with `peerScript`
/// (scripts/bench/plasticity_peer.py) the NumPy peer of the same updates is timed in the
/// same run and the speed-ups reported.  Prints JSON.
int runPlasticityBench(bool quick, const std::string& peerScript, const std::string& peerPython,
                       std::ostream& out);

} // namespace hopfield::cli
