#include "Contrast.h"
#include "FuzzyCompare.h"
#include "Palette.h"
#include "TestSuite.h"
#include "gui/appearance/Preferences.h"
#include "gui/appearance/PresentationMode.h"
#include "gui/appearance/Theme.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QSize>
#include <QStyle>
#include <QTemporaryDir>
#include <algorithm>

using namespace hopfield;
using namespace hopfield::app;
using hopfield::ui::contrastRatio;
using hopfield::ui::relativeLuminance;

Q_DECLARE_METATYPE(hopfield::app::ThemeKind)

/// Themes keep text readable and data colour-blind safe; presentation mode scales type
/// and lines; preferences survive a restart.
class TestAppearance : public QObject {
    Q_OBJECT

private slots:
    void themesDiffer()
    {
        const QPalette light = themePalette(ThemeKind::Light);
        const QPalette dark = themePalette(ThemeKind::Dark);
        QVERIFY(light != dark);
        QVERIFY(relativeLuminance(light.color(QPalette::Window)) > 0.8);
        QVERIFY(relativeLuminance(dark.color(QPalette::Window)) < 0.05);
        QCOMPARE(themeFromName(themeName(ThemeKind::Dark)), ThemeKind::Dark);
        QCOMPARE(themeFromName(themeName(ThemeKind::Light)), ThemeKind::Light);
        QVERIFY(!themeFromName(QStringLiteral("purple")).has_value());
    }

    void textKeepsContrast_data()
    {
        QTest::addColumn<ThemeKind>("theme");
        QTest::newRow("light") << ThemeKind::Light;
        QTest::newRow("dark") << ThemeKind::Dark;
    }

