#include "TestSuite.h"
#include "gui/patterns/PatternResource.h"
#include "gui/patterns/Photographs.h"
#include "gui/retrieval/demos/DemoCatalog.h"
#include "gui/retrieval/run/AttractorText.h"
#include "gui/retrieval/run/OverlapSeries.h"
#include "gui/retrieval/run/RetrievalRun.h"
#include "io/ParseError.h"

#include <stdexcept>

using namespace hopfield;
using namespace hopfield::app;

/// The demo catalogue, the built-in letters it reads, and the words and series the
/// window shows for a state.
class TestDemos : public QObject {
    Q_OBJECT

private slots:
    void catalogueListsTheDemos()
    {
        QCOMPARE(demoNames(), (QStringList{"letters", "letters-mixture", "letters-hot",
                                           "random-100x100", "photographs"}));
        QVERIFY(findDemo(QStringLiteral("letters")).has_value());
        QVERIFY(!findDemo(QStringLiteral("no-such-demo")).has_value());
        for (const Demo& demo : demos()) {
            QVERIFY(!demo.title.isEmpty());
            QVERIFY(!demo.description.isEmpty());
        }
    }

    void defaultDemoCorruptsAFifthOfA()
    {
        const Demo demo = demos().constFirst();
        QCOMPARE(demo.name, QStringLiteral("letters"));
        QCOMPARE(demo.setup.patterns.names.value(demo.setup.target), QStringLiteral("A"));
        QCOMPARE(demo.setup.noise, 0.2);
        QCOMPARE(demo.setup.temperature, 0.0);
        QCOMPARE(demo.setup.mode, UpdateMode::RandomAsync);
    }

