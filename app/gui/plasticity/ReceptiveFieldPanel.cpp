#include "gui/plasticity/ReceptiveFieldPanel.h"

#include "ImageGalleryView.h"
#include "TimeSeriesChartView.h"
#include "XYChartView.h"
#include "gui/plasticity/ChartColumns.h"
#include "gui/plasticity/FigureColumn.h"
#include "io/IdxWriter.h"
#include "io/WeightMosaic.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <fstream>
#include <numeric>

namespace hopfield::app {

ReceptiveFieldPanel::ReceptiveFieldPanel(QWidget* parent)
    : QWidget(parent), m_gallery(new ui::ImageGalleryView(ui::ImageGalleryView::Scale::Signed)),
      m_unitFacts(new QLabel),
      m_top(new ui::ImageGalleryView(ui::ImageGalleryView::Scale::Unsigned)),
      m_sorted(new ui::XYChartView(tr("Responses to the held-out images"),
                                   {tr("image (sorted)"), tr("y"), false})),
      m_theta(
          new ui::TimeSeriesChartView(tr("Threshold of the unit"), {tr("epochs"), tr("θ, ⟨y²⟩")}))
{
    m_gallery->setObjectName(QStringLiteral("receptiveFields"));
    m_gallery->setToolTip(tr("Each unit's weights: red positive, blue negative, white 0 (each "
                             "field scaled to its own largest |w|).  Click a unit."));
    auto* fields = new FigureColumn(
        m_gallery, [this] { return weightColumns(); }, QStringLiteral("receptive-fields"));
    connect(fields, &FigureColumn::exported, this, &ReceptiveFieldPanel::exported);
    auto* pgm = new QPushButton(tr("Save weights (PGM/IDX)..."));
    pgm->setObjectName(QStringLiteral("saveWeightsPgm"));
    connect(pgm, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save weights"), QStringLiteral("weights.pgm"),
                                         tr("PGM image (*.pgm);;IDX images, one per unit (*.idx)"));
        if (!path.isEmpty())
            emit exported(path, writeWeights(path));
    });
    fields->layout()->addWidget(pgm);

    m_unitFacts->setWordWrap(true);
    m_unitFacts->setObjectName(QStringLiteral("unitFacts"));
    m_unitFacts->setText(tr("Click a receptive field to see what its unit answers."));
    m_theta->setSeriesNames({tr("θ"), tr("⟨y²⟩ (batch)")});
    auto* detail = new QWidget;
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_unitFacts);
    detailLayout->addWidget(m_top, 2);
    detailLayout->addWidget(new FigureColumn(
                                m_sorted, [this] { return chart_columns::ofXY(*m_sorted); },
                                QStringLiteral("unit-responses")),
                            3);
    m_thetaColumn = new FigureColumn(
        m_theta,
        [this] {
            return chart_columns::ofTimeSeries(
                *m_theta, QStringLiteral("epochs"),
                {QStringLiteral("theta"), QStringLiteral("mean_y2")});
        },
        QStringLiteral("unit-threshold"));
    detailLayout->addWidget(m_thetaColumn, 3);
    auto* splitter = new QSplitter;
    splitter->addWidget(fields);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_gallery, &ui::ImageGalleryView::clicked, this, &ReceptiveFieldPanel::selectUnit);
}

void ReceptiveFieldPanel::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    clear();
}

void ReceptiveFieldPanel::clear()
{
    m_weights.reset();
    m_responses.reset();
    m_history.clear();
    m_unit = -1;
    m_gallery->clear();
    m_top->clear();
    m_sorted->clear();
    m_theta->clearPoints();
    m_unitFacts->setText(tr("Click a receptive field to see what its unit answers."));
}

void ReceptiveFieldPanel::showFrame(const PlasticityFrame& frame)
{
    if (!m_dataset || !frame.weights)
        return;
    m_weights = frame.weights;
    const Eigen::MatrixXf& weights = *m_weights;
    // Colour images show their first plane: a grey field is what the eye can compare.
    const int side = m_dataset->rows() * m_dataset->cols();
    std::vector<std::vector<float>> images(static_cast<std::size_t>(weights.rows()));
    for (Eigen::Index unit = 0; unit < weights.rows(); ++unit) {
        auto& image = images[static_cast<std::size_t>(unit)];
        image.resize(static_cast<std::size_t>(side));
        for (int pixel = 0; pixel < side; ++pixel)
            image[static_cast<std::size_t>(pixel)] = weights(unit, pixel);
    }
    m_gallery->setImages(m_dataset->cols(), m_dataset->rows(), std::move(images));
    if (frame.responses)
        m_responses = frame.responses;
    m_thetaColumn->setVisible(!frame.theta.empty());
    if (!frame.theta.empty()) {
        m_history.push_back({frame.epochs, frame.theta, frame.meanSquare});
        if (m_unit >= 0 && m_unit < static_cast<int>(frame.theta.size()))
            m_theta->appendPoint(frame.epochs,
                                 {frame.theta[static_cast<std::size_t>(m_unit)],
                                  frame.meanSquare[static_cast<std::size_t>(m_unit)]});
    }
    // The first measured frame opens the detail on unit 1, so it is never empty.
    if (frame.responses && m_unit < 0)
        selectUnit(0);
    else if (frame.responses)
        showUnit();
}

