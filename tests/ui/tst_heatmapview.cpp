#include "HeatMapView.h"
#include "OverlayPainter.h"
#include "TestSuite.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QSignalSpy>
#include <cmath>
#include <limits>

using hopfield::ui::ColorMap;
using hopfield::ui::HeatMapGrid;
using hopfield::ui::HeatMapRenderer;
using hopfield::ui::HeatMapView;
namespace overlay = hopfield::ui::overlay;

namespace {

/// A 4 x 2 grid over [0, 4] x [-1, 1] holding 0 .. 7, row by row from the bottom.
HeatMapGrid ramp()
{
    return HeatMapGrid{4, 2, 0.0, 4.0, -1.0, 1.0, {0, 1, 2, 3, 4, 5, 6, 7}};
}

QImage render(const HeatMapRenderer& renderer, QSize size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    renderer.paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

} // namespace

/// The heat map turns values into the colour map's colours, maps data to pixels and back,
/// and reports the user's clicks in data coordinates.
class TestHeatMapView : public QObject {
    Q_OBJECT

private slots:
    void endsOfTheRangeGetTheEndsOfTheMap_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<QColor>("lowColor");
        QTest::addColumn<QColor>("highColor");
        // The first and last stops of each map (viridis #440154 .. #fde725, cividis
        // #00204d .. #ffea46, RdBu reversed #053061 .. #67001f).
        QTest::newRow("viridis") << int(ColorMap::Kind::Viridis) << 0.0 << 7.0
                                 << QColor(0x44, 0x01, 0x54) << QColor(0xfd, 0xe7, 0x25);
        QTest::newRow("cividis") << int(ColorMap::Kind::Cividis) << 0.0 << 7.0
                                 << QColor(0x00, 0x20, 0x4d) << QColor(0xff, 0xea, 0x46);
        // A diverging map is symmetric about 0: [0, 7] becomes [-7, 7].
        QTest::newRow("diverging") << int(ColorMap::Kind::Diverging) << -7.0 << 7.0
                                   << QColor(0x05, 0x30, 0x61) << QColor(0x67, 0x00, 0x1f);
    }
    void endsOfTheRangeGetTheEndsOfTheMap()
    {
        QFETCH(int, kind);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(QColor, lowColor);
        QFETCH(QColor, highColor);
        HeatMapRenderer renderer;
        renderer.setColorMap(ColorMap(static_cast<ColorMap::Kind>(kind)));
        renderer.setGrid(ramp());
        QCOMPARE(renderer.valueRange(), std::make_pair(low, high));
        QCOMPARE(renderer.colorFor(low), lowColor);
        QCOMPARE(renderer.colorFor(high), highColor);
        // Values outside the range clamp to its ends.
        QCOMPARE(renderer.colorFor(high + 100.0), highColor);
    }

    void divergingMapIsWhiteAtZero()
    {
        HeatMapRenderer renderer;
        renderer.setColorMap(ColorMap(ColorMap::Kind::Diverging));
        renderer.setGrid(ramp());
        QCOMPARE(renderer.colorFor(0.0), QColor(0xf7, 0xf7, 0xf7));
    }

    void paintedCellsHaveTheirColours()
    {
        HeatMapRenderer renderer;
        renderer.setGrid(ramp());
        const QSize size(500, 360);
        const QImage image = render(renderer, size);
        const auto transform = renderer.transform(renderer.layout(QRectF(0, 0, 500, 360)).plot);
        // The centre of the bottom-left cell holds the lowest value, the top-right the highest.
        const QPoint lowest = transform.toPixel({0.5, -0.5}).toPoint();
        const QPoint highest = transform.toPixel({3.5, 0.5}).toPoint();
        QCOMPARE(image.pixelColor(lowest), QColor(0x44, 0x01, 0x54));
        QCOMPARE(image.pixelColor(highest), QColor(0xfd, 0xe7, 0x25));
    }

