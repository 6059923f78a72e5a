#include "DatasetTestSupport.h"
#include "TestSuite.h"
#include "io/DatasetBytes.h"
#include "io/IdxReader.h"
#include "io/IdxWriter.h"
#include "io/ParseError.h"
#include "io/WeightMosaic.h"
#include "plasticity/DatasetSource.h"

#include <QProcess>
#include <QTemporaryDir>
#include <array>
#include <sstream>
#include <stdexcept>

using namespace hopfield;
using namespace hopfield::testing;

class TestIdxReader : public QObject {
    Q_OBJECT
private slots:
    void readsImagesAndLabels()
    {
        // Two 2x3 images: 0..5 and 250..255, row-major.
        QByteArray images = idxHeader(0x803, {2, 2, 3});
        for (int v : {0, 1, 2, 3, 4, 5, 250, 251, 252, 253, 254, 255})
            images.append(static_cast<char>(v));
        const LabelledImages read = IdxReader::readImages(view(images), "x.idx");
        QCOMPARE(read.rows, 2);
        QCOMPARE(read.cols, 3);
        QCOMPARE(read.channels, 1);
        QCOMPARE(read.count(), std::size_t{2});
        QCOMPARE(int(read.pixels[4]), 4);
        QCOMPARE(int(read.pixels[11]), 255);

        QByteArray labels = idxHeader(0x801, {3});
        labels.append("\x07\x00\x09", 3);
        const auto readLabels = IdxReader::readLabels(view(labels), "y.idx");
        QCOMPARE(readLabels, (std::vector<std::uint8_t>{7, 0, 9}));
    }

