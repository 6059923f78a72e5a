#include "gui/plasticity/SelectivitySeries.h"

#include <QCoreApplication>

namespace hopfield::app {
namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("SelectivitySeries", text);
}

ui::XYSeries curve(const QString& name)
{
    return {name, {}, {}, {}, Qt::SolidLine, true};
}

} // namespace

SelectivitySeries::SelectivitySeries()
    : mean(curve(translated("mean α / N"))), selected(curve(translated("selected S / N"))),
      beta(curve(translated("beta")))
{
}

void SelectivitySeries::append(double x, double meanFraction, double selectedFraction,
                               double overlapIndex)
{
    mean.points.append({x, meanFraction});
    selected.points.append({x, selectedFraction});
    beta.points.append({x, overlapIndex});
}

void SelectivitySeries::showOn(ui::XYChartView& selectivity, ui::XYChartView& overlap) const
{
    selectivity.setSeries({mean, selected});
    overlap.setSeries({beta});
}

QString SelectivitySeries::overlapTitle()
{
    return translated("Overlap index β = S / ⟨α⟩");
}

} // namespace hopfield::app
