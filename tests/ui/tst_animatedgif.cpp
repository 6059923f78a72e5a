#include "AnimatedGif.h"
#include "TestSuite.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdlib>
#include <functional>

using hopfield::ui::AnimationFrame;
namespace gif = hopfield::ui::gif;

namespace {

/// Every frame Qt's own GIF reader finds in `bytes`, as RGB32.
QVector<QImage> decode(const QByteArray& bytes, int* loopCount = nullptr,
                       QVector<int>* delays = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "gif");
    QVector<QImage> images;
    while (true) {
        if (delays != nullptr && reader.canRead())
            delays->append(reader.nextImageDelay());
        const QImage image = reader.read();
        if (image.isNull())
            break;
        images.append(image.convertToFormat(QImage::Format_RGB32));
    }
    if (loopCount != nullptr)
        *loopCount = reader.loopCount();
    return images;
}

QImage filled(QSize size, const std::function<QRgb(int, int)>& colour)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y, colour(x, y));
    return image;
}

int largestChannelDifference(const QImage& a, const QImage& b)
{
    int largest = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            largest = std::max({largest, std::abs(qRed(p) - qRed(q)),
                                std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))});
        }
    return largest;
}

} // namespace

/// Animated GIFs that Qt's reader decodes back to the frames written.
class TestAnimatedGif : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void twoColourFramesDecodeExactlyWithTheirDelaysAndLoop()
    {
        const QRgb ink = qRgb(31, 41, 55);
        const QRgb paper = qRgb(250, 246, 235);
        QVector<AnimationFrame> frames;
        for (int shift = 0; shift < 3; ++shift)
            frames.append(
                {filled(QSize(17, 9),
                        [=](int x, int y) { return (x + y + shift) % 3 == 0 ? ink : paper; }),
                 10 * (shift + 1)});
        int loopCount = 0;
        QVector<int> delays;
        const QVector<QImage> decoded = decode(gif::encode(frames), &loopCount, &delays);
        QCOMPARE(decoded.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(decoded[i], frames[i].image);
        QCOMPARE(delays, (QVector<int>{100, 200, 300})); // milliseconds
        QCOMPARE(loopCount, -1);                         // forever
    }

    void aFullDictionaryIsClearedAndDecodesExactly()
    {
        // 64 colours of noise on 300 x 200 pixels: the LZW dictionary reaches 4096 codes
        // (12 bits) and is cleared many times over.
        std::srand(7);
        QVector<QRgb> colours;
        for (int i = 0; i < 64; ++i)
            colours.append(qRgb(i * 4, 255 - i * 3, (i * 37) % 256));
        const QImage noise = filled(QSize(300, 200), [&colours](int, int) {
            return colours[std::rand() % colours.size()];
        });
        const QVector<QImage> decoded = decode(gif::encode({{noise, 5}}));
        QCOMPARE(decoded.size(), 1);
        QCOMPARE(decoded[0], noise);
    }

    void moreThan256ColoursComeBackClose()
    {
        const QImage gradient =
            filled(QSize(256, 64), [](int x, int y) { return qRgb(x, (x + 4 * y) % 256, 4 * y); });
        const QVector<QImage> decoded = decode(gif::encode({{gradient, 10}}));
        QCOMPARE(decoded.size(), 1);
        QVERIFY2(largestChannelDifference(decoded[0], gradient) <= 48,
                 qPrintable(QString::number(largestChannelDifference(decoded[0], gradient))));
    }

    void framesOfAnotherSizeAreRefusedNamingTheFrame()
    {
        const QVector<AnimationFrame> frames{{QImage(8, 8, QImage::Format_RGB32), 10},
                                             {QImage(8, 8, QImage::Format_RGB32), 10},
                                             {QImage(9, 8, QImage::Format_RGB32), 10}};
        QCOMPARE(gif::validate(frames), QStringLiteral("frame 3 is 9 x 8, not 8 x 8 as the first"));
        QVERIFY(gif::encode(frames).isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("mixed.gif"));
        const QString error = gif::write(path, frames);
        QVERIFY2(error.contains(QStringLiteral("frame 3")) && error.contains(path),
                 qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(gif::validate({}), QStringLiteral("there are no frames"));
    }

    void writeIsAtomicAndNamesAnUnwritablePath()
    {
        const QString path = m_dir.filePath(QStringLiteral("run.gif"));
        const QImage white = filled(QSize(4, 4), [](int, int) { return qRgb(255, 255, 255); });
        QCOMPARE(gif::write(path, {{white, 10}}), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("GIF89a"));

        const QString missing = m_dir.filePath(QStringLiteral("no/such/dir/run.gif"));
        const QString error = gif::write(missing, {{white, 10}});
        QVERIFY2(error.startsWith(QStringLiteral("Cannot write the animation to '")),
                 qPrintable(error));
    }

private:
    QTemporaryDir m_dir;
};

HOPFIELD_TEST_MAIN(TestAnimatedGif)
#include "tst_animatedgif.moc"
