#include "Palette.h"
#include "StatusBadge.h"
#include "TestSuite.h"

using hopfield::ui::StatusBadge;

/// Issue 11, item 10: a long verdict drops its detail, then the middle of its list, then
/// its end, always keeping its kind (the start), with the whole text as the tooltip; it
/// never widens its column.
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
        QVERIFY2(shown.startsWith(QStringLiteral("mixture of random 3")), qPrintable(shown));
        QVERIFY(shown.contains(QChar(0x2026)));
        QVERIFY(badge.fontMetrics().horizontalAdvance(shown) <= 240);
        QCOMPARE(badge.text(), verdict);
        // With room for two members, the first and the last stay.
        const QString ends = QStringLiteral("mixture of random 3, \u2026, random 21");
        badge.resize(badge.fontMetrics().horizontalAdvance(ends) + 2 * (16 + 2) + 1,
                     badge.sizeHint().height());
        QCOMPARE(badge.shownText(), ends);
    }

    void theDetailGivesWayBeforeTheVerdict()
    {
        // The studio's 1280 px verdict column showed "retrieved …ixed point": which
        // pattern was retrieved was the part cut.
        StatusBadge badge;
        badge.setBadge(QStringLiteral("retrieved A \u00b7 fixed point"),
                       hopfield::ui::palette::success());
        badge.resize(badge.sizeHint().width() - 10, badge.sizeHint().height());
        QCOMPARE(badge.shownText(), QStringLiteral("retrieved A"));
        badge.resize(badge.sizeHint());
        QCOMPARE(badge.shownText(), badge.text());
    }
};

HOPFIELD_TEST_MAIN(TestStatusBadge)
#include "tst_statusbadge.moc"
