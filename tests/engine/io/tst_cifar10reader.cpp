#include "DatasetTestSupport.h"
#include "TestSuite.h"
#include "io/Cifar10Reader.h"
#include "io/DatasetBytes.h"
#include "io/ParseError.h"

using namespace hopfield;
using namespace hopfield::testing;

namespace {

/// One record: `label`, then the R, G and B planes filled with r, g, b.
QByteArray record(int label, int r, int g, int b)
{
    QByteArray bytes(1, static_cast<char>(label));
    bytes.append(QByteArray(1024, static_cast<char>(r)));
    bytes.append(QByteArray(1024, static_cast<char>(g)));
    bytes.append(QByteArray(1024, static_cast<char>(b)));
    return bytes;
}

} // namespace

class TestCifar10Reader : public QObject {
    Q_OBJECT
private slots:
    void readsGreyAndRgb()
    {
        QByteArray bytes = record(3, 10, 20, 31) + record(9, 255, 255, 254);
        bytes[1 + 5] = char(100); // R of pixel 5 in the first image
        const LabelledImages grey = Cifar10Reader::read(view(bytes), "c.bin", CifarColour::Grey);
        QCOMPARE(grey.count(), std::size_t{2});
        QCOMPARE(grey.channels, 1);
        QCOMPARE(grey.labels, (std::vector<std::uint8_t>{3, 9}));
        QCOMPARE(int(grey.pixels[0]), 20);     // (10 + 20 + 31) / 3 = 20.33
        QCOMPARE(int(grey.pixels[5]), 50);     // (100 + 20 + 31) / 3 = 50.33
        QCOMPARE(int(grey.pixels[1024]), 255); // 764 / 3 = 254.67
        const LabelledImages rgb = Cifar10Reader::read(view(bytes), "c.bin", CifarColour::Rgb);
        QCOMPARE(rgb.channels, 3);
        QCOMPARE(rgb.imageSize(), std::size_t{3072});
        QCOMPARE(int(rgb.pixels[5]), 100);
        QCOMPARE(int(rgb.pixels[1024]), 20);
        QCOMPARE(int(rgb.pixels[3072 + 2048]), 254);
    }

    void refusesMalformedBatches_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray() << "c: byte 0: the file is empty";
        QTest::newRow("truncated")
            << (record(1, 0, 0, 0) + record(2, 0, 0, 0).left(100))
            << "c: byte 3073: the file ends inside a record: 3173 bytes are not whole records";
        QTest::newRow("label 10") << (record(1, 0, 0, 0) + record(10, 0, 0, 0))
                                  << "c: byte 3073: label 10 is not a class 0-9";
        QTest::newRow("an IDX file") << idxHeader(0x803, {1, 28, 28}).append(QByteArray(784, 0))
                                     << "c: byte 0: the file ends inside a record";
    }

    void refusesMalformedBatches()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        try {
            Cifar10Reader::read(view(input), "c", CifarColour::Grey);
            QFAIL("accepted a malformed batch");
        } catch (const ParseError& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(error), e.what());
        }
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestCifar10Reader)
#include "tst_cifar10reader.moc"
