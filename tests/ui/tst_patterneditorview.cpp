#include "PatternEditorView.h"
#include "TestSuite.h"

#include <QSignalSpy>
#include <algorithm>

using hopfield::ui::CellEdit;
using hopfield::ui::CellEdits;
using hopfield::ui::PatternEditorView;
using Tool = PatternEditorView::Tool;

Q_DECLARE_METATYPE(Tool)

/// Drives the editor with the mouse and checks the edit intents it emits: which cells,
/// which spins, one intent per stroke, nothing for a stroke that changes nothing.
class TestPatternEditorView : public QObject {
    Q_OBJECT

private:
    static constexpr int kSide = 5;

    /// A 5 x 5 view of 20-pixel cells, all -1 except the centre.
    static void prepare(PatternEditorView& view, Tool tool)
    {
        QVector<qint8> spins(kSide * kSide, -1);
        spins[2 * kSide + 2] = 1;
        view.setGrid(kSide, kSide, spins);
        view.setTool(tool);
        view.resize(kSide * 20 + 8, kSide * 20 + 8);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

    /// Presses at cell `from`, moves through `via`, releases at the last of them.
    static void stroke(PatternEditorView& view, Qt::MouseButton button, QPoint from,
                       const QList<QPoint>& via)
    {
        QTest::mousePress(&view, button, {}, view.cellCentre(from.x(), from.y()));
        for (const QPoint& cell : via)
            QTest::mouseMove(&view, view.cellCentre(cell.x(), cell.y()));
        const QPoint end = via.isEmpty() ? from : via.last();
        QTest::mouseRelease(&view, button, {}, view.cellCentre(end.x(), end.y()));
    }

    static QList<int> indices(const CellEdits& edits)
    {
        QList<int> result;
        for (const CellEdit& edit : edits)
            result.append(edit.index);
        std::sort(result.begin(), result.end());
        return result;
    }

    static bool allSpins(const CellEdits& edits, qint8 spin)
    {
        return std::all_of(edits.begin(), edits.end(),
                           [spin](const CellEdit& e) { return e.spin == spin; });
    }

private slots:
    void cellGeometryRoundTrips()
    {
        PatternEditorView view;
        prepare(view, Tool::Paint);
        for (int y = 0; y < kSide; ++y)
            for (int x = 0; x < kSide; ++x)
                QCOMPARE(view.cellAt(view.cellCentre(x, y)), y * kSide + x);
        QCOMPARE(view.cellAt(QPoint(0, 0)), -1); // the padding is outside the grid
    }

    void leftDragPaintsInkAlongThePath()
    {
        PatternEditorView view;
        prepare(view, Tool::Paint);
        QSignalSpy spy(&view, &PatternEditorView::editRequested);
        // (0,0) to (4,0) jumping straight to the end: the segment between is filled too.
        stroke(view, Qt::LeftButton, {0, 0}, {{4, 0}});
        QCOMPARE(spy.count(), 1);
        const auto edits = spy.at(0).at(0).value<CellEdits>();
        QCOMPARE(indices(edits), (QList<int>{0, 1, 2, 3, 4}));
        QVERIFY(allSpins(edits, 1));
    }

    void rightClickPaintsPaperAndSkipsUnchangedCells()
    {
        PatternEditorView view;
        prepare(view, Tool::Paint);
        QSignalSpy spy(&view, &PatternEditorView::editRequested);
        stroke(view, Qt::RightButton, {2, 2}, {});
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<CellEdits>(), (CellEdits{{12, -1}}));
        // Painting -1 on a -1 cell changes nothing, so nothing is asked for.
        stroke(view, Qt::RightButton, {0, 0}, {});
        QCOMPARE(spy.count(), 1);
    }

    void toggleFlipsEachCellOncePerStroke()
    {
        PatternEditorView view;
        prepare(view, Tool::Toggle);
        QSignalSpy spy(&view, &PatternEditorView::editRequested);
        // Across the middle row and back: (1,2) and (2,2) are passed twice, flipped once.
        stroke(view, Qt::LeftButton, {1, 2}, {{3, 2}, {1, 2}});
        const auto edits = spy.at(0).at(0).value<CellEdits>();
        QCOMPARE(edits, (CellEdits{{11, 1}, {12, -1}, {13, 1}}));
    }

    void shapes_data()
    {
        QTest::addColumn<Tool>("tool");
        QTest::addColumn<QPoint>("from");
        QTest::addColumn<QPoint>("to");
        QTest::addColumn<QList<int>>("cells");
        QTest::newRow("diagonal line") << Tool::Line << QPoint(0, 0) << QPoint(4, 4)
                                       << QList<int>{0, 6, 18, 24}; // (2,2) is +1 already
        // Bresenham from (0,0) to (4,2): (0,0) (1,1) (2,1) (3,2) (4,2).
        QTest::newRow("line with slope 1/2")
            << Tool::Line << QPoint(0, 0) << QPoint(4, 2) << QList<int>{0, 6, 7, 13, 14};
        QList<int> border;
        for (int i = 0; i < kSide * kSide; ++i)
            if (i % kSide == 0 || i % kSide == kSide - 1 || i / kSide == 0 ||
                i / kSide == kSide - 1)
                border.append(i);
        QTest::newRow("rectangle outline, 16 cells")
            << Tool::Rectangle << QPoint(4, 4) << QPoint(0, 0) << border;
        QList<int> background;
        for (int i = 0; i < kSide * kSide; ++i)
            if (i != 12)
                background.append(i);
        QTest::newRow("fill the 24 connected -1 cells")
            << Tool::Fill << QPoint(0, 3) << QPoint(0, 3) << background;
    }
    void shapes()
    {
        QFETCH(Tool, tool);
        QFETCH(QPoint, from);
        QFETCH(QPoint, to);
        QFETCH(QList<int>, cells);
        PatternEditorView view;
        prepare(view, tool);
        QSignalSpy spy(&view, &PatternEditorView::editRequested);
        // An intermediate point: a shape follows the pointer, only its last form counts.
        stroke(view, Qt::LeftButton, from, {QPoint(1, 3), to});
        QCOMPARE(spy.count(), 1);
        const auto edits = spy.at(0).at(0).value<CellEdits>();
        QCOMPARE(indices(edits), cells);
        QVERIFY(allSpins(edits, 1));
    }

    void selectRectangleReportsCellsAndEditsNothing()
    {
        PatternEditorView view;
        prepare(view, Tool::SelectRectangle);
        QSignalSpy edits(&view, &PatternEditorView::editRequested);
        QSignalSpy rectangles(&view, &PatternEditorView::rectangleSelected);
        stroke(view, Qt::LeftButton, {3, 1}, {{1, 4}});
        QCOMPARE(edits.count(), 0);
        QCOMPARE(rectangles.count(), 1);
        QCOMPARE(rectangles.at(0).at(0).toRect(), QRect(QPoint(1, 1), QPoint(3, 4)));
    }

    void zoomSetsTheMinimumSize()
    {
        PatternEditorView view;
        view.setGrid(40, 20, QVector<qint8>(800, -1));
        view.setMinimumCellSize(10);
        // 40 x 20 cells of 10 pixels, plus 4 pixels of padding on each side.
        QCOMPARE(view.minimumSizeHint(), QSize(408, 208));
    }
};

HOPFIELD_TEST_MAIN(TestPatternEditorView)
#include "tst_patterneditorview.moc"
