#pragma once

#include "CsvExport.h"
#include "gui/document/KeyedControls.h"

#include <QWidget>
#include <vector>

class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace hopfield::ui {
class FigureExportButton;
}

namespace hopfield::app {

/// The frame every view of the learning and capacity lab shares: a column of controls with
/// Compute and Cancel, a progress bar and a status line on the left; the figure (or
/// figures) on the right, each with its Export button (PNG, SVG, PDF, CSV).
class LabPanel : public QWidget {
    Q_OBJECT
public:
    explicit LabPanel(const QString& description, QWidget* parent = nullptr);

    /// Starts the computation with the current controls (replacing one under way).
    virtual void compute() = 0;
    virtual void cancel() = 0;

    /// Writes figure `index` (.png at dpi, .svg, .pdf) or its numbers (.csv).
    QString exportTo(int figure, const QString& path, double dpi = 150.0) const;
    int figureCount() const { return static_cast<int>(m_exports.size()); }
    /// The controls a session saves, by key (every add*Control registers its own).
    KeyedControls& keyedControls() noexcept { return m_keyed; }

protected:
    QFormLayout* controls() const noexcept { return m_controls; }
    /// A labelled spin box in the controls column, saved in sessions under `key`.
    QSpinBox* addIntegerControl(const QString& key, const QString& label, int low, int high,
                                int step = 1);
    QDoubleSpinBox* addNumberControl(const QString& key, const QString& label, double low,
                                     double high, double step, int decimals);
    /// Adds a figure to the right-hand side, with an Export button under it.
    void addFigure(QWidget* figure, std::function<std::vector<ui::CsvColumn>()> csv,
                   const QString& baseName, int stretch = 1);
    void setBusy(bool busy);
    void setProgress(double fraction);
    void setStatus(const QString& text);

private:
    QFormLayout* m_controls;
    QWidget* m_figures;
    QProgressBar* m_progress;
    QPushButton* m_compute;
    QPushButton* m_cancel;
    QLabel* m_status;
    std::vector<ui::FigureExportButton*> m_exports;
    KeyedControls m_keyed;
};

} // namespace hopfield::app
