#pragma once

#include "FigureExportButton.h"

#include <QWidget>

namespace hopfield::app {

/// A figure with its Export button (PNG at a chosen DPI, SVG, PDF, CSV) under it, the
/// unit every view of the plasticity lab is built from.
class FigureColumn : public QWidget {
    Q_OBJECT
public:
    FigureColumn(QWidget* figure, ui::FigureExportButton::CsvSource csv, const QString& baseName,
                 QWidget* parent = nullptr);

    ui::FigureExportButton* exportButton() const noexcept { return m_export; }

signals:
    void exported(const QString& path, const QString& error);

private:
    ui::FigureExportButton* m_export;
};

} // namespace hopfield::app