    void textKeepsContrast()
    {
        // WCAG 2.1 AA for normal text: at least 4.5:1 against its background.
        QFETCH(ThemeKind, theme);
        const QPalette palette = themePalette(theme);
        const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
            {QPalette::WindowText, QPalette::Window},
            {QPalette::Text, QPalette::Base},
            {QPalette::Text, QPalette::AlternateBase},
            {QPalette::ButtonText, QPalette::Button},
            {QPalette::HighlightedText, QPalette::Highlight},
            {QPalette::ToolTipText, QPalette::ToolTipBase},
            {QPalette::Link, QPalette::Base},
            // Secondary text (descriptions, hints, progress) is drawn in PlaceholderText.
            {QPalette::PlaceholderText, QPalette::Window},
            {QPalette::PlaceholderText, QPalette::Base},
        };
        for (const auto& [text, background] : pairs) {
            const double ratio = contrastRatio(palette.color(text), palette.color(background));
            QVERIFY2(
                ratio >= 4.5,
                qPrintable(
                    QStringLiteral("role %1 on %2: %3:1").arg(text).arg(background).arg(ratio)));
        }
    }

    void seriesStayOkabeIto()
    {
        // Light: exactly the Okabe-Ito palette of ui/Palette.h.  Dark: the same hues, with
        // black (invisible on dark) swapped for the text colour; every series then has the
        // 3:1 contrast WCAG asks of graphics against the plot background.
        const std::array<QColor, 8> light = themeSeriesColours(ThemeKind::Light);
        for (int i = 0; i < 8; ++i)
            QCOMPARE(light[static_cast<std::size_t>(i)], ui::palette::series(i));
        const std::array<QColor, 8> dark = themeSeriesColours(ThemeKind::Dark);
        const QColor background = themePalette(ThemeKind::Dark).color(QPalette::Base);
        for (std::size_t i = 0; i < dark.size(); ++i) {
            QVERIFY2(contrastRatio(dark[i], background) >= 3.0, qPrintable(dark[i].name()));
            if (light[i] != QColor(Qt::black))
                QCOMPARE(dark[i], light[i]);
        }
        QVERIFY(std::find(dark.begin(), dark.end(), QColor(Qt::black)) == dark.end());
    }

    void applyingAThemeSetsThePalette()
    {
        auto& app = *qobject_cast<QApplication*>(QCoreApplication::instance());
        applyTheme(app, ThemeKind::Dark);
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 themePalette(ThemeKind::Dark).color(QPalette::Window));
        QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
        applyTheme(app, ThemeKind::Light);
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 themePalette(ThemeKind::Light).color(QPalette::Window));
    }

    void presentationScalesToTheScreen()
    {
        // Issue 11, item 8: type grows with the screen as far as the layout still fits it.
        HL_COMPARE_NEAR(PresentationMode::scaleFor(QSize(1920, 1080)),
                        std::min(1920.0 / PresentationMode::kReferenceSize.width(),
                                 1080.0 / PresentationMode::kReferenceSize.height()),
                        1e-12);
        QVERIFY(PresentationMode::scaleFor(QSize(1920, 1080)) >
                PresentationMode::scaleFor(QSize(1280, 800)));
        QCOMPARE(PresentationMode::scaleFor(QSize(1024, 768)), PresentationMode::kMinScale);
        QCOMPARE(PresentationMode::scaleFor(QSize(7680, 4320)), PresentationMode::kMaxScale);
        QCOMPARE(PresentationMode::scaleFor(QSize()), PresentationMode::kMinScale);
    }

    void presentationModeScalesTypeAndLines()
    {
        const double normal = QApplication::font().pointSizeF();
        PresentationMode mode;
        mode.setAvailableSize(QSize(1920, 1080));
        const double scale = PresentationMode::scaleFor(QSize(1920, 1080));
        QSignalSpy changed(&mode, &PresentationMode::changed);
        QCOMPARE(PresentationMode::lineWidthFactor(), 1.0);
        QCOMPARE(mode.scale(), 1.0);
        mode.setOn(true);
        HL_COMPARE_NEAR(QApplication::font().pointSizeF(), normal * scale, 1e-9);
        HL_COMPARE_NEAR(PresentationMode::lineWidthFactor(),
                        PresentationMode::kLineOverType * scale, 1e-12);
        mode.setOn(true); // no change, no signal
        QCOMPARE(changed.count(), 1);
        // Moved to a smaller screen: the type follows at once.
        mode.setAvailableSize(QSize(1280, 800));
        HL_COMPARE_NEAR(QApplication::font().pointSizeF(),
                        normal * PresentationMode::scaleFor(QSize(1280, 800)), 1e-9);
        mode.setOn(false);
        QCOMPARE(QApplication::font().pointSizeF(), normal);
        QCOMPARE(PresentationMode::lineWidthFactor(), 1.0);
        QCOMPARE(changed.count(), 2);
    }

    void preferencesPersist()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("prefs.ini"));
        {
            Preferences fresh(ini);
            QCOMPARE(fresh.theme(), ThemeKind::Light);
            QCOMPARE(fresh.presentationMode(), false);
            QCOMPARE(fresh.autosaveIntervalSeconds(), 60);
            QVERIFY(fresh.lastSessionPath().isEmpty());
            fresh.setTheme(ThemeKind::Dark);
            fresh.setPresentationMode(true);
            fresh.setLastSessionPath(QStringLiteral("/home/teacher/lesson 3.json"));
            fresh.setAutosaveIntervalSeconds(15);
            fresh.setWindowGeometry(QByteArray("\x01\x02geometry", 10));
            fresh.setWindowState(QByteArray("state"));
        }
        const Preferences reopened(ini);
        QCOMPARE(reopened.theme(), ThemeKind::Dark);
        QCOMPARE(reopened.presentationMode(), true);
        QCOMPARE(reopened.lastSessionPath(), QStringLiteral("/home/teacher/lesson 3.json"));
        QCOMPARE(reopened.autosaveIntervalSeconds(), 15);
        QCOMPARE(reopened.windowGeometry(), QByteArray("\x01\x02geometry", 10));
        QCOMPARE(reopened.windowState(), QByteArray("state"));
        QCOMPARE(reopened.fileName(), ini);
    }

    void badStoredValuesFallBack()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("prefs.ini"));
        {
            QSettings raw(ini, QSettings::IniFormat);
            raw.setValue(QStringLiteral("appearance/theme"), QStringLiteral("purple"));
            raw.setValue(QStringLiteral("session/autosaveSeconds"), -5);
        }
        Preferences preferences(ini);
        QCOMPARE(preferences.theme(), ThemeKind::Light);
        QCOMPARE(preferences.autosaveIntervalSeconds(), 60);
        preferences.setAutosaveIntervalSeconds(100000);
        QCOMPARE(preferences.autosaveIntervalSeconds(), Preferences::kMaxAutosaveSeconds);
    }
};

HOPFIELD_TEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
