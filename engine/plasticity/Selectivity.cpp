#include "plasticity/Selectivity.h"

#include <algorithm>

namespace hopfield {

SelectivityReport measureSelectivity(const Eigen::MatrixXf& responses)
{
    SelectivityReport report;
    const auto units = responses.rows();
    const auto patterns = responses.cols();
    report.patterns = static_cast<int>(patterns);
    report.selectivity.assign(static_cast<std::size_t>(units), 0);
    std::vector<bool> selected(static_cast<std::size_t>(patterns), false);
    long long total = 0;
    for (Eigen::Index i = 0; i < units; ++i) {
        const auto row = responses.row(i);
        // A constant row selects nothing; its mean may differ from its entries by a
        // rounding error, so it is caught before the comparison.
        if (patterns == 0 || row.maxCoeff() == row.minCoeff())
            continue;
        const double mean = row.cast<double>().mean();
        int alpha = 0;
        for (Eigen::Index x = 0; x < patterns; ++x) {
            if (static_cast<double>(row(x)) - mean > 0) {
                ++alpha;
                selected[static_cast<std::size_t>(x)] = true;
            }
        }
        report.selectivity[static_cast<std::size_t>(i)] = alpha;
        total += alpha;
    }
    report.selectedPatterns = static_cast<int>(std::count(selected.begin(), selected.end(), true));
    report.meanSelectivity =
        units > 0 ? static_cast<double>(total) / static_cast<double>(units) : 0;
    report.overlapIndex =
        report.meanSelectivity > 0 ? report.selectedPatterns / report.meanSelectivity : 0;
    report.memorisationBound = static_cast<int>(std::min<long long>(patterns, total));
    return report;
}

} // namespace hopfield
