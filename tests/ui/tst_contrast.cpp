#include "Contrast.h"
#include "FuzzyCompare.h"
#include "Palette.h"
#include "TestSuite.h"

using namespace hopfield::ui;

/// WCAG 2.1 contrast, and coloured labels pushed until they are readable on a background.
class TestContrast : public QObject {
    Q_OBJECT

private slots:
    void contrastFollowsWcag()
    {
        // WCAG 2.1 reference values: black on white is 21:1, #777777 on white 4.48:1
        // (the classic "just fails AA" grey); a colour against itself is 1:1.
        HL_COMPARE_NEAR(contrastRatio(Qt::black, Qt::white), 21.0, 1e-9);
        HL_COMPARE_NEAR(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white), 4.48, 0.005);
        HL_COMPARE_NEAR(contrastRatio(QColor(0x0072b2), QColor(0x0072b2)), 1.0, 1e-12);
        HL_COMPARE_NEAR(relativeLuminance(Qt::white), 1.0, 1e-12);
    }

    void readableOnBothThemes()
    {
        // The trials table's row labels: the attractor colours on the light and dark
        // themes' header backgrounds (#efeeea, #2c2e33).  Before, every label was the
        // colour darkened by 40%, which on the dark theme reads at 1.3:1 to 2.6:1.
        const QColor backgrounds[] = {QColor(0xefeeea), QColor(0x2c2e33)};
        const QColor kinds[] = {palette::success(), palette::warning(), palette::notable(),
                                palette::neutral()};
        for (const QColor& background : backgrounds) {
            for (const QColor& kind : kinds) {
                const QColor label = readableOn(kind, background);
                QVERIFY2(contrastRatio(label, background) >= 4.5, qPrintable(kind.name()));
                // Same hue: still the kind's colour, not grey.
                QVERIFY(qAbs(label.toHsl().hslHue() - kind.toHsl().hslHue()) <= 2 ||
                        kind.toHsl().hslSaturation() == 0);
            }
        }
        // A colour that is readable already stays as it is.
        QCOMPARE(readableOn(Qt::black, Qt::white), QColor(Qt::black));
    }
};

HOPFIELD_TEST_MAIN(TestContrast)
#include "tst_contrast.moc"
