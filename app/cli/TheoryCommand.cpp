#include "TheoryCommand.h"

#include "Arguments.h"
#include "JsonWriter.h"
#include "UsageError.h"
#include "analysis/AgsPhaseDiagram.h"
#include "analysis/MixtureStability.h"

#include <array>

namespace hopfield::cli {
namespace {

void writeLine(JsonWriter& json, const char* name, const std::vector<std::array<double, 2>>& line)
{
    json.key(name).beginArray();
    for (const auto& point : line) {
        json.beginArray();
        json.value(point[0]).value(point[1]);
        json.endArray();
    }
    json.endArray();
}

int runAgs(Arguments& args, std::ostream& out)
{
    const auto points = static_cast<int>(args.integer("points", 16, 2, 400));
    args.finish();
    const AgsPhaseDiagram diagram = agsPhaseDiagram(points);
    JsonWriter json(out);
    json.beginObject();
    json.key("theory").value("AGS 1987, replica symmetric, Hebb couplings, h = 0");
    json.key("alpha_c").value(diagram.capacity.alphaC);
    json.key("m_at_alpha_c").value(diagram.capacity.overlapAtAlphaC);
    json.key("y_at_alpha_c").value(diagram.capacity.yAtAlphaC);
    json.key("alpha_c_Tc").value(diagram.globalCapacity);
    writeLine(json, "T_g", diagram.glassLine);
    writeLine(json, "T_M", diagram.retrievalLine);
    writeLine(json, "T_c", diagram.globalLine);
    json.endObject();
    return 0;
}

int runMixtures(Arguments& args, std::ostream& out)
{
    // The Hessian's eigenvalues against T on `points` temperatures evenly over [0, 1].
    const auto points = static_cast<int>(args.integer("points", 51, 2, 10001));
    args.finish();
    std::vector<double> temperatures;
    for (int k = 0; k < points; ++k)
        temperatures.push_back(static_cast<double>(k) / (points - 1));
    JsonWriter json(out);
    json.beginObject();
    json.key("theory").value("symmetric n-mixtures at alpha -> 0, mean-field free energy");
    json.key("mixtures").beginArray();
    for (const int order : {3, 5, 7}) {
        const MixtureState cold = symmetricMixture(order, 0.0);
        json.beginObject();
        json.key("n").value(order);
        json.key("overlap_at_T0").value(cold.overlap);
        json.key("energy_at_T0").value(cold.freeEnergy);
        json.key("stable_below_T").value(mixtureStabilityTemperature(order));
        // Eigenspaces I (the mixture's amplitude), II (inside it), III (a pattern outside).
        json.key("hessian").beginArray();
        for (const MixtureState& state : mixtureCurvatureCurve(order, temperatures)) {
            json.beginObject();
            json.key("T").value(state.temperature);
            json.key("overlap").value(state.overlap);
            json.key("eigenvalue_I").value(state.curvatureSymmetric);
            json.key("eigenvalue_II").value(state.curvatureInternal);
            json.key("eigenvalue_III").value(state.curvatureExternal);
            json.key("stable").value(state.stable);
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return 0;
}

} // namespace

int runTheory(const std::vector<std::string>& words, std::ostream& out)
{
    if (words.empty())
        throw UsageError("theory needs a model: ags or mixtures");
    Arguments args(std::vector<std::string>(words.begin() + 1, words.end()), {});
    if (words[0] == "ags")
        return runAgs(args, out);
    if (words[0] == "mixtures")
        return runMixtures(args, out);
    throw UsageError("unknown theory '" + words[0] + "' (ags, mixtures)");
}

} // namespace hopfield::cli
