#include "CliRun.h"
#include "FuzzyCompare.h"
#include "TestSuite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

using namespace cli_test;

class TestTheoryCommand : public QObject {
    Q_OBJECT
private slots:
    void agsPrintsCapacityAndLines()
    {
        const CliRun run = runCli({"theory", "ags", "--points", "4"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject ags = QJsonDocument::fromJson(run.out).object();
        // AGS 1987 / SCIENCE.md: alpha_c = 0.137905, m_c = 0.967417, y = 1.5112.
        HL_COMPARE_NEAR(ags["alpha_c"].toDouble(), 0.137905, 1e-6);
        HL_COMPARE_NEAR(ags["m_at_alpha_c"].toDouble(), 0.967417, 1e-6);
        HL_COMPARE_NEAR(ags["y_at_alpha_c"].toDouble(), 1.5112, 1e-4);
        HL_COMPARE_NEAR(ags["alpha_c_Tc"].toDouble(), 0.051, 0.001);
        const QJsonArray glass = ags["T_g"].toArray();
        QCOMPARE(glass.size(), 4);
        for (const auto& point : glass) {
            const double alpha = point.toArray()[0].toDouble();
            QCOMPARE(point.toArray()[1].toDouble(), 1.0 + std::sqrt(alpha));
        }
        const QJsonArray retrieval = ags["T_M"].toArray();
        QCOMPARE(retrieval.size(), 5);
        QCOMPARE(retrieval.last().toArray()[0].toDouble(), ags["alpha_c"].toDouble());
        QCOMPARE(retrieval.last().toArray()[1].toDouble(), 0.0);
        QVERIFY(ags["T_c"].toArray().size() >= 2);
    }

    void mixturesPrintStability()
    {
        const CliRun run = runCli({"theory", "mixtures"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray mixtures = QJsonDocument::fromJson(run.out).object()["mixtures"].toArray();
        QCOMPARE(mixtures.size(), 3);
        const QJsonObject three = mixtures[0].toObject();
        QCOMPARE(three["n"].toInt(), 3);
        HL_COMPARE_NEAR(three["overlap_at_T0"].toDouble(), 0.5, 1e-12);
        HL_COMPARE_NEAR(three["energy_at_T0"].toDouble(), -0.375, 1e-12);
        HL_COMPARE_NEAR(three["stable_below_T"].toDouble(), 0.46, 0.002); // AGS 1985: 0.461
        // The Hessian's eigenvalues against T: 51 temperatures over [0, 1], all 1 at T = 0.
        // II changes sign between T = 0.44 and T = 0.46 (just above 0.459794); I and III stay
        // positive there.
        const QJsonArray hessian = three["hessian"].toArray();
        QCOMPARE(hessian.size(), 51);
        const QJsonObject cold = hessian[0].toObject();
        for (const char* key : {"eigenvalue_I", "eigenvalue_II", "eigenvalue_III"})
            HL_COMPARE_NEAR(cold[key].toDouble(), 1.0, 1e-12);
        const QJsonObject below = hessian[22].toObject();
        const QJsonObject above = hessian[23].toObject();
        HL_COMPARE_NEAR(below["T"].toDouble(), 0.44, 1e-12);
        HL_COMPARE_NEAR(above["T"].toDouble(), 0.46, 1e-12);
        QVERIFY(below["eigenvalue_II"].toDouble() > 0.0);
        QVERIFY(above["eigenvalue_II"].toDouble() < 0.0);
        QVERIFY(above["eigenvalue_I"].toDouble() > 0.0);
        QVERIFY(above["eigenvalue_III"].toDouble() > 0.0);
        QVERIFY(below["stable"].toBool());
        QVERIFY(!above["stable"].toBool());
    }

    void badArgumentsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no model") << QStringList{"theory"};
        QTest::newRow("unknown model") << QStringList{"theory", "sk"};
        QTest::newRow("points too small") << QStringList{"theory", "ags", "--points", "1"};
        QTest::newRow("unknown flag") << QStringList{"theory", "ags", "--colour", "red"};
    }
    void badArgumentsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count('\n'), 1);
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestTheoryCommand)
#include "tst_theorycommand.moc"