    void lettersComeFromTheResources()
    {
        const PatternSet all = loadPatterns(QStringLiteral(":/patterns/letters.txt"));
        QCOMPARE(all.size(), 26);
        QCOMPARE(all.width(), 16);
        QCOMPARE(all.height(), 16);
        QCOMPARE(all[0].name(), std::string("A"));
        const PatternSet chosen =
            loadPatterns(QStringLiteral(":/patterns/letters.txt"), {"V", "A"});
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen[0].name(), std::string("V"));
        QVERIFY(chosen[1] == all[0]);
    }

    void everyBuiltInSetParses_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("letters") << QStringLiteral(":/patterns/letters.txt");
        QTest::newRow("digits") << QStringLiteral(":/patterns/digits.txt");
        QTest::newRow("symbols") << QStringLiteral(":/patterns/symbols.txt");
    }

    void everyBuiltInSetParses()
    {
        QFETCH(QString, path);
        QVERIFY(loadPatterns(path).size() > 0);
    }

    void photographsAreDitheredFromTheResources()
    {
        const PatternSet photos = loadPatterns(kPhotographsResource);
        QCOMPARE(photos.size(), 4);
        QCOMPARE(photos.width(), 256);
        QCOMPARE(photos.height(), 256);
        QCOMPARE(photos[0].name(), std::string("astronaut"));
        // Dithered, not thresholded nor blank: a good share of both spins in each, and
        // distinct pictures overlap far less than a picture with itself.
        for (const Pattern& photo : photos) {
            const auto plus = std::count(photo.spins().begin(), photo.spins().end(), Spin{1});
            QVERIFY2(plus > photo.size() / 5 && plus < photo.size() * 4 / 5,
                     qPrintable(QString::number(plus)));
        }
        for (int a = 0; a < photos.size(); ++a)
            for (int b = a + 1; b < photos.size(); ++b)
                QVERIFY(std::abs(overlapSum(photos[a].spins(), photos[b].spins())) <
                        photos[a].size() / 2);
    }

    void photographsDemoRetrievesTheOccludedAstronaut()
    {
        // The same setup the window runs (--demo photographs), driven here without it.
        const std::optional<Demo> demo = findDemo(QStringLiteral("photographs"));
        QVERIFY(demo.has_value());
        QCOMPARE(demo->setup.start, StartKind::Given);
        QVERIFY(demo->corruption.has_value());
        RetrievalRun run(demo->setup);
        QCOMPARE(run.neurons(), 65536);
        const Pattern& astronaut = run.model().patterns()[0];
        const auto overlap = [&](std::span<const Spin> state) {
            return overlapSum(astronaut.spins(), state) / static_cast<double>(astronaut.size());
        };
        // Half the picture covered in white: far from retrieved at the start.
        const double before = overlap(run.start().spins());
        QVERIFY2(before < 0.8, qPrintable(QString::number(before)));
        const std::atomic<bool> go{false};
        for (int sweep = 0; sweep < 20 && !run.converged(); ++sweep)
            run.completeSweep(go);
        QVERIFY(run.converged());
        const double after = overlap(run.model().state());
        qInfo("astronaut overlap %.4f -> %.4f", before, after);
        QVERIFY2(after > 0.95, qPrintable(QStringLiteral("m = %1 from %2").arg(after).arg(before)));
    }

    void badNamesAndFilesAreNamed()
    {
        try {
            loadPatterns(QStringLiteral(":/patterns/letters.txt"), {"A", "Ж"});
            QFAIL("an unknown name was accepted");
        } catch (const std::runtime_error& error) {
            QVERIFY(QString::fromUtf8(error.what()).contains(QStringLiteral("'Ж'")));
        }
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, loadPatterns(QStringLiteral(":/nothing.txt")));
    }

    void attractorsInWords_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QList<int>>("patterns");
        QTest::addColumn<QList<int>>("signs");
        QTest::addColumn<QString>("text");
        QTest::newRow("retrieval") << int(StateKind::Retrieval) << QList<int>{0} << QList<int>{1}
                                   << QStringLiteral("retrieved A");
        QTest::newRow("reversed") << int(StateKind::Reversed) << QList<int>{2} << QList<int>{-1}
                                  << QStringLiteral("reversed M");
        QTest::newRow("mixture") << int(StateKind::Mixture) << QList<int>{0, 1, 2}
                                 << QList<int>{1, 1, -1}
                                 << QStringLiteral("mixture of A, I, \u2212M");
        QTest::newRow("spin glass") << int(StateKind::SpinGlass) << QList<int>{} << QList<int>{}
                                    << QStringLiteral("spin glass");
    }

    void attractorsInWords()
    {
        QFETCH(int, kind);
        QFETCH(QList<int>, patterns);
        QFETCH(QList<int>, signs);
        QFETCH(QString, text);
        StateClassification classification;
        classification.kind = static_cast<StateKind>(kind);
        classification.patterns.assign(patterns.begin(), patterns.end());
        classification.signs.assign(signs.begin(), signs.end());
        QCOMPARE(describeAttractor(classification, {"A", "I", "M", "V"}), text);
    }

    void longMixturesAreCounted()
    {
        StateClassification classification;
        classification.kind = StateKind::Mixture;
        for (int mu = 0; mu < 7; ++mu) {
            classification.patterns.push_back(mu);
            classification.signs.push_back(1);
        }
        QCOMPARE(describeAttractor(classification, {}),
                 QStringLiteral("mixture of #1, #2, #3, #4, #5, 2 more"));
    }

    void fewPatternsGetOneSeriesEach()
    {
        const OverlapSeries series({"A", "I", "M"}, 1);
        QCOMPARE(series.names(), (QStringList{"A", "I (target)", "M"}));
        QCOMPARE(series.emphasized(), 1);
        QCOMPARE(series.values({0.1, 0.9, -0.2}), (QVector<double>{0.1, 0.9, -0.2}));
    }

    void manyPatternsAreSummarised()
    {
        QStringList names;
        QVector<double> overlaps;
        for (int mu = 0; mu < 20; ++mu) {
            names << QStringLiteral("p%1").arg(mu);
            overlaps << 0.01 * mu;
        }
        overlaps[3] = 0.95;
        overlaps[7] = -0.4;
        const OverlapSeries series(names, 3);
        QCOMPARE(series.names(), (QStringList{"p3 (target)", "largest other |m|"}));
        QCOMPARE(series.emphasized(), 0);
        QCOMPARE(series.values(overlaps), (QVector<double>{0.95, 0.4}));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestDemos)
#include "tst_demos.moc"
