#include "PatternLibraryView.h"
#include "TestSuite.h"

#include <QListWidget>
#include <QSignalSpy>

using hopfield::ui::PatternLibraryView;

/// The library view shows what it is given and turns the user's gestures into intents:
/// a selection, a rename, a move to the index the drop position means.
class TestPatternLibraryView : public QObject {
    Q_OBJECT

private:
    static void fill(PatternLibraryView& view)
    {
        const QVector<qint8> blank(9, -1);
        view.setPatterns(3, 3, {"a", "b", "c", "d"}, {blank, blank, blank, blank});
    }

private slots:
    void moveTargetCountsTheRemovedSlot_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("to");
        QTest::newRow("down past two") << 0 << 3 << 2;
        QTest::newRow("to the end") << 1 << 4 << 3;
        QTest::newRow("up to the top") << 3 << 0 << 0;
        QTest::newRow("before itself: no move") << 2 << 2 << 2;
        QTest::newRow("after itself: no move") << 2 << 3 << 2;
    }
    void moveTargetCountsTheRemovedSlot()
    {
        QFETCH(int, from);
        QFETCH(int, before);
        QFETCH(int, to);
        QCOMPARE(PatternLibraryView::moveTarget(from, before), to);
    }

    void showsNamesAndEmitsIntents()
    {
        PatternLibraryView view;
        fill(view);
        QCOMPARE(view.count(), 4);
        QCOMPARE(view.list()->item(2)->text(), QStringLiteral("c"));
        QSignalSpy current(&view, &PatternLibraryView::currentChanged);
        QSignalSpy rename(&view, &PatternLibraryView::renameRequested);
        // Handing the view a selection asks for nothing; a click does.
        view.setCurrentIndex(1);
        QCOMPARE(current.count(), 0);
        view.list()->setCurrentRow(3);
        QCOMPARE(current.count(), 1);
        QCOMPARE(current.at(0).at(0).toInt(), 3);
        view.list()->item(0)->setText(QStringLiteral("alpha")); // what an edited name does
        QCOMPARE(rename.count(), 0);                            // queued: not yet
        QTRY_COMPARE(rename.count(), 1);
        QCOMPARE(rename.at(0).at(0).toInt(), 0);
        QCOMPARE(rename.at(0).at(1).toString(), QStringLiteral("alpha"));
        // A rebuilt list keeps the selection and asks for nothing.
        fill(view);
        QCOMPARE(view.currentIndex(), 3);
        QCOMPARE(current.count(), 1);
        QCOMPARE(rename.count(), 1);
    }
};

HOPFIELD_TEST_MAIN(TestPatternLibraryView)
#include "tst_patternlibraryview.moc"
