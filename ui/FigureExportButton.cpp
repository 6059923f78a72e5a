#include "FigureExportButton.h"

#include "FigureExport.h"

#include <QFileDialog>
#include <QMenu>

namespace hopfield::ui {

FigureExportButton::FigureExportButton(QWidget* figure, CsvSource csv, const QString& baseName,
                                       QWidget* parent)
    : QToolButton(parent), m_figure(figure), m_csv(std::move(csv)), m_baseName(baseName)
{
    setText(tr("Export"));
    setToolTip(tr("Save this figure as PNG, SVG or PDF, or its numbers as CSV"));
    setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(this);
    const QString png = tr("PNG image (*.png)");
    for (const double dpi : {150.0, 300.0, 600.0})
        connect(menu->addAction(tr("PNG, %1 DPI…").arg(dpi)), &QAction::triggered, this,
                [this, png, dpi] { askAndExport(QStringLiteral("png"), png, dpi); });
    connect(menu->addAction(tr("SVG…")), &QAction::triggered, this,
            [this] { askAndExport(QStringLiteral("svg"), tr("SVG image (*.svg)"), 96.0); });
    connect(menu->addAction(tr("PDF…")), &QAction::triggered, this,
            [this] { askAndExport(QStringLiteral("pdf"), tr("PDF document (*.pdf)"), 96.0); });
    menu->addSeparator();
    connect(menu->addAction(tr("CSV data…")), &QAction::triggered, this,
            [this] { askAndExport(QStringLiteral("csv"), tr("CSV table (*.csv)"), 96.0); });
    setMenu(menu);
}

QString FigureExportButton::exportTo(const QString& path, double dpi) const
{
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        return csv::write(path, m_csv());
    figure::Options options;
    options.dpi = dpi;
    options.title = m_baseName;
    return figure::write(*m_figure, path, options);
}

void FigureExportButton::askAndExport(const QString& extension, const QString& filter, double dpi)
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(m_baseName),
                                                m_baseName + QLatin1Char('.') + extension, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + extension, Qt::CaseInsensitive))
        path += QLatin1Char('.') + extension;
    emit exported(path, exportTo(path, dpi));
}

} // namespace hopfield::ui
