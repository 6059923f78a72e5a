#include "gui/plasticity/FigureColumn.h"

#include <QVBoxLayout>

namespace hopfield::app {
namespace {

constexpr QSize kMinimumFigure(220, 180);

} // namespace

FigureColumn::FigureColumn(QWidget* figure, ui::FigureExportButton::CsvSource csv,
                           const QString& baseName, QWidget* parent)
    : QWidget(parent), m_export(new ui::FigureExportButton(figure, std::move(csv), baseName))
{
    // Charts ask for 560 pixels each; the lab places up to three abreast in 1280.
    figure->setMinimumSize(kMinimumFigure);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(figure, 1);
    layout->addWidget(m_export, 0, Qt::AlignRight);
    connect(m_export, &ui::FigureExportButton::exported, this, &FigureColumn::exported);
}

} // namespace hopfield::app
