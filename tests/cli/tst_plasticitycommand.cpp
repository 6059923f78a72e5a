// `hopfield-lab-cli plasticity`: the JSON fields the issue names, other data files, the
// sweep's CSV, the single-neuron experiment, the weights image, and every bad flag.
#include "CliRun.h"
#include "FuzzyCompare.h"
#include "TestSuite.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

using namespace cli_test;

namespace {

void appendBigEndian(QByteArray& bytes, quint32 value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        bytes.append(static_cast<char>((value >> shift) & 0xff));
}

} // namespace

class TestPlasticityCommand : public QObject {
    Q_OBJECT
private slots:
    void competingUnitsOnTheBundledDigits()
    {
        QTemporaryDir dir;
        const QString weights = dir.filePath("w.pgm");
        const CliRun run = runCli({"plasticity", "--model", "competing", "--units", "16",
                                   "--epochs", "2", "--save-weights", weights});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = parseObject(run.out);
        for (const char* field :
             {"units", "epochs", "selectivity", "mean_selectivity", "selected_patterns",
              "overlap_index", "theta", "mean_y2", "readout_accuracy", "pixel_readout_accuracy",
              "weight_norms", "samples_per_second"})
            QVERIFY2(json.contains(field), field);
        QCOMPARE(json["units"].toInt(), 16);
        QCOMPARE(json["train_images"].toInt(), 8000);
        QCOMPARE(json["selectivity"].toArray().size(), 16);
        QCOMPARE(json["weight_norms"].toArray().size(), 16);
        QVERIFY(json["theta"].toArray().isEmpty());
        const double beta = json["overlap_index"].toDouble();
        QVERIFY(beta >= 1.0 && beta <= 16.0);
        QVERIFY(json["readout_accuracy"].toDouble() > 0.3);
        QVERIFY(json["pixel_readout_accuracy"].toDouble() > 0.8);
        QVERIFY(json["samples_per_second"].toDouble() > 0);
        // 16 tiles of 28x28 in a 4x4 mosaic with one-pixel gaps: 115 x 115.
        QFile pgm(weights);
        QVERIFY(pgm.open(QIODevice::ReadOnly));
        const QByteArray image = pgm.readAll();
        QVERIFY(image.startsWith("P5\n115 115\n255\n"));
        QCOMPARE(image.size(), qsizetype(15 + 115 * 115));
    }

    void savesTheWeightsAsIdx()
    {
        // A name ending in .idx: one 28 x 28 idx3-ubyte image per unit, not a mosaic.
        QTemporaryDir dir;
        const QString weights = dir.filePath("w.idx");
        const CliRun run = runCli({"plasticity", "--model", "competing", "--units", "4", "--epochs",
                                   "1", "--save-weights", weights});
        QCOMPARE(run.exitCode, 0);
        QFile idx(weights);
        QVERIFY(idx.open(QIODevice::ReadOnly));
        const QByteArray bytes = idx.readAll();
        QByteArray header;
        for (quint32 value : {0x803u, 4u, 28u, 28u})
            appendBigEndian(header, value);
        QCOMPARE(bytes.left(16), header);
        QCOMPARE(bytes.size(), qsizetype(16 + 4 * 28 * 28));
        // Each field is scaled to its own largest |w|: every unit reaches 1 or 255.
        for (int unit = 0; unit < 4; ++unit) {
            const QByteArray field = bytes.mid(16 + unit * 784, 784);
            const auto [low, high] = std::minmax_element(
                field.begin(), field.end(), [](char a, char b) { return quint8(a) < quint8(b); });
            QVERIFY(quint8(*low) == 1 || quint8(*high) == 255);
        }
    }

    void bcmReportsThetaBesideTheMeanSquare()
    {
        const CliRun run = runCli({"plasticity", "--units", "8", "--epochs", "2", "--init",
                                   "glorot", "--lateral", "-0.05", "--optimizer", "adam",
                                   "--learning-rate", "0.001", "--activation", "relu"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = parseObject(run.out);
        const QJsonArray theta = json["theta"].toArray();
        const QJsonArray meanSquare = json["mean_y2"].toArray();
        QCOMPARE(theta.size(), 8);
        QCOMPARE(meanSquare.size(), 8);
        for (qsizetype i = 0; i < theta.size(); ++i)
            QVERIFY(theta[i].toDouble() >= 0 && meanSquare[i].toDouble() >= 0);
        QVERIFY(json["weight_norms"].toArray().isEmpty());
    }

    void readsIdxAndCifarFiles()
    {
        QTemporaryDir dir;
        // 40 IDX images of 2x2 and their labels, found by MNIST's naming.
        QByteArray images;
        appendBigEndian(images, 0x803);
        for (const quint32 size : {40u, 2u, 2u})
            appendBigEndian(images, size);
        QByteArray labels;
        appendBigEndian(labels, 0x801);
        appendBigEndian(labels, 40);
        for (int n = 0; n < 40; ++n) {
            for (int i = 0; i < 4; ++i)
                images.append(static_cast<char>(i == n % 4 ? 250 : 10));
            labels.append(static_cast<char>(n % 4));
        }
        const QString idx = writeFile(dir, "t-images-idx3-ubyte", images);
        writeFile(dir, "t-labels-idx1-ubyte", labels);
        CliRun run = runCli({"plasticity", "--data", idx, "--units", "4", "--batch", "8",
                             "--epochs", "3", "--model", "competing"});
        QCOMPARE(run.exitCode, 0);
        QJsonObject json = parseObject(run.out);
        QCOMPARE(json["train_images"].toInt(), 32);
        QCOMPARE(json["held_out_images"].toInt(), 8);
        HL_COMPARE_NEAR(json["pixel_readout_accuracy"].toDouble(), 1.0, 0.0);

        QByteArray batch;
        for (int n = 0; n < 30; ++n) {
            batch.append(static_cast<char>(n % 10));
            batch.append(QByteArray(3072, static_cast<char>(n * 8)));
        }
        const QString cifar = writeFile(dir, "data_batch_1.bin", batch);
        run = runCli({"plasticity", "--data", "cifar:" + cifar, "--units", "3", "--batch", "6",
                      "--epochs", "1"});
        QCOMPARE(run.exitCode, 0);
        json = parseObject(run.out);
        QCOMPARE(json["train_images"].toInt(), 24);
        QCOMPARE(json["selectivity"].toArray().size(), 3);
    }

    void sweepsTheMemoryFactorAsCsv()
    {
        const CliRun run = runCli({"plasticity", "--sweep", "memory=0.5:0.9:0.2", "--units", "5",
                                   "--epochs", "1", "--init", "glorot"});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = QString::fromUtf8(run.out).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QString("memory,mean_selectivity,selected_patterns,overlap_index,"
                                   "memorisation_bound,readout_accuracy"));
        QCOMPARE(lines[1].split(',')[0], QString("0.5"));
        QCOMPARE(lines[3].split(',')[0], QString("0.9"));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList cells = lines[i].split(',');
            QCOMPARE(cells.size(), 6);
            const double beta = cells[3].toDouble();
            QVERIFY(beta >= 1.0 && beta <= 5.0);
        }
    }