    void nanCellsShowTheBackground()
    {
        HeatMapGrid grid = ramp();
        grid.values[5] = std::numeric_limits<double>::quiet_NaN(); // cell (1, 1)
        HeatMapRenderer renderer;
        renderer.setGrid(grid);
        QCOMPARE(renderer.valueRange(), std::make_pair(0.0, 7.0));
        const QImage image = render(renderer, QSize(500, 360));
        const auto transform = renderer.transform(renderer.layout(QRectF(0, 0, 500, 360)).plot);
        QCOMPARE(image.pixelColor(transform.toPixel({1.5, 0.5}).toPoint()),
                 renderer.style().background);
        QVERIFY(image.pixelColor(transform.toPixel({2.5, 0.5}).toPoint()) !=
                renderer.style().background);
    }

    void dataAndPixelsRoundTrip()
    {
        HeatMapView view;
        view.resize(520, 400);
        view.setGrid(ramp());
        const QRectF plot = view.plotRect();
        QVERIFY(plot.width() > 200.0 && plot.height() > 150.0);
        QVERIFY(QRectF(view.rect()).contains(plot));
        // The corners of the data map to the corners of the plot area.
        QCOMPARE(view.dataToWidget({0.0, -1.0}), plot.bottomLeft());
        QCOMPARE(view.dataToWidget({4.0, 1.0}), plot.topRight());
        for (const QPointF data : {QPointF(0.3, 0.7), QPointF(3.9, -0.95), QPointF(2.0, 0.0)}) {
            const QPointF back = view.widgetToData(view.dataToWidget(data));
            QVERIFY(std::abs(back.x() - data.x()) < 1e-12);
            QVERIFY(std::abs(back.y() - data.y()) < 1e-12);
        }
    }

    void matrixOrientationPutsRowZeroOnTop()
    {
        HeatMapRenderer renderer;
        renderer.setGrid(ramp());
        renderer.setYDown(true);
        const QRectF target(0, 0, 500, 360);
        const auto transform = renderer.transform(renderer.layout(target).plot);
        QCOMPARE(transform.toPixel({0.0, -1.0}), transform.pixels.topLeft());
        const QPointF inside(3.2, 0.4);
        const QPointF back = transform.toData(transform.toPixel(inside));
        QVERIFY(std::abs(back.x() - inside.x()) < 1e-12 && std::abs(back.y() - inside.y()) < 1e-12);
        // Row 0 (the lowest values) is now the top row of cells.
        const QImage image = render(renderer, target.size().toSize());
        QCOMPARE(image.pixelColor(transform.toPixel({0.5, -0.5}).toPoint()),
                 QColor(0x44, 0x01, 0x54));
        QVERIFY(transform.toPixel({0.5, -0.5}).y() < transform.pixels.center().y());
    }

    void aspectLockGivesEqualUnits()
    {
        HeatMapRenderer renderer;
        renderer.setGrid(ramp()); // 4 units wide, 2 high
        renderer.setAspectLocked(true);
        const auto transform = renderer.transform(renderer.layout(QRectF(0, 0, 500, 500)).plot);
        QCOMPARE(transform.xScale(), transform.yScale());
    }

    void figureStaysInsideItsRectangle_data()
    {
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<bool>("barUnder");
        QTest::newRow("wide") << QSizeF(560, 440) << false;
        // The free-energy landscape in the verdict column at 1280 and 1024 px (issue 11).
        QTest::newRow("side column") << QSizeF(246, 400) << true;
        QTest::newRow("narrow column") << QSizeF(170, 340) << true;
    }

