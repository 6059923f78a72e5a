#pragma once

#include "CsvExport.h"

#include <QToolButton>
#include <functional>
#include <vector>

namespace hopfield::ui {

/// An "Export" button with a menu: PNG at 150, 300 or 600 DPI, SVG, PDF (via FigureExport,
/// so a Figure widget gives real vectors) and CSV of the numbers behind the figure (via
/// CsvExport).  Each entry asks for a file name; exportTo() does the same without asking.
class FigureExportButton : public QToolButton {
    Q_OBJECT
public:
    using CsvSource = std::function<std::vector<CsvColumn>()>;

    FigureExportButton(QWidget* figure, CsvSource csv, const QString& baseName,
                       QWidget* parent = nullptr);

    /// Writes the figure (.png at `dpi`, .svg, .pdf) or its numbers (.csv), chosen by the
    /// extension; returns an empty string on success, a message naming the file otherwise.
    QString exportTo(const QString& path, double dpi = 300.0) const;

signals:
    /// After every export chosen from the menu: the path and the error ("" on success).
    void exported(const QString& path, const QString& error);

private:
    void askAndExport(const QString& extension, const QString& filter, double dpi);

    QWidget* m_figure;
    CsvSource m_csv;
    QString m_baseName;
};

} // namespace hopfield::ui
