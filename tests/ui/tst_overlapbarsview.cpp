#include "OverlapBarsView.h"
#include "Palette.h"
#include "TestSuite.h"

#include <QImage>
#include <QPainter>

using hopfield::ui::OverlapBarsView;

/// Overlap bars: one per pattern, up for m > 0 and down for m < 0 from the zero line,
/// their length proportional to m, the largest |m| drawn in the leader colour.
class TestOverlapBarsView : public QObject {
    Q_OBJECT

private slots:
    void leaderIsTheLargestMagnitude()
    {
        OverlapBarsView view;
        view.setNames({"A", "I", "M", "V"});
        QCOMPARE(view.leader(), -1);
        view.setOverlaps({0.5, -0.9, 0.3, 0.1});
        QCOMPARE(view.leader(), 1); // a reversed pattern leads too
        view.setOverlaps({0.5, 0.2});
        QCOMPARE(view.overlaps().size(), 4); // wrong length: ignored
    }

    void barsGrowFromTheZeroLine()
    {
        OverlapBarsView view;
        view.setNames({"A", "I", "M"});
        view.setOverlaps({1.0, -0.5, 0.0});
        const QRect target(0, 0, 300, 200);
        const QRectF up = view.barRect(target, 0);
        const QRectF down = view.barRect(target, 1);
        QCOMPARE(up.bottom(), down.top()); // both start at m = 0
        // m = 1 spans twice the height of m = -1/2, on opposite sides.
        QCOMPARE(up.height(), 2.0 * down.height());
        QVERIFY(up.left() < down.left());
        QCOMPARE(view.barRect(target, 2).height(), 0.0);
    }

    void leaderIsPaintedInTheLeaderColour()
    {
        OverlapBarsView view;
        view.setNames({"A", "I"});
        view.setOverlaps({0.3, 0.8});
        QImage image(300, 200, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        view.paint(painter, image.rect());
        painter.end();
        const QPointF leaderCentre = view.barRect(image.rect(), 1).center();
        const QPointF otherCentre = view.barRect(image.rect(), 0).center();
        QCOMPARE(image.pixelColor(leaderCentre.toPoint()), hopfield::ui::palette::series(0));
        QVERIFY(image.pixelColor(otherCentre.toPoint()) != hopfield::ui::palette::series(0));
        QVERIFY(image.pixelColor(otherCentre.toPoint()) != QColor(Qt::white));
    }
};

HOPFIELD_TEST_MAIN(TestOverlapBarsView)
#include "tst_overlapbarsview.moc"