    void figureStaysInsideItsRectangle()
    {
        // Title, ticks, axis titles and colour bar all inside the figure, whatever its
        // width: painted on a magenta margin, none of it may land there.
        QFETCH(QSizeF, size);
        QFETCH(bool, barUnder);
        HeatMapRenderer renderer;
        renderer.setGrid(HeatMapGrid{3, 3, -1.35, 1.35, -1.35, 1.35, {0, 1, 2, 3, 4, 5, 6, 7, 8}});
        renderer.setAspectLocked(true);
        renderer.setLabels({QStringLiteral("f of stored \u03be, T = 0.00, m(M) = 0.33"),
                            QStringLiteral("m(A)"), QStringLiteral("m(I)"),
                            QStringLiteral("f per neuron")});
        constexpr int kMargin = 30;
        const QRectF target(QPointF(kMargin, kMargin), size);
        QImage image((size + QSizeF(2 * kMargin, 2 * kMargin)).toSize(), QImage::Format_ARGB32);
        image.fill(Qt::magenta);
        {
            QPainter painter(&image);
            renderer.paint(painter, target);
        }
        int outside = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (!target.contains(QPointF(x + 0.5, y + 0.5)) &&
                    image.pixel(x, y) != QColor(Qt::magenta).rgba())
                    ++outside;
        QCOMPARE(outside, 0);
        const HeatMapRenderer::Layout parts = renderer.layout(target);
        QCOMPARE(parts.barUnder, barUnder);
        QVERIFY(target.contains(parts.plot) && target.contains(parts.colorBar));
        // The title wraps instead of being cut at the sides: whole, on more than one line
        // in a narrow figure.
        QVERIFY(target.contains(parts.title));
        const QFontMetricsF titleMetrics(renderer.style().font(parts.titleScale, true));
        const QRectF title = titleMetrics.boundingRect(
            parts.title, Qt::AlignHCenter | Qt::TextWordWrap, renderer.labels().title);
        QVERIFY(title.width() <= parts.title.width() && title.height() <= parts.title.height());
        QCOMPARE(parts.title.height() > 1.5 * titleMetrics.height(), size.width() < 300);
        // A narrow figure still gives its plot most of its width.
        QVERIFY2(parts.plot.width() >= 0.5 * size.width(),
                 qPrintable(QString::number(parts.plot.width())));
        QVERIFY(!parts.colorBar.intersects(parts.plot));
    }

    void aTitleShrinksBeforeItWraps()
    {
        // The studio's landscape in presentation mode at 1280x800 read "f of stored ξ, T ="
        // over a lone "0.00": a title that fits at body size takes one line.
        HeatMapRenderer renderer;
        renderer.setGrid(HeatMapGrid{2, 2, -1, 1, -1, 1, {0, 1, 2, 3}});
        const QString title = QStringLiteral("f of stored \u03be, T = 0.00");
        renderer.setLabels({title, QStringLiteral("m(A)"), QStringLiteral("m(I)"), {}});
        const double bodyWidth =
            QFontMetricsF(renderer.style().font(1.0, true)).horizontalAdvance(title);
        const QRectF target(0, 0, bodyWidth + 2 * 8.0 + 4.0, 400);
        const HeatMapRenderer::Layout parts = renderer.layout(target);
        QVERIFY(parts.titleScale < 1.25);
        const QFontMetricsF shrunk(renderer.style().font(parts.titleScale, true));
        QVERIFY2(parts.title.height() < 1.5 * shrunk.height(),
                 qPrintable(QString::number(parts.title.height())));
        // With room to spare it keeps its full size.
        QCOMPARE(renderer.layout(QRectF(0, 0, 3 * bodyWidth, 400)).titleScale, 1.25);
    }

    void markerNamesStayInsideThePlot()
    {
        // "−random 12" beside a minimum at the right edge used to run off the plot.
        const QRectF plot(0, 0, 200, 200);
        const QSizeF text(60, 14);
        const QPointF middle = overlay::markerTextBaseline({100, 100}, 10, text, plot);
        QVERIFY(middle.x() > 100 && middle.y() < 100);
        const QPointF byTheRight = overlay::markerTextBaseline({190, 100}, 10, text, plot);
        QVERIFY(byTheRight.x() + text.width() <= plot.right() && byTheRight.y() < 100);
        const QPointF byTheTop = overlay::markerTextBaseline({100, 4}, 10, text, plot);
        QVERIFY(byTheTop.y() - text.height() >= plot.top() && byTheTop.y() > 4);
    }