    void singleNeuronSelectsOnePattern()
    {
        const CliRun run = runCli({"plasticity", "--experiment", "single-neuron", "--seed", "2"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = parseObject(run.out);
        const int selected = json["selected_pattern"].toInt(-1);
        QVERIFY(selected == 0 || selected == 1);
        const QJsonArray responses = json["responses"].toArray()[0].toArray();
        QCOMPARE(responses.size(), 2);
        // The selective fixed point: y = theta = 2 for the chosen pattern, 0 for the other.
        HL_COMPARE_NEAR(responses[selected].toDouble(), 2.0, 0.4);
        HL_COMPARE_NEAR(responses[1 - selected].toDouble(), 0.0, 0.2);

        const CliRun two = runCli({"plasticity", "--experiment", "single-neuron", "--units", "2",
                                   "--lateral", "-0.4", "--seed", "5"});
        QCOMPARE(two.exitCode, 0);
        const QJsonArray picks = parseObject(two.out)["selected_patterns"].toArray();
        QCOMPARE(picks.size(), 2);
        QVERIFY(picks[0].toInt() != picks[1].toInt());
    }

    void badFlagsExitWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown flag") << QStringList{"--neurons", "5"} << "--neurons";
        QTest::newRow("model") << QStringList{"--model", "rbm"} << "--model";
        QTest::newRow("units 0") << QStringList{"--units", "0"} << "--units";
        QTest::newRow("epochs text") << QStringList{"--epochs", "many"} << "--epochs";
        QTest::newRow("batch 0") << QStringList{"--batch", "0"} << "--batch";
        QTest::newRow("batch too large") << QStringList{"--batch", "9000"} << "batch size";
        QTest::newRow("activation") << QStringList{"--activation", "tanh"} << "--activation";
        QTest::newRow("optimizer") << QStringList{"--optimizer", "rmsprop"} << "--optimizer";
        QTest::newRow("learning rate") << QStringList{"--learning-rate", "-1"} << "--learning-rate";
        QTest::newRow("init") << QStringList{"--init", "he"} << "--init";
        QTest::newRow("lateral singular") << QStringList{"--lateral", "-1"} << "singular";
        QTest::newRow("memory 1") << QStringList{"--memory", "1"} << "--memory";
        QTest::newRow("power") << QStringList{"--power", "1"} << "--power";
        QTest::newRow("rank over units")
            << QStringList{"--model", "competing", "--units", "3", "--rank", "4"} << "--rank";
        QTest::newRow("delta") << QStringList{"--delta", "-0.1"} << "--delta";
        QTest::newRow("seed") << QStringList{"--seed", "x"} << "--seed";
        QTest::newRow("missing file")
            << QStringList{"--data", "/nonexistent.gz"} << "/nonexistent.gz: cannot open the file";
        QTest::newRow("missing cifar")
            << QStringList{"--data", "cifar:/nonexistent"} << "/nonexistent: cannot open the file";
        QTest::newRow("sweep parameter") << QStringList{"--sweep", "gamma=0.5"} << "--sweep";
        QTest::newRow("sweep range") << QStringList{"--sweep", "memory=0.5:x:0.1"} << "memory";
        QTest::newRow("sweep memory 1") << QStringList{"--sweep", "memory=0.5:1:0.5"} << "memory";
        QTest::newRow("sweep competing")
            << QStringList{"--sweep", "lateral=0:0.1:0.1", "--model", "competing"} << "--sweep";
        QTest::newRow("experiment") << QStringList{"--experiment", "double"} << "--experiment";
        QTest::newRow("unwritable weights")
            << QStringList{"--units", "2", "--epochs", "1", "--save-weights", "/nonexistent/w.pgm"}
            << "--save-weights";
    }

    void badFlagsExitWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        verifyOneLineError(QStringList{"plasticity"} + arguments, message);
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestPlasticityCommand)
#include "tst_plasticitycommand.moc"
