#include "ColorMap.h"
#include "ImageGalleryView.h"
#include "TestSuite.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>

using hopfield::ui::ColorMap;
using hopfield::ui::ImageGalleryView;

/// The gallery of receptive fields: the layout that makes the images largest, a signed
/// image drawn with the diverging map symmetric about 0 and scaled to its own largest
/// |value|, and a click naming the image under it.
class TestImageGalleryView : public QObject {
    Q_OBJECT

private slots:
    void signedImagesAreSymmetricAboutZero()
    {
        // One 2 x 1 image (-0.5, +2): scaled by 2, the left pixel sits at t = 0.5 - 0.125
        // of the map, the right one at its red end; a constant image is all white (t = 0.5).
        ImageGalleryView view(ImageGalleryView::Scale::Signed);
        view.setImages(2, 1, {{-0.5F, 2.0F}});
        QImage picture(200, 100, QImage::Format_ARGB32);
        QPainter painter(&picture);
        view.paintFigure(painter, QRectF(0, 0, 200, 100));
        painter.end();
        const ColorMap map(ColorMap::Kind::Diverging);
        QCOMPARE(picture.pixel(50, 50), map.rgbAt(0.375));
        QCOMPARE(picture.pixel(150, 50), map.rgbAt(1.0));

        view.setImages(2, 1, {{0.0F, 0.0F}});
        QImage blank(200, 100, QImage::Format_ARGB32);
        QPainter blankPainter(&blank);
        view.paintFigure(blankPainter, QRectF(0, 0, 200, 100));
        blankPainter.end();
        QCOMPARE(blank.pixel(100, 50), map.rgbAt(0.5));
    }

    void aClickNamesTheImageUnderIt()
    {
        // Four square images in a 400 x 400 widget: a 2 x 2 grid of 200-pixel cells.
        ImageGalleryView view;
        view.resize(400, 400);
        view.setImages(3, 3, std::vector<std::vector<float>>(4, std::vector<float>(9, 1.0F)));
        QCOMPARE(view.indexAt(QPointF(100, 100)), 0);
        QCOMPARE(view.indexAt(QPointF(300, 100)), 1);
        QCOMPARE(view.indexAt(QPointF(100, 300)), 2);
        QCOMPARE(view.indexAt(QPointF(300, 300)), 3);
        QSignalSpy clicked(&view, &ImageGalleryView::clicked);
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(300, 300));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().at(0).toInt(), 3);
        // Five images: two columns of three rows of 400 / 3 pixels, centred across; the
        // margin and the sixth, empty cell name no image.
        view.setImages(3, 3, std::vector<std::vector<float>>(5, std::vector<float>(9, 1.0F)));
        QCOMPARE(view.indexAt(QPointF(100, 300)), 4);
        QCOMPARE(view.indexAt(QPointF(30, 100)), -1);
        QCOMPARE(view.indexAt(QPointF(300, 350)), -1);
    }
};

HOPFIELD_TEST_MAIN(TestImageGalleryView)
#include "tst_imagegalleryview.moc"
