#include "FigureExport.h"
#include "HeatMapView.h"
#include "InkedPixels.h"
#include "NeuronGridView.h"
#include "Palette.h"
#include "TestSuite.h"
#include "TimeSeriesChartView.h"

#include <QFile>
#include <QImageReader>
#include <QRegularExpression>
#include <QSet>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <cmath>
#include <memory>

using namespace hopfield::ui;

namespace {

/// A landscape with a deep well and a shallower one, and its gradient field: what the
/// landscape and phase-plane views draw.
double landscape(double x, double y)
{
    return -std::exp(-((x - 0.35) * (x - 0.35) + (y + 0.2) * (y + 0.2)) / 0.18) -
           0.6 * std::exp(-((x + 0.45) * (x + 0.45) + (y - 0.45) * (y - 0.45)) / 0.1);
}

QPointF downhill(double x, double y)
{
    const double h = 1e-5;
    return {-(landscape(x + h, y) - landscape(x - h, y)) / (2 * h),
            -(landscape(x, y + h) - landscape(x, y - h)) / (2 * h)};
}

void fillDemo(HeatMapView& view)
{
    const HeatMapGrid grid = HeatMapGrid::sample(120, 120, {-1.0, -1.0}, {1.0, 1.0}, &landscape);
    view.setGrid(grid);
    view.setSmooth(true);
    view.setLabels({QStringLiteral("Free energy over the overlap plane"), QStringLiteral("m₁"),
                    QStringLiteral("m₂"), QStringLiteral("free energy f")});
    PlotOverlay overlay;
    // Circles stand in for contour lines (the app computes real ones with the engine).
    for (double radius : {0.2, 0.4, 0.6, 0.8}) {
        QPolygonF circle;
        for (int k = 0; k <= 72; ++k)
            circle << QPointF(radius * std::cos(k * M_PI / 36), radius * std::sin(k * M_PI / 36));
        overlay.lines.push_back(
            {circle, QColor(255, 255, 255, 200), 1.0, Qt::SolidLine, QStringLiteral("contours")});
    }
    ArrowField field;
    field.color = QColor(255, 255, 255, 170);
    for (int j = 0; j < 12; ++j)
        for (int i = 0; i < 12; ++i) {
            const QPointF at(-1.0 + (i + 0.5) / 6.0, -1.0 + (j + 0.5) / 6.0);
            field.positions.append(at);
            field.vectors.append(downhill(at.x(), at.y()));
        }
    field.normalized = true;
    field.label = QStringLiteral("−∇f");
    overlay.arrows.push_back(field);
    QPolygonF trajectory;
    for (int k = 0; k <= 60; ++k) {
        const double t = k / 60.0;
        trajectory.append({-0.9 + 1.25 * t, 0.9 - 1.1 * t * (2 - t)});
    }
    overlay.lines.push_back(
        {trajectory, palette::series(1), 2.5, Qt::SolidLine, QStringLiteral("trajectory")});
    overlay.lines.push_back({QPolygonF{{-1, -1}, {1, 1}}, palette::series(3), 2.0, Qt::DashLine,
                             QStringLiteral("m₁ = m₂")});
    overlay.markers.push_back({{0.35, -0.2},
                               MarkerShape::Circle,
                               palette::series(3),
                               12.0,
                               QStringLiteral("A"),
                               QStringLiteral("retrieval")});
    overlay.markers.push_back({{-0.45, 0.45},
                               MarkerShape::Diamond,
                               palette::series(4),
                               12.0,
                               QStringLiteral("mixture"),
                               QStringLiteral("mixture")});
    overlay.markers.push_back(
        {{0.0, 0.17}, MarkerShape::Cross, palette::series(6), 11.0, {}, QStringLiteral("saddle")});
    overlay.markers.push_back(
        {{-0.9, 0.9}, MarkerShape::Square, palette::series(1), 10.0, {}, QStringLiteral("start")});
    view.setOverlay(overlay);
}

/// A live chart of two overlaps, as the studio shows: a Qt Charts view.
std::unique_ptr<TimeSeriesChartView> overlapChart()
{
    auto chart = std::make_unique<TimeSeriesChartView>(
        QStringLiteral("Overlaps"),
        ChartAxes{QStringLiteral("t (sweeps)"), QStringLiteral("m"), -1.0, 1.0, 0.5, 2.0});
    chart->setSeriesNames({QStringLiteral("A"), QStringLiteral("B")});
    for (int k = 0; k <= 20; ++k)
        chart->appendPoint(0.1 * k, {std::tanh(0.3 * k), -0.2 * std::exp(-0.2 * k)});
    return chart;
}

QByteArray head(const QString& path, int bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(bytes);
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// Figures go to PNG at the requested size and DPI, to SVG and PDF as vectors, atomically,
/// with a message instead of a file when the path is bad.
class TestFigureExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void formatFollowsTheExtension()
    {
        QCOMPARE(figure::formatForPath("a/b.PNG"), figure::Format::Png);
        QCOMPARE(figure::formatForPath("b.svg"), figure::Format::Svg);
        QCOMPARE(figure::formatForPath("c.Pdf"), figure::Format::Pdf);
        QVERIFY(!figure::formatForPath("d.bmp").has_value());
        QVERIFY(!figure::formatForPath("png").has_value());
    }

    void pngHasTheRequestedPixelsAndDpi_data()
    {
        QTest::addColumn<double>("dpi");
        QTest::addColumn<QSize>("pixels");
        // 400 x 300 logical pixels (1/96 in): 1:1 at 96 dpi, doubled at 192, x 3.125 at 300.
        QTest::newRow("96 dpi") << 96.0 << QSize(400, 300);
        QTest::newRow("192 dpi") << 192.0 << QSize(800, 600);
        QTest::newRow("300 dpi") << 300.0 << QSize(1250, 938);
    }
    void pngHasTheRequestedPixelsAndDpi()
    {
        QFETCH(double, dpi);
        QFETCH(QSize, pixels);
        HeatMapView view;
        fillDemo(view);
        const QString path = m_dir.filePath(QStringLiteral("heat-%1.png").arg(dpi));
        QCOMPARE(figure::write(view, path, {QSizeF(400, 300), dpi, {}}), QString());
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), pixels);
        const QImage image = reader.read();
        // PNG stores pixels per metre as an integer: the DPI comes back within 0.03 dpi.
        QVERIFY(std::abs(image.dotsPerMeterX() * 0.0254 - dpi) < 0.03);
        // The heat map covers the plot area: well over a third of the figure.
        QVERIFY(inkedPixels(image) > pixels.width() * pixels.height() / 3);
    }

    void svgIsValidVectorGraphics()
    {
        HeatMapView view;
        fillDemo(view);
        const QString path = m_dir.filePath(QStringLiteral("heat.svg"));
        QCOMPARE(figure::write(view, path, {QSizeF(480, 360), 300.0, QStringLiteral("f")}),
                 QString());
        const QByteArray svg = contents(path);
        QVERIFY(svg.startsWith("<?xml"));
        QVERIFY(svg.contains("<svg"));
        // Real vectors: the axis labels are text and the overlay lines are paths, not pixels.
        QVERIFY(svg.contains("m₂"));
        QVERIFY(svg.contains("<polyline") || svg.contains("<path"));
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 480, 360));
    }

    void neuronGridExportsRunsAsVectorsAndCrispPixels()
    {
        // Issue 11: the network state exported as a blurred raster titled "Network st...".
        // Rows: + + - - | + - + + | - - - -: 2 + 3 + 1 = 6 runs of one colour.
        NeuronGridView view;
        view.resize(180, 150); // too narrow on screen for the caption: it would be elided
        view.setGrid(4, 3, {1, 1, -1, -1, 1, -1, 1, 1, -1, -1, -1, -1});
        const QString caption = QStringLiteral("Network state after the whole run, sweep 12");
        view.setCaption(caption);
        const QString svgPath = m_dir.filePath(QStringLiteral("grid.svg"));
        QCOMPARE(figure::write(view, svgPath, {QSizeF(180, 150), 300.0, caption}), QString());
        const QByteArray svg = contents(svgPath);
        QVERIFY(!svg.contains("<image"));    // vectors, not a picture of the cells
        QCOMPARE(svg.count("<rect"), 6 + 1); // one per run, and the white background
        // The whole caption, as text (wrapped, never elided).
        for (const QString& word : caption.split(QLatin1Char(' ')))
            QVERIFY2(svg.contains(word.toUtf8()), qPrintable(word));
        QVERIFY(!svg.contains("\u2026"));

        // PNG at 300 dpi: below the caption only the two spin colours and the white page,
        // no blended edge pixels.
        const QString pngPath = m_dir.filePath(QStringLiteral("grid.png"));
        QCOMPARE(figure::write(view, pngPath, {QSizeF(180, 150), 300.0, caption}), QString());
        const QImage image = QImage(pngPath).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(image.size(), QSize(563, 469)); // 180 x 150 logical pixels x 300 / 96
        const QSet<QRgb> allowed = {qRgb(255, 255, 255), palette::spinUp().rgb(),
                                    palette::spinDown().rgb()};
        QSet<QRgb> seen;
        for (int y = image.height() * 2 / 3; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y) | 0xff000000;
                QVERIFY2(allowed.contains(pixel), qPrintable(QString::number(pixel, 16)));
                seen.insert(pixel);
            }
        QCOMPARE(seen.size(), 3); // both spin colours are there, on the page
    }

    void pdfStartsWithItsSignatureAndHasThePageSize()
    {
        HeatMapView view;
        fillDemo(view);
        const QString path = m_dir.filePath(QStringLiteral("heat.pdf"));
        QCOMPARE(figure::write(view, path, {QSizeF(480, 360), 300.0, {}}), QString());
        QCOMPARE(head(path, 5), QByteArray("%PDF-"));
        // 480 x 360 logical pixels at 96 per inch are 360 x 270 points.
        const QRegularExpression mediaBox(
            QStringLiteral(R"(/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\])"));
        const auto match = mediaBox.match(QString::fromLatin1(contents(path)));
        QVERIFY(match.hasMatch());
        QCOMPARE(match.captured(1).toDouble(), 360.0);
        QCOMPARE(match.captured(2).toDouble(), 270.0);
    }

    void chartViewsExportToo_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("png") << QStringLiteral("chart.png");
        QTest::newRow("svg") << QStringLiteral("chart.svg");
        QTest::newRow("pdf") << QStringLiteral("chart.pdf");
    }
    void chartViewsExportToo()
    {
        QFETCH(QString, name);
        const auto chart = overlapChart();
        const QString path = m_dir.filePath(name);
        QCOMPARE(figure::write(*chart, path, {QSizeF(500, 320), 192.0, {}}), QString());
        if (name.endsWith(QLatin1String(".png"))) {
            const QImage image(path);
            QCOMPARE(image.size(), QSize(1000, 640));
            // Lines, labels and the legend put ink on a good share of the pixels.
            QVERIFY(inkedPixels(image) > 5000);
        } else if (name.endsWith(QLatin1String(".svg"))) {
            QVERIFY(QSvgRenderer(path).isValid());
        } else {
            QCOMPARE(head(path, 5), QByteArray("%PDF-"));
        }
    }

    void badPathGivesAMessageAndNoFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("cause");
        QTest::newRow("missing folder")
            << m_dir.filePath(QStringLiteral("no/such/folder/f.png")) << QString();
        QTest::newRow("unknown type")
            << m_dir.filePath(QStringLiteral("f.bmp")) << QStringLiteral("unknown file type");
    }
    void badPathGivesAMessageAndNoFile()
    {
        QFETCH(QString, path);
        QFETCH(QString, cause);
        HeatMapView view;
        fillDemo(view);
        const QString error = figure::write(view, path, {QSizeF(200, 150), 96.0, {}});
        QVERIFY(error.startsWith(QStringLiteral("Cannot export the figure to")));
        QVERIFY(error.contains(QFileInfo(path).fileName()));
        QVERIFY(error.contains(cause));
        QVERIFY(!QFile::exists(path));
    }

    void nonsenseOptionsAreRefused()
    {
        HeatMapView view;
        const QString path = m_dir.filePath(QStringLiteral("refused.png"));
        QVERIFY(figure::write(view, path, {QSizeF(200, 150), 5.0, {}}).contains("dpi"));
        QVERIFY(figure::write(view, path, {QSizeF(200, 150), 9000.0, {}}).contains("dpi"));
        QVERIFY(figure::write(view, path, {QSizeF(100000, 150), 1200.0, {}}).contains("large"));
        QVERIFY(!QFile::exists(path));
    }

    void failedExportKeepsTheOldFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("kept.png"));
        HeatMapView view;
        fillDemo(view);
        QCOMPARE(figure::write(view, path, {QSizeF(200, 150), 96.0, {}}), QString());
        const QByteArray before = contents(path);
        QVERIFY(!figure::write(view, path, {QSizeF(100000, 150), 1200.0, {}}).isEmpty());
        QCOMPARE(contents(path), before);
    }

    /// Writes the demo figures, into $HOPFIELD_FIGURE_DIR when it is set (for a person to
    /// look at), and checks that projector mode leaves less room for the data.
    void demoFigures()
    {
        QString folder = qEnvironmentVariable("HOPFIELD_FIGURE_DIR");
        if (folder.isEmpty())
            folder = m_dir.path();
        HeatMapView view;
        fillDemo(view);
        for (const char* name : {"heatmap-demo.png", "heatmap-demo.svg", "heatmap-demo.pdf"})
            QCOMPARE(figure::write(view, folder + "/" + name, {QSizeF(640, 520), 150.0, {}}),
                     QString());
        const QRectF target(0, 0, 900, 700);
        const QRectF normalPlot = view.renderer().layout(target).plot;
        view.setPresentationScale(1.6);
        QVERIFY(view.renderer().layout(target).plot.width() < normalPlot.width() - 20.0);

        // A signed matrix, row 0 on top, on the diverging map: couplings J_ij.
        HeatMapView matrix;
        HeatMapGrid couplings{12, 12, 0.5, 12.5, 0.5, 12.5, {}};
        for (int i = 0; i < 12; ++i)
            for (int j = 0; j < 12; ++j)
                couplings.values.push_back(i == j ? 0.0 : std::cos(0.7 * i * j) / (1 + i));
        matrix.setGrid(couplings);
        matrix.setColorMap(ColorMap::Kind::Diverging);
        matrix.setYDown(true);
        matrix.setAspectLocked(true);
        matrix.setLabels({QStringLiteral("Couplings A + ξ"), QStringLiteral("j"),
                          QStringLiteral("i"), QStringLiteral("J_ij")});
        QCOMPARE(figure::write(matrix, folder + "/matrix-demo.png", {QSizeF(520, 440), 96.0, {}}),
                 QString());
        const auto chart = overlapChart();
        QCOMPARE(
            figure::write(*chart, folder + "/timeseries-demo.png", {QSizeF(560, 340), 96.0, {}}),
            QString());
        QCOMPARE(figure::write(view, folder + "/heatmap-demo-presentation.png",
                               {QSizeF(900, 700), 96.0, {}}),
                 QString());
    }

private:
    QTemporaryDir m_dir;
};

HOPFIELD_TEST_MAIN(TestFigureExport)
#include "tst_figureexport.moc"
