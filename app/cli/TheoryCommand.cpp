#include "TheoryCommand.h"

#include "CommandLine.h"
#include "UsageError.h"
#include "analysis/AgsPhaseDiagram.h"
#include "analysis/MixtureStability.h"

#include <ostream>

namespace hopfield::cli {
namespace {

int runAgs(int points, std::ostream& out)
{
    const AgsPhaseDiagram diagram = agsPhaseDiagram(points);
    nlohmann::ordered_json json;
    json["theory"] = "AGS 1987, replica symmetric, Hebb couplings, h = 0";
    json["alpha_c"] = diagram.capacity.alphaC;
    json["m_at_alpha_c"] = diagram.capacity.overlapAtAlphaC;
    json["y_at_alpha_c"] = diagram.capacity.yAtAlphaC;
    json["alpha_c_Tc"] = diagram.globalCapacity;
    json["T_g"] = diagram.glassLine;
    json["T_M"] = diagram.retrievalLine;
    json["T_c"] = diagram.globalLine;
    return writeJson(json, out);
}

int runMixtures(int points, std::ostream& out)
{
    // The Hessian's eigenvalues against T on `points` temperatures evenly over [0, 1].
    std::vector<double> temperatures;
    for (int k = 0; k < points; ++k)
        temperatures.push_back(static_cast<double>(k) / (points - 1));
    nlohmann::ordered_json json;
    json["theory"] = "symmetric n-mixtures at alpha -> 0, mean-field free energy";
    json["mixtures"] = nlohmann::ordered_json::array();
    for (const int order : {3, 5, 7}) {
        const MixtureState cold = symmetricMixture(order, 0.0);
        nlohmann::ordered_json mixture;
        mixture["n"] = order;
        mixture["overlap_at_T0"] = cold.overlap;
        mixture["energy_at_T0"] = cold.freeEnergy;
        mixture["stable_below_T"] = mixtureStabilityTemperature(order);
        // Eigenspaces I (the mixture's amplitude), II (inside it), III (a pattern outside).
        mixture["hessian"] = nlohmann::ordered_json::array();
        for (const MixtureState& state : mixtureCurvatureCurve(order, temperatures))
            mixture["hessian"].push_back({{"T", state.temperature},
                                          {"overlap", state.overlap},
                                          {"eigenvalue_I", state.curvatureSymmetric},
                                          {"eigenvalue_II", state.curvatureInternal},
                                          {"eigenvalue_III", state.curvatureExternal},
                                          {"stable", state.stable}});
        json["mixtures"].push_back(mixture);
    }
    return writeJson(json, out);
}

} // namespace

int runTheory(const std::vector<std::string>& options, std::ostream& out)
{
    CLI::App command("Mean-field theory of the Hopfield model (SCIENCE.md); prints JSON.",
                     "theory");
    int agsPoints = 16;
    CLI::App* ags = command.add_subcommand(
        "ags", "AGS phase diagram: alpha_c, m_at_alpha_c, T_g, T_M, T_c (Amit et al. 1987)");
    ags->add_option("--points", agsPoints, "points on each line")->check(CLI::Range(2, 400));
    int mixturePoints = 51;
    CLI::App* mixtures = command.add_subcommand(
        "mixtures", "symmetric 3-, 5-, 7-mixtures at alpha -> 0, their stability and the "
                    "Hessian's eigenvalues I, II, III against T");
    mixtures->add_option("--points", mixturePoints, "temperatures evenly over [0, 1]")
        ->check(CLI::Range(2, 10001));
    if (const std::optional<int> status = parseOptions(command, options, out))
        return *status;
    if (ags->parsed())
        return runAgs(agsPoints, out);
    if (mixtures->parsed())
        return runMixtures(mixturePoints, out);
    throw UsageError("theory needs a model: ags or mixtures");
}

} // namespace hopfield::cli
