#include "LabRun.h"
#include "TestSuite.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

using namespace lab_test;

/// The hopfield-lab executable as a user or a script runs it.
class TestCommandLine : public QObject {
    Q_OBJECT

private slots:
    void listsTheDemos()
    {
        const LabRun result = runLab({QStringLiteral("--list-demos")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(
            result.out,
            QStringLiteral("letters\nletters-mixture\nletters-hot\nrandom-100x100\nphotographs\n"
                           "letters-retrieval\noverloading\nspurious-mixtures\n"
                           "temperature-melts-memory\nbasins-of-attraction\n"
                           "same-rule-different-temperature\nbcm-selects-one-pattern\n"
                           "lateral-inhibition-competes\nmemory-factor-selectivity\n"
                           "competing-units-prototypes\n"
                           "phase-diagram\ncapacity\nbasins\nunlearning\nboltzmann\nexamples\n"
                           "example-diagrams\ndense-memory\nbam\nlayers\nrbm\nsingle-rule\nmixture-"
                           "hessian\n"));
    }

    void unknownDemoExitsWithTwo()
    {
        const LabRun result = runLab({QStringLiteral("--demo"), QStringLiteral("nonsense")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("unknown demo 'nonsense'")));
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    }

    void badArgumentsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("negative delay")
            << QStringList{QStringLiteral("--after"), QStringLiteral("-1")};
        QTest::newRow("delay not a number")
            << QStringList{QStringLiteral("--after"), QStringLiteral("soon")};
        QTest::newRow("unknown tab")
            << QStringList{QStringLiteral("--tab"), QStringLiteral("nowhere")};
        QTest::newRow("unknown view")
            << QStringList{QStringLiteral("--tab"), QStringLiteral("plasticity/nowhere")};
        QTest::newRow("unknown theme")
            << QStringList{QStringLiteral("--theme"), QStringLiteral("blue")};
        QTest::newRow("size not WxH")
            << QStringList{QStringLiteral("--size"), QStringLiteral("1280by800")};
    }

    void badArgumentsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        const LabRun result = runLab(arguments);
        QCOMPARE(result.exitCode, 2);
        // The one line of ours comes last (Qt may warn first once the window exists).
        QVERIFY(result.err.trimmed()
                    .split(QLatin1Char('\n'))
                    .constLast()
                    .startsWith(QStringLiteral("hopfield-lab: ")));
    }

    void screenshotSavesTheWindow_data()
    {
        QTest::addColumn<QString>("demo");
        QTest::newRow("default") << QString();
        QTest::newRow("random-100x100") << QStringLiteral("random-100x100");
        QTest::newRow("lesson") << QStringLiteral("letters-retrieval");
        QTest::newRow("generative lab") << QStringLiteral("mixture-hessian");
    }

    void screenshotSavesTheWindow()
    {
        QFETCH(QString, demo);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString path = directory.filePath(QStringLiteral("shot.png"));
        QStringList arguments{QStringLiteral("--screenshot"), path, QStringLiteral("--after"),
                              QStringLiteral("0.5")};
        if (!demo.isEmpty())
            arguments << QStringLiteral("--demo") << demo;
        const LabRun result = runLab(arguments);
        QCOMPARE(result.exitCode, 0);
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1920, 1000));
    }

    /// The plasticity lab trains the bundled digits and is saved when done, at the size
    /// and in the theme asked for (the window never gets narrower than the studio needs).
    void plasticityScreenshotAfterTraining()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString path = directory.filePath(QStringLiteral("plasticity.png"));
        const LabRun result =
            runLab({QStringLiteral("--tab"), QStringLiteral("plasticity/curves"),
                    QStringLiteral("--theme"), QStringLiteral("dark"), QStringLiteral("--size"),
                    QStringLiteral("1920x900"), QStringLiteral("--screenshot"), path},
                   120000);
        QCOMPARE(result.exitCode, 0);
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1920, 900));
        // The dark theme: the status bar at the bottom is dark.
        QVERIFY(qGray(image.pixel(image.width() / 2, image.height() - 10)) < 100);
    }

    void aSessionPathIsOpened()
    {
        // A broken session named on the command line is refused with the reader's reason
        // (before, the argument was ignored and the window opened on the first demo).
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "hopfield-lab-session", "version": 2, "patterns": 3})");
        file.close();
        const LabRun refused = runLab({broken});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(broken) && refused.err.contains(QStringLiteral("patterns")),
                 qPrintable(refused.err));
        QCOMPARE(runLab({broken, broken}).exitCode, 2);

        const QString good = dir.filePath(QStringLiteral("good.json"));
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::WriteOnly));
        goodFile.write(R"({"format": "hopfield-lab-session", "version": 2,
            "patterns": {"builtin": "letters", "names": ["A", "I"]}, "settings": {"seed": 4}})");
        goodFile.close();
        const QString shot = dir.filePath(QStringLiteral("session.png"));
        const LabRun opened = runLab({good, QStringLiteral("--screenshot"), shot,
                                      QStringLiteral("--after"), QStringLiteral("0.5")});
        QCOMPARE(opened.exitCode, 0);
        QVERIFY(QFile::exists(shot));
    }

    void unwritableScreenshotFails()
    {
        const LabRun result = runLab({QStringLiteral("--screenshot"),
                                      QStringLiteral("/nonexistent-directory/shot.png"),
                                      QStringLiteral("--after"), QStringLiteral("0")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("cannot save the screenshot")));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
