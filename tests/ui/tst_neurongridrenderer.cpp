#include "NeuronGridRenderer.h"
#include "TestSuite.h"

#include <QImage>
#include <QPainter>

using hopfield::ui::NeuronGridRenderer;

/// Renders small grids into images and reads back pixels: the cells land where the
/// geometry says, in the style's colours, crisp to the pixel.
class TestNeuronGridRenderer : public QObject {
    Q_OBJECT

private:
    static constexpr QRgb kOutside = 0xff00ff00; // a colour the renderer never uses

    static NeuronGridRenderer threeByTwo()
    {
        // Row 0: + - +   Row 1: - - +
        NeuronGridRenderer renderer;
        renderer.setGrid(3, 2, {1, -1, 1, -1, -1, 1});
        auto style = renderer.style();
        style.up = QColor(Qt::black);
        style.down = QColor(Qt::white);
        style.lines = QColor(Qt::gray);
        style.highlight = QColor(Qt::red);
        style.gridLines = false;
        renderer.setStyle(style);
        return renderer;
    }

    static QImage render(const NeuronGridRenderer& renderer, QSize size)
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(kOutside);
        QPainter painter(&image);
        renderer.paint(painter, image.rect());
        return image;
    }

private slots:
    void meansAreGreysBetweenTheSpinColours()
    {
        // Black (+1) to white (-1): a mean m is grey level 255 (1 - m) / 2, truncated.
        NeuronGridRenderer renderer = threeByTwo();
        renderer.setMeans({1.0f, -1.0f, 0.0f, 0.5f, -0.5f, 0.0f});
        const QImage image = render(renderer, QSize(60, 40));
        QCOMPARE(image.pixelColor(10, 10), QColor(Qt::black));
        QCOMPARE(image.pixelColor(30, 10), QColor(Qt::white));
        QCOMPARE(qRed(image.pixel(50, 10)), 127);
        QCOMPARE(qRed(image.pixel(10, 30)), 63);
        QCOMPARE(qRed(image.pixel(30, 30)), 191);
        renderer.setMeans({0.5f}); // not one per cell: back to the spins
        QCOMPARE(render(renderer, QSize(60, 40)).pixelColor(50, 10), QColor(Qt::black));
    }

    void cellsHaveTheSpinColours_data()
    {
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        QTest::addColumn<bool>("up");
        // 60 x 40 pixels: cells of 20, pixel centres of each cell.
        QTest::newRow("(0,0) +") << 10 << 10 << true;
        QTest::newRow("(1,0) -") << 30 << 10 << false;
        QTest::newRow("(2,0) +") << 50 << 10 << true;
        QTest::newRow("(0,1) -") << 10 << 30 << false;
        QTest::newRow("(1,1) -") << 30 << 30 << false;
        QTest::newRow("(2,1) +") << 50 << 30 << true;
        // The corners of a cell belong to it: no blur across the edge at x = 20.
        QTest::newRow("last pixel of (0,0)") << 19 << 19 << true;
        QTest::newRow("first pixel of (1,0)") << 20 << 0 << false;
    }

    void cellsHaveTheSpinColours()
    {
        QFETCH(int, x);
        QFETCH(int, y);
        QFETCH(bool, up);
        const QImage image = render(threeByTwo(), QSize(60, 40));
        QCOMPARE(QColor(image.pixel(x, y)), up ? QColor(Qt::black) : QColor(Qt::white));
    }

    void cellsStaySquareAndCentred()
    {
        // 100 x 40: cells of min(100/3, 40/2) = 20 pixels, a 60 x 40 grid from x = 20.
        const NeuronGridRenderer renderer = threeByTwo();
        QCOMPARE(renderer.gridRect(QRect(0, 0, 100, 40)), QRect(20, 0, 60, 40));
        const QImage image = render(renderer, QSize(100, 40));
        QCOMPARE(image.pixel(19, 20), kOutside);
        QCOMPARE(image.pixel(80, 20), kOutside);
        QCOMPARE(QColor(image.pixel(20, 0)), QColor(Qt::black));
        QCOMPARE(QColor(image.pixel(79, 39)), QColor(Qt::black));
    }

    void cellsAreWholePixels()
    {
        // 65 x 41 pixels give cells of min(21, 20) = 20 pixels, never fractional ones.
        QCOMPARE(threeByTwo().gridRect(QRect(0, 0, 65, 41)), QRect(2, 0, 60, 40));
    }

    void highlightOutlinesTheCell()
    {
        NeuronGridRenderer renderer = threeByTwo();
        renderer.setHighlightedCell(4); // (1,1), a '-' cell from (20,20) to (39,39)
        const QImage image = render(renderer, QSize(60, 40));
        QCOMPARE(QColor(image.pixel(20, 30)), QColor(Qt::red));
        QCOMPARE(QColor(image.pixel(30, 39)), QColor(Qt::red));
        QCOMPARE(QColor(image.pixel(30, 30)), QColor(Qt::white)); // the inside keeps its spin
        QCOMPARE(QColor(image.pixel(10, 30)), QColor(Qt::white)); // the neighbour is untouched
    }

    void gridLinesSeparateCells()
    {
        NeuronGridRenderer renderer = threeByTwo();
        auto style = renderer.style();
        style.gridLines = true;
        renderer.setStyle(style);
        const QImage image = render(renderer, QSize(60, 40));
        QCOMPARE(QColor(image.pixel(20, 10)), QColor(Qt::gray));
        QCOMPARE(QColor(image.pixel(10, 20)), QColor(Qt::gray));
        QCOMPARE(QColor(image.pixel(10, 10)), QColor(Qt::black));
    }

    void largeGridsScaleDown()
    {
        // 100 x 100 cells into 50 x 50 pixels: the grid fills the target, keeping its shape.
        NeuronGridRenderer renderer;
        renderer.setGrid(100, 100, QVector<qint8>(10000, 1));
        QCOMPARE(renderer.gridRect(QRect(0, 0, 50, 80)), QRect(0, 15, 50, 50));
    }

    void mismatchedSpinsDrawNothing()
    {
        NeuronGridRenderer renderer = threeByTwo();
        renderer.setGrid(3, 2, {1, -1, 1});
        QVERIFY(renderer.spins().isEmpty());
        QCOMPARE(render(renderer, QSize(30, 20)).pixel(15, 10), kOutside);
        // The size stays: spins that fit are drawn again.
        renderer.setGrid(3, 2, {1, 1, 1, 1, 1, 1});
        QCOMPARE(QColor(render(renderer, QSize(30, 20)).pixel(15, 10)), QColor(Qt::black));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestNeuronGridRenderer)
#include "tst_neurongridrenderer.moc"