    void clickReportsTheDataPoint()
    {
        HeatMapView view;
        view.resize(520, 400);
        view.setGrid(ramp());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy clicks(&view, &HeatMapView::clicked);
        const QPointF target(2.5, -0.25);
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.dataToWidget(target).toPoint());
        QCOMPARE(clicks.count(), 1);
        const auto point = clicks.at(0).at(0).toPointF();
        // The click lands on a whole pixel: within one pixel of the target, in data units.
        const QRectF plot = view.plotRect();
        QVERIFY(std::abs(point.x() - target.x()) <= 4.0 / plot.width());
        QVERIFY(std::abs(point.y() - target.y()) <= 2.0 / plot.height());
    }

    void dragReportsBothEnds()
    {
        HeatMapView view;
        view.resize(520, 400);
        view.setGrid(ramp());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy clicks(&view, &HeatMapView::clicked);
        QSignalSpy drags(&view, &HeatMapView::dragged);
        const QPoint from = view.dataToWidget({1.0, 0.0}).toPoint();
        const QPoint to = view.dataToWidget({3.0, 0.5}).toPoint();
        QTest::mousePress(&view, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(to), view.mapToGlobal(QPointF(to)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &move);
        QTest::mouseRelease(&view, Qt::LeftButton, {}, to);
        QCOMPARE(clicks.count(), 0);
        QCOMPARE(drags.count(), 1);
        const QPointF start = drags.at(0).at(0).toPointF();
        const QPointF end = drags.at(0).at(1).toPointF();
        QVERIFY(std::abs(start.x() - 1.0) < 0.05 && std::abs(start.y()) < 0.05);
        QVERIFY(std::abs(end.x() - 3.0) < 0.05 && std::abs(end.y() - 0.5) < 0.05);
    }

    void smoothingBlendsBetweenCellCentres()
    {
        // Two cells, 0 and 1: halfway between their centres a smooth map shows the colour of
        // 0.5 (the values are interpolated, not the colours, which would mix purple and
        // yellow to brown); crisp cells show one end or the other.  The image has 16 pixels
        // per cell, so the pixel there holds 0.5 +- 1/32, and viridis' steepest channel near
        // 0.5 (green, 252 levels per unit) moves by 8: allow 10 per channel.
        HeatMapRenderer renderer;
        renderer.setGrid(HeatMapGrid{2, 1, 0.0, 2.0, 0.0, 1.0, {0.0, 1.0}});
        const QRectF target(0, 0, 500, 300);
        const auto transform = renderer.transform(renderer.layout(target).plot);
        const QPoint middle = transform.toPixel({1.0, 0.5}).toPoint();
        const QColor expected = renderer.colorMap().at(0.5);
        const QColor crisp = render(renderer, target.size().toSize()).pixelColor(middle);
        QVERIFY(crisp == renderer.colorMap().at(0.0) || crisp == renderer.colorMap().at(1.0));
        renderer.setSmooth(true);
        const QColor smooth = render(renderer, target.size().toSize()).pixelColor(middle);
        QVERIFY2(std::abs(smooth.red() - expected.red()) <= 10 &&
                     std::abs(smooth.green() - expected.green()) <= 10 &&
                     std::abs(smooth.blue() - expected.blue()) <= 10,
                 qPrintable(smooth.name() + " vs " + expected.name()));
    }

    void hoverReportsTheValueUnderTheCursor()
    {
        HeatMapView view;
        view.resize(520, 400);
        view.setGrid(ramp());
        QSignalSpy hovers(&view, &HeatMapView::hovered);
        const QPointF at = view.dataToWidget({2.5, 0.5}); // cell (2, 1) holds 6
        QMouseEvent move(QEvent::MouseMove, at, view.mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QApplication::sendEvent(&view, &move);
        QCOMPARE(hovers.count(), 1);
        QCOMPARE(hovers.at(0).at(1).toDouble(), 6.0);
    }

    void valueAtFindsTheCell()
    {
        const HeatMapGrid grid = ramp();
        QCOMPARE(grid.valueAt({0.1, -0.9}), 0.0);
        QCOMPARE(grid.valueAt({3.99, 0.99}), 7.0);
        QCOMPARE(grid.valueAt({4.0, 1.0}), 7.0); // the top-right edge belongs to the last cell
        QVERIFY(std::isnan(grid.valueAt({4.5, 0.0})));
    }
};

HOPFIELD_TEST_MAIN(TestHeatMapView)
#include "tst_heatmapview.moc"
