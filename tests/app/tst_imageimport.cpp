#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "gui/patterns/ImageImport.h"
#include "gui/patterns/ImportDialog.h"
#include "gui/patterns/LibraryPane.h"
#include "gui/patterns/PatternLibrary.h"

#include <QFile>
#include <QImageReader>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace hopfield;
using namespace hopfield::app;

/// Image import: grey levels against the threshold cell by cell, the aspect ratio kept
/// with a background letterbox, and a file that is no image refused with the reader's
/// reason and no change to the library.
class TestImageImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// Saves a width x height RGB image whose pixel (x, y) has grey level grey(x, y).
    template <typename Grey> QString savePng(const QString& name, int width, int height, Grey grey)
    {
        QImage image(width, height, QImage::Format_RGB32);
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x) {
                const int g = grey(x, y);
                image.setPixel(x, y, qRgb(g, g, g));
            }
        const QString path = m_dir.filePath(name);
        if (!image.save(path, "PNG"))
            qFatal("cannot write the test image");
        return path;
    }

private slots:
    void thresholdsKnownGreyLevels_data()
    {
        QTest::addColumn<int>("threshold");
        QTest::addColumn<bool>("lightInk");
        QTest::addColumn<QList<int>>("inkColumns");
        // Columns of grey 50, 100, 150, 200; ink is grey < threshold.
        QTest::newRow("128") << 128 << false << QList<int>{0, 1};
        QTest::newRow("175") << 175 << false << QList<int>{0, 1, 2};
        QTest::newRow("100 is not below 100") << 100 << false << QList<int>{0};
        QTest::newRow("175, light ink") << 175 << true << QList<int>{3};
    }
    void thresholdsKnownGreyLevels()
    {
        QFETCH(int, threshold);
        QFETCH(bool, lightInk);
        QFETCH(QList<int>, inkColumns);
        const QString path =
            savePng(QStringLiteral("columns.png"), 4, 4, [](int x, int) { return 50 * (x + 1); });
        // A 4 x 4 picture on a 4 x 4 grid: no scaling, each pixel is one cell.
        const Pattern pattern =
            thresholdImage(fitToGrid(readGreyImage(path), 4, 4), threshold, lightInk);
        for (int y = 0; y < 4; ++y)
            for (int x = 0; x < 4; ++x)
                QCOMPARE(pattern.at(x, y), Spin(inkColumns.contains(x) ? 1 : -1));
    }

    void keepsTheAspectRatio()
    {
        // A black 2:1 picture on a 16 x 16 grid fills 16 x 8 cells, centred: rows 4..11.
        const QString wide =
            savePng(QStringLiteral("wide.png"), 40, 20, [](int, int) { return 0; });
        const GridImage fitted = fitToGrid(readGreyImage(wide), 16, 16);
        QCOMPARE(fitted.content, QRect(0, 4, 16, 8));
        const Pattern pattern = thresholdImage(fitted, 128, false);
        for (int y = 0; y < 16; ++y)
            for (int x = 0; x < 16; ++x)
                QCOMPARE(pattern.at(x, y), Spin(y >= 4 && y < 12 ? 1 : -1));
        // A tall 1:2 picture on a 10 x 6 grid: 3 x 6 cells in columns 3..5.
        const QString tall =
            savePng(QStringLiteral("tall.png"), 10, 20, [](int, int) { return 0; });
        QCOMPARE(fitToGrid(readGreyImage(tall), 10, 6).content, QRect(3, 0, 3, 6));
        // The letterbox is background even for light-on-dark ink.
        const Pattern swapped = thresholdImage(fitted, 128, true);
        QCOMPARE(swapped.at(0, 0), Spin{-1});
        QCOMPARE(swapped.at(0, 4), Spin{-1});
    }

    void transparentPartsArePaper()
    {
        QImage image(2, 1, QImage::Format_ARGB32);
        image.setPixel(0, 0, qRgba(0, 0, 0, 0));   // fully transparent black
        image.setPixel(1, 0, qRgba(0, 0, 0, 255)); // opaque black
        const QImage grey = toGrey(image);
        QCOMPARE(qGray(grey.pixel(0, 0)), 255);
        QCOMPARE(qGray(grey.pixel(1, 0)), 0);
    }

    void dialogPreviewFollowsTheThreshold()
    {
        const QString path =
            savePng(QStringLiteral("ramp.png"), 4, 4, [](int x, int) { return 50 * (x + 1); });
        ImportDialog dialog(readGreyImage(path), 4, 4, 4, 256, QStringLiteral("ramp"));
        dialog.setThreshold(128);
        QCOMPARE(dialog.pattern().at(1, 0), Spin{1});
        QCOMPARE(dialog.pattern().at(2, 0), Spin{-1});
        dialog.setThreshold(175);
        QCOMPARE(dialog.pattern().at(2, 0), Spin{1});
        QCOMPARE(dialog.pattern().name(), std::string("ramp"));
    }

    void dialogDithersAtTheChosenSize()
    {
        // A uniform 25% grey (level 64): a threshold at 128 makes it all ink; dithering
        // makes three pixels in four ink (+1), the grey kept as a density of ink.
        const QString path =
            savePng(QStringLiteral("grey.png"), 64, 64, [](int, int) { return 64; });
        ImportDialog dialog(readGreyImage(path), 16, 16, 5, 256, QStringLiteral("grey"));
        QCOMPARE(dialog.method(), ImportDialog::Method::Threshold);
        const auto inkOf = [](const Pattern& pattern) {
            return static_cast<double>(
                       std::count(pattern.spins().begin(), pattern.spins().end(), Spin{1})) /
                   pattern.size();
        };
        QCOMPARE(inkOf(dialog.pattern()), 1.0);
        dialog.setMethod(ImportDialog::Method::Dither);
        dialog.setGridSize(256, 128); // letterboxed: the picture fills the middle 128 x 128
        const Pattern dithered = dialog.pattern();
        QCOMPARE(dithered.width(), 256);
        QCOMPARE(dithered.height(), 128);
        QCOMPARE(dithered.at(0, 64), Spin{-1}); // the margin is background
        int ink = 0;
        for (int y = 0; y < 128; ++y)
            for (int x = 64; x < 192; ++x)
                ink += dithered.at(x, y) > 0 ? 1 : 0;
        // 1 - 64/255 = 0.749 of the content is ink, within 2% (the engine's test).
        HL_COMPARE_NEAR(ink / (128.0 * 128.0), 1.0 - 64.0 / 255.0, 0.02 * 0.749);
    }

    void anImageTooLargeNamesItsSizeAndTheLimit()
    {
        // 1200 x 1000 pixels take 4.6 MB decoded: above a 2 MB limit, set for the test.
        const QString path = m_dir.filePath(QStringLiteral("large.png"));
        QImage large(1200, 1000, QImage::Format_Grayscale8);
        large.fill(Qt::white);
        QVERIFY(large.save(path));
        const int saved = QImageReader::allocationLimit();
        QImageReader::setAllocationLimit(2);
        QString message;
        try {
            readGreyImage(path);
        } catch (const std::runtime_error& error) {
            message = QString::fromStdString(error.what());
        }
        QImageReader::setAllocationLimit(saved);
        QCOMPARE(message, QStringLiteral("cannot read %1: a 1200x1000 image takes 5 MB decoded, "
                                         "above the 2 MB limit for an image")
                              .arg(path));
    }

    void brokenImageIsRefusedWithItsReason()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a PNG at all \x01\x02\x03");
        file.close();
        try {
            readGreyImage(path);
            QFAIL("garbage was read as an image");
        } catch (const std::runtime_error& error) {
            const QString message = QString::fromStdString(error.what());
            // "cannot read PATH: " and QImageReader's reason, whatever its wording.
            QVERIFY2(message.startsWith(QStringLiteral("cannot read %1: ").arg(path)) &&
                         message.size() > path.size() + 14,
                     error.what());
        }

        PatternLibrary library;
        library.addBlank();
        const PatternSet before = library.patterns();
        LibraryPane pane(library);
        QVERIFY(!pane.importImage(path));
        QVERIFY(library.patterns() == before);
        QCOMPARE(library.undoStack()->count(), 1); // only the addBlank
        auto* box = pane.findChild<QMessageBox*>();
        QVERIFY(box);
        QVERIFY(box->text().startsWith(QStringLiteral("cannot read %1: ").arg(path)));
    }
};

HOPFIELD_TEST_MAIN(TestImageImport)
#include "tst_imageimport.moc"