void ReceptiveFieldPanel::selectUnit(int unit)
{
    m_unit = unit;
    m_gallery->setSelected(unit);
    m_theta->clearPoints();
    for (const Sample& sample : m_history)
        if (unit >= 0 && unit < static_cast<int>(sample.theta.size()))
            m_theta->appendPoint(sample.epochs,
                                 {sample.theta[static_cast<std::size_t>(unit)],
                                  sample.meanSquare[static_cast<std::size_t>(unit)]});
    showUnit();
}

void ReceptiveFieldPanel::showUnit()
{
    if (!m_responses || !m_dataset || m_unit < 0 || m_unit >= m_responses->rows())
        return;
    const Eigen::VectorXf row = m_responses->row(m_unit).transpose();
    const auto count = static_cast<int>(row.size());
    std::vector<int> order(static_cast<std::size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&row](int a, int b) { return row(a) > row(b); });
    const double mean = row.mean();
    // alpha over the held-out images, as Selectivity.h counts it over the training split.
    const auto selected =
        std::count_if(row.begin(), row.end(), [mean](float y) { return y - mean > 0.0; });

    const std::vector<int>& heldOut = m_dataset->heldOutIndices();
    const int side = m_dataset->rows() * m_dataset->cols();
    std::vector<std::vector<float>> images;
    QStringList captions;
    for (int i = 0; i < std::min(kTopImages, count); ++i) {
        const int column = heldOut.at(static_cast<std::size_t>(order[static_cast<std::size_t>(i)]));
        const auto pixels = m_dataset->inputs().col(column);
        images.emplace_back(pixels.data(), pixels.data() + side);
        captions << (m_dataset->labelled()
                         ? QString::number(m_dataset->labels()[static_cast<std::size_t>(column)])
                         : QString());
    }
    m_top->setImages(m_dataset->cols(), m_dataset->rows(), std::move(images),
                     m_dataset->labelled() ? captions : QStringList());

    ui::XYSeries sorted{tr("y, largest first"), {}, {}, {}, Qt::SolidLine, false};
    for (int i = 0; i < count; ++i)
        sorted.points.append(QPointF(i, row(order[static_cast<std::size_t>(i)])));
    ui::XYSeries level{
        tr("mean E[y]"), {QPointF(0, mean), QPointF(count - 1, mean)}, {}, {}, Qt::DashLine, false};
    m_sorted->setSeries({sorted, level});
    m_unitFacts->setText(tr("Unit %1: answers %2 of %3 held-out images above its mean "
                            "(selectivity %4%); its strongest answers:")
                             .arg(m_unit + 1)
                             .arg(selected)
                             .arg(count)
                             .arg(100.0 * static_cast<double>(selected) / count, 0, 'f', 1));
}

std::vector<ui::CsvColumn> ReceptiveFieldPanel::weightColumns() const
{
    std::vector<ui::CsvColumn> columns;
    if (!m_weights)
        return columns;
    for (Eigen::Index unit = 0; unit < m_weights->rows(); ++unit) {
        ui::CsvColumn column{QStringLiteral("unit_%1").arg(unit + 1), {}};
        for (Eigen::Index pixel = 0; pixel < m_weights->cols(); ++pixel)
            column.values.push_back((*m_weights)(unit, pixel));
        columns.push_back(std::move(column));
    }
    return columns;
}

QString ReceptiveFieldPanel::writeWeights(const QString& path) const
{
    if (!m_weights || !m_dataset)
        return tr("No weights to save yet: press Play first.");
    if (path.endsWith(QStringLiteral(".idx"))) {
        std::ofstream file(QFile::encodeName(path).toStdString(), std::ios::binary);
        IdxWriter::writeImages(WeightMosaic::unitImages(*m_weights, m_dataset->rows(),
                                                        m_dataset->cols(), m_dataset->channels()),
                               file);
        file.close();
        return file ? QString() : tr("Cannot write %1").arg(path);
    }
    const int rows = m_dataset->rows();
    const int cols = m_dataset->cols();
    const auto units = static_cast<int>(m_weights->rows());
    const int across = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(units))));
    const int down = (units + across - 1) / across;
    // One pixel of 128 grey between fields.
    QImage mosaic(across * (cols + 1) + 1, down * (rows + 1) + 1, QImage::Format_Grayscale8);
    mosaic.fill(128);
    for (int unit = 0; unit < units; ++unit) {
        const float largest = m_weights->row(unit).cwiseAbs().maxCoeff();
        const int x0 = 1 + (unit % across) * (cols + 1);
        const int y0 = 1 + (unit / across) * (rows + 1);
        for (int y = 0; y < rows; ++y)
            for (int x = 0; x < cols; ++x) {
                const float w = (*m_weights)(unit, y * cols + x);
                const double t = largest > 0.0F ? 0.5 + 0.5 * w / largest : 0.5;
                mosaic.scanLine(y0 + y)[x0 + x] =
                    static_cast<uchar>(std::clamp(std::lround(255.0 * t), 0L, 255L));
            }
    }
    return mosaic.save(path, "PGM") ? QString() : tr("Cannot write %1").arg(path);
}

} // namespace hopfield::app
