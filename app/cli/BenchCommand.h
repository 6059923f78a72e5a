#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace hopfield::cli {

/// `bench`: throughput of asynchronous and synchronous sweeps (spin updates per
/// second) at N = 1000, 4096, 10000, P = 0.05 N and 0.1 N, T = 0 and 0.5, printed as
/// JSON; with --peer-script, the NumPy peer is timed in the same run and compared.
/// With --plasticity, the plasticity lab's training speed instead (PlasticityBench.h).
int runBench(const std::vector<std::string>& options, std::ostream& out);

} // namespace hopfield::cli
