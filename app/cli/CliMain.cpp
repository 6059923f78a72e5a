#include "CliMain.h"

#include "BamCommand.h"
#include "BenchCommand.h"
#include "CommandLine.h"
#include "ControlCommand.h"
#include "Interrupt.h"
#include "LearnCommand.h"
#include "MergeCommand.h"
#include "OdeCommand.h"
#include "PlasticityCommand.h"
#include "RbmCommand.h"
#include "RetrieveCommand.h"
#include "SweepCommand.h"
#include "TamCommand.h"
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
             --seed SEED (1) --form overlap|dense (overlap for hebb, else dense)
             --rule hebb|pseudo-inverse|storkey|dreaming|unlearning|boltzmann|
                    examples-supervised|examples-unsupervised|dense (hebb), with
               dreaming: --dreaming-time T (1)
               unlearning: --lambda L (0.01) --dreams D (0.6 P / L)
               boltzmann: --examples M (300 per pattern) --quality R (0.6)
                 --learning-rate E (0.01) --epochs K (100) --chains C (32)
                 --sweeps-per-epoch S (2)   (trained at T = 1 on noisy examples)
               examples-*: --examples M (20 per pattern) --quality R (0.6)
               dense: --order n|exp (3)   (asynchronous, T = 0 only)
             --field-pattern MU --field H: external field h = H xi^MU (a pattern selector)
  learn      run a learning rule; prints JSON with "stability" (per pattern),
             "stable_fraction" and "learning_curve"
             --rule unlearning|boltzmann|examples|dense|modern (required) --seed SEED (1)
             --neurons N --patterns P [--bias B] | --patterns-file FILE
               (defaults N, P: unlearning 200, 50; boltzmann 30, 2; examples 400, 10;
               dense and modern 100, 200)
             unlearning: --lambda L (0.01) --dreams D (0.6 P / L) --report-every K (D / 100)
               curve: dreams, stable_fraction, stable_bit_fraction, min_stability,
               mean_stability, stored_dream_fraction; milestones d_in, d_top, d_fin
             boltzmann: the boltzmann options above, --samples S (100) --burn-in B (30)
               the single rule J <- J - lambda (<ss>_model,T - <ss>_data): --temperature T (1;
               0 = unlearning) --start hebb|zero (zero) [--fields] [--restart-chains]
               curve: epoch, moment_error; samples' (T = 1) and data's mean squared
               overlaps; kl_data_model (exact, N <= 16 and T > 0, else null)
             examples: --examples M (20) --quality R (0.6)
               --supervision supervised|unsupervised (supervised) --curve 1,2,5,... (M list)
               curve: examples, entropy, theory, supervised, unsupervised,
               example_stable_fraction
             dense: --order n|exp (3) --noise F (0.1) --tries T (min(P, 50)) --sweeps S (30)
               --curve P1,P2,... (P/4, P/2, 3P/4, P)
               curve: patterns, load, retrieval_fraction, mean_overlap,
               hopfield_retrieval_fraction (n = 2 on the same patterns)
             modern: the softmax network s <- X softmax(beta X^T s), as dense but with
               --beta B (1) --steps S (1) in place of --order; a bit is stable when one
               step from its pattern keeps it
  sweep      Monte-Carlo retrieval over load, temperature and noise; prints CSV
             alpha,temperature,noise,mean_overlap,std_overlap,retrieval_fraction,samples
             --rule hebb|pseudo-inverse|storkey|dreaming|unlearning|dense|modern|
                    examples-supervised|examples-unsupervised (hebb)
               [--dreaming-time T (1)] [unlearning: --lambda L (0.01), 0.6 P / L dreams]
               [examples-*: --examples M (20) --quality R (0.6) | --entropy RHO, fresh
                examples per sample, overlap with the unseen archetype]
               [dense: --order n|exp (3), T = 0 only]
               [modern: --beta B (1) --steps S (1), softmax updates, T = 0 only]
             --neurons N (1000) --alpha START:STOP:STEP or A (0.05:0.2:0.05)
             --temperature RANGE or T (0) --noise RANGE or FRACTION (0.1)
             --samples S (10) --seed SEED (1) --threads K (0 = all cores) --sweeps S (100)
             [--random-target] [--per-sample: one row alpha,temperature,noise,sample,overlap]
             retrieved means |m| > 0.9
             --shard K/N: run only the K-th of N shares (balanced by cost: a sample at load
               P weighs P) and print a shard file (# header lines, then item,overlap rows)
  merge      FILE...: the N shard files of one sweep --shard run, in any order, combined into
             the CSV the unsharded sweep prints, byte for byte; refuses shards of different
             sweeps, repeated or missing shards
  theory     ags [--points n (16)]: AGS phase diagram (alpha_c, m_at_alpha_c, T_g, T_M, T_c); JSON
             mixtures: symmetric 3-, 5-, 7-mixtures at alpha -> 0 and their stability, with
               the Hessian's eigenvalues I, II, III against T [--points n (51) over [0, 1]]; JSON
  bench      spin updates per second of sweeps at N = 1000, 4096, 10000; prints JSON
             [--quick] [--budget SECONDS] [--seed SEED]
             [--peer-script scripts/bench/numpy_peer.py [--peer-python /usr/bin/python3]]
             also times a standard sweep (N = 1000) on one thread and on all cores
             --plasticity [--quick] [--peer-script scripts/bench/plasticity_peer.py]: samples
               per second of BCM (K = 100, logistic, batch 100) and competing units (K = 100,
               p = 2) on the bundled digits, beside the NumPy peer's
  ode        integrate a continuous Hopfield or Krotov network; prints JSON (final state,
             classification, fixed points) or CSV (t,u1..uN,energy)
             --preset NAME | --couplings FILE (matrix, CSV or whitespace) |
             --patterns-file FILE [--rule hebb|pseudo-inverse|storkey|dreaming (hebb)]
             --model hopfield|krotov (hopfield) [--interaction power|exponential --power N]
             --gain tanh|logistic|arctan (tanh) --beta B (1) --input I1,I2,...
             --initial u1,u2,... (required without --preset) --stepper rk4|dopri5 (dopri5)
             (rk4: t-max / dt at most 1e8 steps; JSON's fixed-point search: N <= 1000)
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
             --max-iterations I (3000) --restarts R (0, at most 1000) --seed SEED (1)
             [--trajectory csv] (embeds "trajectory_csv": t,u1..uN,X_norm,xi_norm)
  rbm        restricted Boltzmann machines (COMMAND --help lists every option); JSON
             --check-duality --neurons N (10) --patterns P (3) --temperature T (1) --seed S:
               N <= 16: max_abs_log_ratio of the RBM and Hopfield distributions, exact;
               above: histogram_distance of the two samplers' overlaps [--chains --samples]
             --train cd|pcd --k K (1) --hidden H --epochs E (50) --learning-rate R (0.05)
               --data letters|digits|symbols|random|FILE (digits) --units binary|gaussian
               [--supervised] [--init random|hopfield] [--copies C --noise F]: per epoch
               reconstruction_error, and log_likelihood (exact) for N <= 16
  bam        bidirectional associative memory: --neurons N (100) --partner-neurons M (N)
             --pairs P (5) --noise F (0.2) --pair MU (0) --update sync|async (sync)
             --temperature T (0) --steps S (50) --seed S [--demo letters-digits]; JSON
             pair_overlap_s, pair_overlap_tau, retrieved, energy_trace;
             --alpha START:STOP:STEP [--trials T (5)]: capacity CSV for N = M
  tam        layered network splitting the 3-mixture: --neurons N (400) --patterns P (3)
             --layers L (3) --lambda L (0.3) --beta B (5; inf = T 0) --field H (0.1)
             --sweeps S (50) --seed S; JSON per-layer overlaps and separated;
             --trials T [--threads K]: separated_fraction; --map-lambda RANGE
             --map-temperature RANGE: separation map CSV (all cores)
  plasticity BCM neurons (lateral connections, sliding threshold) or competing hidden
             units learning digits; prints JSON with units, epochs, selectivity (per unit),
             mean_selectivity, selected_patterns, overlap_index, memorisation_bound, theta and
             mean_y2 (per unit, BCM), weight_norms (L_p, competing), readout_accuracy,
             pixel_readout_accuracy, confusion, samples_per_second
             --model bcm|competing (bcm) --data digits|FILE[.gz]|cifar:FILE|cifar-rgb:FILE
             (digits: the bundled 10,000 MNIST digits) --units K (100) --epochs E (10)
             --batch B (100) --learning-rate E (0.02) --seed SEED (1)
             bcm: --activation logistic|relu|linear (logistic) --optimizer sgd|adam (sgd)
               --init normal|glorot (normal) --lateral s (0) --memory gamma (0.9)
             competing: --power p (2) --rank k (2) --delta D (0.4)
             --save-weights FILE.pgm (the receptive fields, one tile per unit) or FILE.idx
               (idx3-ubyte, one 8-bit image per unit, 128 = 0)
             --sweep memory=A:B:STEP | lateral=A:B:STEP [--threads K (0 = all cores)]: CSV
               value,mean_selectivity,selected_patterns,overlap_index,memorisation_bound,
               readout_accuracy
             --experiment single-neuron: one linear BCM neuron (or --units K with --lateral s)
               shown two overlapping patterns; JSON selected_pattern, selected_patterns,
               responses (per neuron, per pattern), theta
  help       this text

limits: a failed write to standard output exits 1; HOPFIELD_MEMORY_LIMIT_MB (whole MiB >= 1)
caps the memory a run may plan for, refused before allocating (exit 2); ode and retrieve
stream their samples and traces; Ctrl+C stops ode, retrieve, sweep, control and learn
(unlearning, boltzmann) with closed output and exit 130
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
    if (words[0] == "merge")
        return runMerge(options, std::cout);
    if (words[0] == "theory")
        return runTheory(options, std::cout);
    if (words[0] == "ode")
        return runOde(options, std::cout);
    if (words[0] == "learn")
        return runLearn(options, std::cout);
    if (words[0] == "bench")
        return runBench(options, std::cout);
    if (words[0] == "plasticity")
        return runPlasticity(options, std::cout);
    if (words[0] == "control")
        return runControlCommand(options, std::cout);
    if (words[0] == "rbm")
        return runRbm(options, std::cout);
    if (words[0] == "bam")
        return runBam(options, std::cout);
    if (words[0] == "tam")
        return runTam(options, std::cout);
    throw UsageError("unknown command '" + words[0] + "' (try: hopfield-lab-cli help)");
}

} // namespace

namespace hopfield::cli {

int runCliMain(int argc, char** argv)
{
    try {
        const int status = dispatch(std::vector<std::string>(argv + 1, argv + argc));
        if (interrupted()) {
            // The command stopped early and closed its output; a failed write still says so.
            const int written = finishOutput(std::cout);
            std::cerr << "hopfield-lab-cli: interrupted; the output holds what was done\n";
            return written == 0 ? kInterruptedExitCode : written;
        }
        // Every command's output is flushed and checked here: a full disk or a closed pipe
        // is exit 1 with one line, never a cut file and exit 0.  A command that already
        // failed has said so.
        return status == 0 ? finishOutput(std::cout) : status;
    } catch (const std::exception& error) {
        // Usage errors, malformed files (ParseError), sizes that do not fit
        // (MemoryLimitError) and nonsense parameters (std::invalid_argument) all land
        // here: one line, exit status 2.
        std::cerr << "hopfield-lab-cli: " << error.what() << '\n';
        return 2;
    }
}

} // namespace hopfield::cli
