#include "LabRun.h"
#include "TestSuite.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

using namespace lab_test;

/// hopfield-lab's continuous-lab options: --list-presets, and --preset with --screenshot,
/// the GUI's render path (PNG of the window, SVG or PDF of the phase plane).
class TestContinuousCommandLine : public QObject {
    Q_OBJECT

private slots:
    void listsThePresets()
    {
        const LabRun result = runLab({QStringLiteral("--list-presets")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QStringLiteral("symmetric-two-neuron\nlimit-cycle\nstored-pattern\n"
                                            "krotov-quartic\nrecognise\nrecord\nforget-recover\n"
                                            "wandering\nauthors-map\n"));
    }

    void unknownPresetExitsWithTwo()
    {
        const LabRun result = runLab({QStringLiteral("--preset"), QStringLiteral("nonsense")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("unknown preset 'nonsense'")));
    }

    void screenshotsAPreset_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png") << QStringLiteral("symmetric-two-neuron") << QStringLiteral("x.png")
                             << QByteArray("\x89PNG");
        QTest::newRow("svg") << QStringLiteral("symmetric-two-neuron") << QStringLiteral("x.svg")
                             << QByteArray("<?xml");
        QTest::newRow("pdf") << QStringLiteral("record") << QStringLiteral("x.pdf")
                             << QByteArray("%PDF");
    }

    void screenshotsAPreset()
    {
        QFETCH(QString, preset);
        QFETCH(QString, file);
        QFETCH(QByteArray, magic);
        QTemporaryDir directory;
        const QString path = directory.filePath(file);
        const LabRun result =
            runLab({QStringLiteral("--preset"), preset, QStringLiteral("--screenshot"), path});
        QCOMPARE(result.exitCode, 0);
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(bytes.startsWith(magic));
        if (file.endsWith(QLatin1String(".png"))) {
            const QImage image(path);
            QVERIFY(image.width() >= 800);
        }
        if (file.endsWith(QLatin1String(".svg"))) // the phase plane as vectors, titled
            QVERIFY(bytes.contains("Phase plane"));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestContinuousCommandLine)
#include "tst_continuouscommandline.moc"
