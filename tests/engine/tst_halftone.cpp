#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "core/Halftone.h"

#include <cmath>
#include <numeric>
#include <stdexcept>

using namespace hopfield;

namespace {

using Levels = std::vector<std::uint8_t>;

/// Test images, width x height grey levels.
Levels uniform(int width, int height, std::uint8_t level)
{
    return Levels(static_cast<std::size_t>(width) * height, level);
}

Levels horizontalRamp(int width, int height)
{
    Levels levels(static_cast<std::size_t>(width) * height);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            levels[static_cast<std::size_t>(y) * width + x] =
                static_cast<std::uint8_t>(std::lround(255.0 * x / (width - 1)));
    return levels;
}

/// A bright disc on a dark ground with a smooth edge: a "face" in miniature.
Levels radialBlob(int width, int height)
{
    Levels levels(static_cast<std::size_t>(width) * height);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const double r = std::hypot(x - width / 2.0, y - height / 2.0) / (width / 2.0);
            levels[static_cast<std::size_t>(y) * width + x] =
                static_cast<std::uint8_t>(std::lround(230.0 * std::exp(-2.0 * r * r) + 15.0));
        }
    return levels;
}

double meanLevel(const Levels& levels)
{
    return std::accumulate(levels.begin(), levels.end(), 0.0) / static_cast<double>(levels.size());
}

/// The mean intensity of the dithered picture on the same 0..255 scale: white = -1 = 255.
double meanDithered(const std::vector<Spin>& spins)
{
    const auto white = std::count(spins.begin(), spins.end(), Spin{-1});
    return 255.0 * static_cast<double>(white) / static_cast<double>(spins.size());
}

} // namespace

class TestHalftone : public QObject {
    Q_OBJECT
private slots:
    void keepsTheMeanIntensity_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<Levels>("levels");
        QTest::newRow("black") << 32 << 32 << uniform(32, 32, 0);
        QTest::newRow("white") << 32 << 32 << uniform(32, 32, 255);
        QTest::newRow("grey 64") << 64 << 64 << uniform(64, 64, 64);
        QTest::newRow("grey 128") << 64 << 64 << uniform(64, 64, 128);
        QTest::newRow("grey 200, not square") << 100 << 40 << uniform(100, 40, 200);
        QTest::newRow("ramp 256") << 256 << 256 << horizontalRamp(256, 256);
        QTest::newRow("blob 256") << 256 << 256 << radialBlob(256, 256);
        QTest::newRow("blob 28") << 28 << 28 << radialBlob(28, 28);
    }
    void keepsTheMeanIntensity()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(Levels, levels);
        const double in = meanLevel(levels);
        const double out = meanDithered(floydSteinbergSpins(levels, width, height));
        // Issue 14: within 2% of the test image's mean (exact for black).
        HL_COMPARE_NEAR(out, in, 0.02 * in);
    }

    void keepsLocalIntensityWhereAThresholdDoesNot()
    {
        // Every 16 x 16 block of the ramp keeps its own mean within 4 grey levels of 255
        // per block column; a threshold at 128 gets each block wrong by up to 120.
        constexpr int side = 256;
        constexpr int block = 16;
        const Levels ramp = horizontalRamp(side, side);
        const std::vector<Spin> spins = floydSteinbergSpins(ramp, side, side);
        for (int by = 0; by < side; by += block)
            for (int bx = 0; bx < side; bx += block) {
                double in = 0.0;
                double out = 0.0;
                for (int y = by; y < by + block; ++y)
                    for (int x = bx; x < bx + block; ++x) {
                        const auto i = static_cast<std::size_t>(y) * side + x;
                        in += ramp[i];
                        out += spins[i] < 0 ? 255.0 : 0.0;
                    }
                HL_COMPARE_NEAR(out / (block * block), in / (block * block), 0.06 * 255.0);
            }
    }

    void halfGreyGivesHalfInk()
    {
        // A threshold turns a uniform 50% grey into one colour; dithering into a half-half
        // texture, so the +1 and -1 counts match within one row.
        const std::vector<Spin> spins = floydSteinbergSpins(uniform(64, 64, 128), 64, 64);
        const auto ink = std::count(spins.begin(), spins.end(), Spin{1});
        HL_COMPARE_NEAR(static_cast<double>(ink), 64.0 * 64.0 / 2.0, 64.0);
    }

    void lightInkSwapsTheSpins()
    {
        const Levels blob = radialBlob(40, 30);
        const std::vector<Spin> dark = floydSteinbergSpins(blob, 40, 30);
        const std::vector<Spin> light = floydSteinbergSpins(blob, 40, 30, true);
        QCOMPARE(light.size(), dark.size());
        for (std::size_t i = 0; i < dark.size(); ++i)
            QCOMPARE(light[i], static_cast<Spin>(-dark[i]));
        // The dark ground is ink: the centre is white (-1), a corner black (+1).
        QCOMPARE(dark[15 * 40 + 20], Spin{-1});
        QCOMPARE(dark[0], Spin{1});
    }

    void refusesLevelsOfTheWrongSize()
    {
        const Levels levels = uniform(10, 10, 50);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, floydSteinbergSpins(levels, 10, 9));
        QVERIFY(floydSteinbergSpins({}, 0, 0).empty());
    }
};

HOPFIELD_TEST_APPLESS_MAIN(TestHalftone)
#include "tst_halftone.moc"
