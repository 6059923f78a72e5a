#include "Palette.h"
#include "StatusBadge.h"
#include "TestSuite.h"

using hopfield::ui::StatusBadge;

/// Issue 11, item 10: a long verdict elides in the middle, keeping its kind (the start)
/// and its end, with the whole text as the tooltip; it never widens its column.
class TestStatusBadge : public QObject {
    Q_OBJECT

private slots:
    void longVerdictsElideInTheMiddle()
    {
        StatusBadge badge;
        const QString verdict = QStringLiteral(
            "mixture of random 3, \u2212random 7, random 13, \u2212random 19, random 21 "
            "\u00b7 fixed point");
        badge.setBadge(verdict, hopfield::ui::palette::notable());
        QCOMPARE(badge.text(), verdict);
        QVERIFY(badge.minimumSizeHint().width() < 100);
        badge.resize(badge.sizeHint());
        QVERIFY(!badge.isElided());
        badge.resize(240, badge.sizeHint().height());
        QVERIFY(badge.isElided());
        const QString shown = badge.shownText();
        QVERIFY2(shown.startsWith(QStringLiteral("mixture of")), qPrintable(shown));
        QVERIFY2(shown.endsWith(QStringLiteral("point")), qPrintable(shown));
        QVERIFY(shown.contains(QChar(0x2026)));
        QVERIFY(badge.fontMetrics().horizontalAdvance(shown) <= 240);
        QCOMPARE(badge.text(), verdict);
    }
};

HOPFIELD_TEST_MAIN(TestStatusBadge)
#include "tst_statusbadge.moc"
