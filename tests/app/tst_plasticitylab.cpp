#include "ImageGalleryView.h"
#include "TestSuite.h"
#include "TimeSeriesChartView.h"
#include "XYChartView.h"
#include "gui/plasticity/PlasticityControls.h"
#include "gui/plasticity/PlasticityCurves.h"
#include "gui/plasticity/PlasticityLab.h"
#include "gui/plasticity/PlasticitySweepPanel.h"
#include "gui/plasticity/ReceptiveFieldPanel.h"
#include "gui/plasticity/SingleNeuronPanel.h"
#include "io/IdxReader.h"
#include "plasticity/DatasetSource.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <algorithm>

using namespace hopfield;
using namespace hopfield::app;

namespace {

/// The first 1,000 bundled digits: 800 to train on, enough for fields to form in seconds.
std::shared_ptr<const Dataset> smallDigits()
{
    static const Dataset all = DatasetSource::bundledDigits(HOPFIELD_SOURCE_DIR "/resources/data");
    return std::make_shared<const Dataset>(all.firstImages(1000));
}

/// A lab on the small digits with K = 16 BCM units, 3 epochs of batches of 50.
void prepare(PlasticityLab& lab)
{
    QSignalSpy ready(&lab.controller(), &PlasticityController::datasetReady);
    // The bundled set the lab loads by itself first, then the small one replaces it.
    QVERIFY(ready.wait(20000));
    lab.controller().setDataset(smallDigits(), QStringLiteral("digits"));
    lab.controls()->unitsBox()->setValue(16);
    lab.controls()->epochsBox()->setValue(3);
}

double spread(const std::vector<float>& image)
{
    const auto [low, high] = std::minmax_element(image.begin(), image.end());
    return static_cast<double>(*high - *low);
}

} // namespace

/// The plasticity lab as a student drives it: Play trains in the worker and the gallery
/// shows the K fields changing, Reset clears every view, a bad file leaves the data as
/// they were; the single-neuron experiment and a small sweep run in their workers.
class TestPlasticityLab : public QObject {
    Q_OBJECT

private slots:
    void playTrainsInTheWorkerAndTheGalleryShowsEveryField()
    {
        PlasticityLab lab;
        lab.resize(1280, 800);
        lab.show();
        prepare(lab);
        lab.controls()->epochsBox()->setValue(100);
        QSignalSpy frames(&lab.controller(), &PlasticityController::frameReady);
        // Pause on the fourth frame, from the frame itself: nothing the worker posts after
        // that is shown.
        const auto pauseOnFourth =
            connect(&lab.controller(), &PlasticityController::frameReady, &lab, [&] {
                if (frames.size() % 4 == 0)
                    lab.pause();
            });
        lab.play();
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 4, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!lab.controller().isRunning(), 10000);
        QTest::qWait(200);
        QCOMPARE(frames.size(), 4);
        QCOMPARE(lab.framesShown(), 4);
        ui::ImageGalleryView* gallery = lab.fields()->gallery();
        QCOMPARE(gallery->imageCount(), 16);
        QCOMPARE(gallery->imageWidth(), 28);
        QCOMPARE(gallery->imageHeight(), 28);
        for (int unit = 0; unit < gallery->imageCount(); ++unit)
            QVERIFY(spread(gallery->image(unit)) > 0.0);
        // Training moved the weights: the last frame differs from the untrained first one.
        const auto first = frames.first().at(0).value<PlasticityFrame>();
        const auto last = frames.last().at(0).value<PlasticityFrame>();
        QVERIFY(first.weights && last.weights);
        QVERIFY(last.progress.batchesDone > first.progress.batchesDone);
        QVERIFY((*last.weights - *first.weights).cwiseAbs().maxCoeff() > 1e-4F);
        // The first frame carries the measures of the untrained layer; theta is published
        // per unit for BCM.
        QVERIFY(first.measures);
        QCOMPARE(static_cast<int>(first.measures->selectivity.selectivity.size()), 16);
        QCOMPARE(static_cast<int>(last.theta.size()), 16);
        QVERIFY(lab.curves()->selectivityChart()->seriesCount() == 2);
        QVERIFY(lab.curves()->thresholdChart()->points(0).size() >= 1);

        // The first measures open unit 1; a click on another field selects that one and
        // shows its twelve strongest held-out digits.
        QCOMPARE(lab.fields()->selectedUnit(), 0);
        const QPoint centre(gallery->width() / 2, gallery->height() / 2);
        const int clicked = gallery->indexAt(centre);
        QVERIFY(clicked > 0);
        QTest::mouseClick(gallery, Qt::LeftButton, {}, centre);
        QCOMPARE(lab.fields()->selectedUnit(), clicked);
        QCOMPARE(lab.fields()->topImages()->imageCount(), ReceptiveFieldPanel::kTopImages);

