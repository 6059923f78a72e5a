#pragma once

#include "CsvExport.h"
#include "gui/plasticity/PlasticityFrame.h"
#include "plasticity/Dataset.h"

#include <QWidget>
#include <memory>
#include <vector>

class QLabel;

namespace hopfield::ui {
class ImageGalleryView;
class TimeSeriesChartView;
class XYChartView;
} // namespace hopfield::ui

namespace hopfield::app {

/// The receptive fields of a layer, live: every unit's weight row as a rows x cols image
/// (diverging map, symmetric about 0), and for the unit clicked its strongest answers
/// among the held-out images, its sorted responses with the mean it is measured against
/// (the selectivity alpha counts the images above it) and the history of its threshold
/// theta beside <y^2>.
class ReceptiveFieldPanel : public QWidget {
    Q_OBJECT
public:
    /// Images shown for the selected unit.
    static constexpr int kTopImages = 12;

    explicit ReceptiveFieldPanel(QWidget* parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> dataset);
    void showFrame(const PlasticityFrame& frame);
    void clear();
    void selectUnit(int unit);
    int selectedUnit() const noexcept { return m_unit; }

    ui::ImageGalleryView* gallery() const noexcept { return m_gallery; }
    ui::ImageGalleryView* topImages() const noexcept { return m_top; }
    /// The weights as CSV: one column per unit.
    std::vector<ui::CsvColumn> weightColumns() const;
    /// Writes the fields (grey, 128 = 0, each field scaled to its largest |w|): to a path
    /// ending in ".idx" as an idx3-ubyte file of one image per unit (IdxWriter), to any
    /// other as one PGM mosaic; returns "" or a message naming the file.
    QString writeWeights(const QString& path) const;

signals:
    void exported(const QString& path, const QString& error);

private:
    void showUnit();

    std::shared_ptr<const Dataset> m_dataset;
    std::shared_ptr<const Eigen::MatrixXf> m_weights;
    std::shared_ptr<const Eigen::MatrixXf> m_responses; ///< K x held-out
    struct Sample {
        double epochs;
        std::vector<double> theta;
        std::vector<double> meanSquare;
    };
    std::vector<Sample> m_history;
    int m_unit = -1;
    ui::ImageGalleryView* m_gallery;
    QLabel* m_unitFacts;
    ui::ImageGalleryView* m_top;
    ui::XYChartView* m_sorted;
    ui::TimeSeriesChartView* m_theta;
    QWidget* m_thetaColumn; ///< hidden for competing units, which have no threshold
};

} // namespace hopfield::app
