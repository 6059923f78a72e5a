// hopfield-lab-cli: every experiment of Hopfield Lab from a command line, with JSON output.
#include "BenchCommand.h"
#include "ControlCommand.h"
#include "OdeCommand.h"
#include "RetrieveCommand.h"
#include "SweepCommand.h"
#include "TheoryCommand.h"
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
  sweep      Monte-Carlo retrieval over load, temperature and noise; prints CSV
             alpha,temperature,noise,mean_overlap,std_overlap,retrieval_fraction,samples
             --rule hebb|pseudo-inverse|storkey|dreaming (hebb) [--dreaming-time T (1)]
             --neurons N (1000) --alpha START:STOP:STEP or A (0.05:0.2:0.05)
             --temperature RANGE or T (0) --noise RANGE or FRACTION (0.1)
             --samples S (10) --seed SEED (1) --threads K (0 = all cores) --sweeps S (100)
             [--random-target] [--per-sample: one row alpha,temperature,noise,sample,overlap]
             retrieved means |m| > 0.9
  theory     ags [--points n (16)]: AGS phase diagram (alpha_c, m_at_alpha_c, T_g, T_M, T_c); JSON
             mixtures: symmetric 3-, 5-, 7-mixtures at alpha -> 0 and their stability; JSON
  bench      spin updates per second of sweeps at N = 1000, 4096, 10000; prints JSON
             [--quick] [--budget SECONDS] [--seed SEED]
             [--peer-script scripts/bench/numpy_peer.py [--peer-python /usr/bin/python3]]
             also times a standard sweep (N = 1000) on one thread and on all cores
  ode        integrate a continuous Hopfield or Krotov network; prints JSON (final state,
             classification, fixed points) or CSV (t,u1..uN,energy)
             --preset NAME | --couplings FILE (matrix, CSV or whitespace) |
             --patterns-file FILE [--rule hebb|pseudo-inverse|storkey|dreaming (hebb)]
             --model hopfield|krotov (hopfield) [--interaction power|exponential --power N]
             --gain tanh|logistic|arctan (tanh) --beta B (1) --input I1,I2,...
             --initial u1,u2,... (required without --preset) --stepper rk4|dopri5 (dopri5)
             --dt DT (0.01) --abs-tol A (1e-8) --rel-tol R (1e-8) --t-max T (50)
             --sample-interval H (0.05) --equilibrium-tol E (1e-8)
             --fixed-point-grid K (15; 5 above 64 neurons) --format json|csv (json) | --list-presets
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
    if (words[0] == "sweep")
        return runSweepCommand(options, std::cout);
    if (words[0] == "theory")
        return runTheory(options, std::cout);
    if (words[0] == "ode")
        return runOde(options, std::cout);
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