        // Exports: the weights as one PGM mosaic of 4 x 4 fields of 28 x 28 with 1-pixel
        // borders, and the threshold curve's numbers as CSV.
        QTemporaryDir exports;
        const QString pgm = exports.filePath(QStringLiteral("weights.pgm"));
        QCOMPARE(lab.fields()->writeWeights(pgm), QString());
        const QImage mosaic(pgm);
        QCOMPARE(mosaic.size(), QSize(4 * 29 + 1, 4 * 29 + 1));
        // The same fields as IDX: 16 separate 28 x 28 images MNIST readers open.
        const QString idx = exports.filePath(QStringLiteral("weights.idx"));
        QCOMPARE(lab.fields()->writeWeights(idx), QString());
        const LabelledImages units = IdxReader::readFiles(QFile::encodeName(idx).toStdString());
        QCOMPARE(units.count(), std::size_t{16});
        QCOMPARE(units.rows, 28);
        const auto columns = lab.fields()->weightColumns();
        QCOMPARE(static_cast<int>(columns.size()), 16);
        QCOMPARE(static_cast<int>(columns.front().values.size()), 28 * 28);
        QCOMPARE(columns.front().values.front(), static_cast<double>(gallery->image(0).front()));

        // Play continues the same run: more batches, never back to zero.
        const long long before = last.progress.batchesDone;
        QVERIFY(before < last.progress.batchesTotal);
        lab.play();
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 8, 30000);
        disconnect(pauseOnFourth);
        QVERIFY(frames.at(4).at(0).value<PlasticityFrame>().progress.batchesDone > before);
        QVERIFY(!frames.at(4).at(0).value<PlasticityFrame>().measures ||
                frames.at(4).at(0).value<PlasticityFrame>().progress.epoch > last.progress.epoch);
    }

    void resetClearsEveryView()
    {
        PlasticityLab lab;
        prepare(lab);
        QSignalSpy frames(&lab.controller(), &PlasticityController::frameReady);
        lab.play();
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 2, 30000);
        lab.reset();
        QVERIFY(!lab.controller().hasRun());
        QCOMPARE(lab.fields()->gallery()->imageCount(), 0);
        QCOMPARE(lab.curves()->thresholdChart()->points(0).size(), 0);
        QCOMPARE(lab.curves()->histogramChart()->histogramCount(), 0);
        QCOMPARE(lab.framesShown(), 0);
        // Frames of the dropped run that were still queued are not shown.
        QTest::qWait(300);
        QCOMPARE(lab.framesShown(), 0);
    }

    void aBadIdxFileGivesAMessageAndKeepsTheData()
    {
        PlasticityLab lab;
        prepare(lab);
        const std::shared_ptr<const Dataset> before = lab.controller().dataset();
        const QString facts = lab.datasetText();
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("bad-images-idx3-ubyte"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x00\x00\x08\x03\x00\x00\x00\x05", 8); // 5 images claimed, no sizes
        file.close();
        QSignalSpy failed(&lab.controller(), &PlasticityController::failed);
        lab.openDataset(path);
        QVERIFY(failed.wait(10000));
        QVERIFY(lab.statusText().contains(QStringLiteral("bad-images-idx3-ubyte")));
        QVERIFY(!lab.statusText().contains(QLatin1Char('\n')));
        QCOMPARE(lab.controller().dataset(), before);
        QCOMPARE(lab.datasetText(), facts);
    }

    void singleNeuronSelectsOnePattern()
    {
        SingleNeuronPanel panel;
        QSignalSpy finished(&panel, &SingleNeuronPanel::finished);
        if (finished.isEmpty())
            QVERIFY(finished.wait(20000));
        QVERIFY(panel.resultText().contains(QStringLiteral("selects pattern")));
        // The path, two stable and two unstable fixed points, and the two threshold lines.
        QCOMPARE(panel.plane()->seriesCount(), 1 + 2 + 2);
        // Neuron 1 ends at a selective fixed point, w = X^-T (2, 0) or X^-T (0, 2): the mean
        // of its last quarter of samples (theta with gamma = 0.99 keeps it fluctuating).
        const QVector<QPointF>& path = panel.plane()->series(0).points;
        QPointF mean;
        const auto tail = path.size() / 4;
        for (auto i = path.size() - tail; i < path.size(); ++i)
            mean += path[i] / static_cast<double>(tail);
        bool nearFixedPoint = false;
        for (const QPointF& fixed : panel.plane()->series(1).points)
            nearFixedPoint =
                nearFixedPoint || std::hypot(mean.x() - fixed.x(), mean.y() - fixed.y()) < 0.2;
        QVERIFY(nearFixedPoint);
    }

    void sweepOverGammaGivesOnePointPerValue()
    {
        PlasticityLab lab;
        prepare(lab);
        PlasticitySweepPanel* sweep = lab.sweep();
        sweep->setRange(SweepParameter::Memory, 0.5, 0.9, 2);
        QSignalSpy finished(sweep, &PlasticitySweepPanel::finished);
        sweep->compute();
        QVERIFY(finished.wait(120000));
        QCOMPARE(static_cast<int>(sweep->points().size()), 2);
        QCOMPARE(sweep->points()[0].value, 0.5);
        QCOMPARE(sweep->points()[1].value, 0.9);
        for (const PlasticitySweepPoint& point : sweep->points()) {
            QVERIFY(point.meanSelectivity > 0.0);
            QVERIFY(point.overlapIndex >= 1.0 && point.overlapIndex <= 16.0);
        }
        QCOMPARE(sweep->selectivityChart()->seriesCount(), 2);
    }
};

HOPFIELD_TEST_MAIN(TestPlasticityLab)
#include "tst_plasticitylab.moc"
