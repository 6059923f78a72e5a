// hopfield-lab-cli: every experiment of Hopfield Lab from a command line, with JSON output.
#include "BenchCommand.h"
#include "ControlCommand.h"
#include "RetrieveCommand.h"
#include "UsageError.h"

#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

constexpr const char* kUsage = R"(usage: hopfield-lab-cli COMMAND [--option value ...]

commands:
  retrieve   store patterns, corrupt one (or build a mixture), run Glauber dynamics; prints JSON
             --neurons N --patterns P [--bias B] | --patterns-file FILE (PBM or ASCII art)
             --target MU (0) --noise FRACTION (0.2) | --mixture 0,1,2
             --temperature T (0) --update async|sequential|sync (async) --sweeps S (100)
             --seed SEED (1) --rule hebb|pseudo-inverse|storkey|dreaming (hebb)
             --dreaming-time T (1) --form overlap|dense (overlap for hebb, else dense)
  bench      spin updates per second of sweeps at N = 1000, 4096, 10000; prints JSON
             [--quick] [--budget SECONDS] [--seed SEED]
             [--peer-script scripts/bench/numpy_peer.py [--peer-python /usr/bin/python3]]
  control    the controlled network du/dt = (A + xi) g(u) - u with its optimal control; prints JSON
             [--preset NAME | --list-presets]  (presets: recognise, record, forget-recover,
             wandering, authors-map; flags given with a preset override it)
             --a a11,a12,... (row-major) [--neurons N] --initial u1,...,uN
             --mu M (0.5; slides' convention, near 1 = conservative) --lambda L (0)
             --K K (0.5, existing synapses) --k k (0, silent synapses)
             --controllable 0:1,1:0 (default: existing synapses, and silent ones if k > 0)
             --gain tanh|logistic|arctan (arctan) --beta B (10)
             [--map] (the authors' map u(t+1) = (A + xi) g(u); horizon = --steps)
             --horizon T (0 = automatic) --steps S (400) --pieces P (<= 40, divides S)
             --max-iterations I (3000) --restarts R (0) --seed SEED (1)
             [--trajectory csv] (embeds "trajectory_csv": t,u1..uN,X_norm,xi_norm)
  help       this text
)";

int dispatch(const std::vector<std::string>& words)
{
    using namespace hopfield::cli;
    if (words.empty() || words[0] == "help" || words[0] == "--help" || words[0] == "-h") {
        std::cout << kUsage;
        return words.empty() ? 2 : 0;
    }
    const std::vector<std::string> options(words.begin() + 1, words.end());
    if (words[0] == "retrieve")
        return runRetrieve(options, std::cout);
    if (words[0] == "bench")
        return runBench(options, std::cout);
    if (words[0] == "control")
        return runControlCommand(options, std::cout);
    throw UsageError("unknown command '" + words[0] + "' (try: hopfield-lab-cli help)");
}

} // namespace

int main(int argc, char** argv)
{
    try {
        return dispatch(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const std::exception& error) {
        // Usage errors, malformed files (ParseError), sizes that do not fit
        // (MemoryLimitError) and nonsense parameters (std::invalid_argument) all land
        // here: one line, exit status 2.
        std::cerr << "hopfield-lab-cli: " << error.what() << '\n';
        return 2;
    }
}