    void writerRoundTripsThroughTheReader()
    {
        // Three 2x2 images, including the extremes 0 and 255.
        LabelledImages written;
        written.rows = 2;
        written.cols = 2;
        written.pixels = {0, 1, 2, 3, 128, 129, 130, 131, 252, 253, 254, 255};
        std::ostringstream out;
        IdxWriter::writeImages(written, out);
        const std::string bytes = out.str();
        QCOMPARE(bytes.size(), std::size_t{16 + 12});
        QCOMPARE(bytes.substr(0, 4), std::string("\0\0\x08\x03", 4)); // ubyte, 3 dimensions
        const LabelledImages read = IdxReader::readImages(bytes, "w.idx");
        QCOMPARE(read.count(), std::size_t{3});
        QCOMPARE(read.rows, 2);
        QCOMPARE(read.cols, 2);
        QCOMPARE(read.pixels, written.pixels);

        LabelledImages colour = written;
        colour.channels = 3;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, IdxWriter::writeImages(colour, out));
        LabelledImages ragged = written;
        ragged.pixels.pop_back();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, IdxWriter::writeImages(ragged, out));
    }

    void weightImagesKeepEachUnitsSigns()
    {
        // Two units of a 1x3 field: unit 0 spans -2..2 (scaled by 127/2), unit 1 is all 0.
        Eigen::MatrixXf weights(2, 3);
        weights << -2.0f, 1.0f, 2.0f, 0.0f, 0.0f, 0.0f;
        std::ostringstream out;
        IdxWriter::writeImages(WeightMosaic::unitImages(weights, 1, 3, 1), out);
        const LabelledImages read = IdxReader::readImages(out.str(), "w.idx");
        QCOMPARE(read.count(), std::size_t{2});
        // 128 - 127 = 1, 128 + 63.5 -> 192 (lround), 128 + 127 = 255; zeros stay 128.
        QCOMPARE(read.pixels, (std::vector<std::uint8_t>{1, 192, 255, 128, 128, 128}));
    }

    void refusesMalformedFiles_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("labels");
        QTest::addColumn<QString>("error");

        QByteArray twoPixels = idxHeader(0x803, {1, 1, 2});
        twoPixels.append("\x01\x02", 2);
        QTest::newRow("empty") << QByteArray() << false
                               << "x: byte 0: the file ends inside the IDX magic number";
        QTest::newRow("labels magic as images") << idxHeader(0x801, {1}).append('\0') << false
                                                << "x: byte 0: magic number 0x00000801 is not "
                                                   "0x00000803 (IDX images)";
        QTest::newRow("float type") << idxHeader(0xD03, {1, 1, 1}).append('\0') << false
                                    << "x: byte 0: magic number 0x00000D03";
        QTest::newRow("header cut") << idxHeader(0x803, {1, 28}) << false
                                    << "x: byte 12: the file ends inside the IDX header";
        QTest::newRow("zero count")
            << idxHeader(0x803, {0, 1, 1}) << false << "x: byte 4: size 1 is 0";
        QTest::newRow("huge side")
            << idxHeader(0x803, {1, 5000, 1}) << false << "x: byte 8: image side 5000 exceeds 4096";
        QTest::newRow("truncated data") << twoPixels.left(17) << false
                                        << "x: byte 17: the file ends early: the header claims 2 "
                                           "data bytes, 1 follow";
        QTest::newRow("hostile sizes") << idxHeader(0x803, {0xffffffffu, 4096, 4096}) << false
                                       << "x: byte 16: the file ends early: the header claims "
                                          "72057594021150720 data bytes, 0 follow";
        QTest::newRow("trailing garbage") << QByteArray(twoPixels).append("zz") << false
                                          << "x: byte 18: 2 unexpected bytes after the data";
        QTest::newRow("label over 9") << idxHeader(0x801, {2}).append("\x01\x0A", 2) << true
                                      << "x: byte 9: label 10 is not a digit 0-9";
        QTest::newRow("gzip cut short") << bundledFile(DatasetSource::digitsImages).left(5000)
                                        << false << "gzip data end early (truncated file)";
        QByteArray badCheck = bundledFile(DatasetSource::digitsLabels);
        badCheck[badCheck.size() - 6] = char(badCheck[badCheck.size() - 6] ^ 0x01); // CRC-32
        QTest::newRow("gzip check fails") << badCheck << true << "gzip data are corrupt";
    }

    void refusesMalformedFiles()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, labels);
        QFETCH(QString, error);
        try {
            const std::string bytes = gunzipIfCompressed(view(input), "x");
            if (labels)
                IdxReader::readLabels(bytes, "x");
            else
                IdxReader::readImages(bytes, "x");
            QFAIL("accepted a malformed file");
        } catch (const ParseError& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(error), e.what());
            QVERIFY(!QString::fromStdString(e.what()).contains('\n'));
        }
    }

    void refusesAGzipBomb()
    {
        // 20 MiB of zeros compress to about 20 kB; a 1 MiB cap refuses them while inflating.
        const std::string zeros(20u << 20, '\0');
        QTemporaryDir dir;
        const QString raw = dir.filePath("zeros");
        QFile file(raw);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(zeros.data(), static_cast<qint64>(zeros.size()));
        file.close();
        QCOMPARE(QProcess::execute("gzip", {raw}), 0);
        try {
            readDatasetFile((raw + ".gz").toStdString(), std::size_t{1} << 20);
            QFAIL("inflated past the cap");
        } catch (const ParseError& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains("decompresses to more than 1 MiB"),
                     e.what());
        }
    }

    void readsTheBundledDigits()
    {
        const LabelledImages digits = IdxReader::readFiles(
            HOPFIELD_SOURCE_DIR "/resources/data/mnist-10k-images-idx3-ubyte.gz");
        QCOMPARE(digits.count(), std::size_t{10000});
        QCOMPARE(digits.rows, 28);
        QCOMPARE(digits.labels.size(), std::size_t{10000});
        std::array<int, 10> perClass{};
        for (const auto label : digits.labels)
            ++perClass[label];
        // The package's counts (README): 863 to 1,127 per class.
        for (const int count : perClass)
            QVERIFY2(count >= 863 && count <= 1127, qPrintable(QString::number(count)));
        // Interleaved: the first ten images are the digits 0..9 in order.
        for (std::size_t i = 0; i < 10; ++i)
            QCOMPARE(int(digits.labels[i]), int(i));
        // Real digits: ink on a blank border (MNIST centres them in a 20x20 box).
        long long border = 0;
        long long centre = 0;
        for (int r = 0; r < 28; ++r)
            for (int c = 0; c < 28; ++c) {
                const int value = digits.pixels[static_cast<std::size_t>(r * 28 + c)];
                (r < 2 || r > 25 || c < 2 || c > 25 ? border : centre) += value;
            }
        QCOMPARE(border, 0LL);
        QVERIFY(centre > 255 * 50);
    }

    void findsLabelsByMnistNaming()
    {
        QCOMPARE(IdxReader::labelsPathFor("/d/train-images-idx3-ubyte.gz"),
                 std::string("/d/train-labels-idx1-ubyte.gz"));
        QCOMPARE(IdxReader::labelsPathFor("/d/digits.idx"), std::string());
    }

    void refusesLabelsOfAnotherCount()
    {
        QTemporaryDir dir;
        const auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write("a-images-idx3-ubyte", idxHeader(0x803, {2, 1, 1}).append("\x01\x02", 2));
        write("a-labels-idx1-ubyte", idxHeader(0x801, {3}).append("\x01\x02\x03", 3));
        try {
            IdxReader::readFiles(dir.filePath("a-images-idx3-ubyte").toStdString());
            QFAIL("accepted 3 labels for 2 images");
        } catch (const ParseError& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains("3 labels for 2 images"), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(ParseError,
                                 IdxReader::readFiles(dir.filePath("missing").toStdString()));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestIdxReader)
#include "tst_idxreader.moc"
