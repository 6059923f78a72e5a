#include "CsvExport.h"
#include "TestSuite.h"

#include <QFile>
#include <QTemporaryDir>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>

using hopfield::ui::CsvColumn;
namespace csv = hopfield::ui::csv;

namespace {

QString readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly | QIODevice::Text) ? QString::fromUtf8(file.readAll())
                                                            : QString();
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

} // namespace

/// Tables go to CSV without losing a bit, atomically, with a message on failure.
class TestCsvExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void valuesRoundTripExactly()
    {
        const std::vector<double> values{0.1,
                                         1.0 / 3.0,
                                         M_PI,
                                         -2.5e-300,
                                         std::numeric_limits<double>::denorm_min(),
                                         std::numeric_limits<double>::max(),
                                         -0.0,
                                         0.30000000000000004,
                                         123456789.0,
                                         std::numeric_limits<double>::infinity()};
        const QString path = m_dir.filePath(QStringLiteral("values.csv"));
        QCOMPARE(csv::write(path, {{QStringLiteral("x"), values}}), QString());
        const QStringList lines = readAll(path).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), static_cast<qsizetype>(values.size() + 1));
        QCOMPARE(lines[0], QStringLiteral("x"));
        for (std::size_t k = 0; k < values.size(); ++k) {
            const QByteArray text = lines[static_cast<qsizetype>(k + 1)].toLatin1();
            const double back = std::strtod(text.constData(), nullptr);
            QVERIFY2(sameBits(back, values[k]), text.constData());
        }
        // Shortest form: 0.1 is written as "0.1", not 0.10000000000000001.
        QCOMPARE(lines[1], QStringLiteral("0.1"));
    }

    void columnsAndNamesFollowRfc4180()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const QString text = csv::toCsv({{QStringLiteral("alpha"), {0.05, 0.1, 0.15}},
                                         {QStringLiteral("m, mean"), {1.0, nan}},
                                         {QStringLiteral("say \"hi\""), {}}});
        QCOMPARE(text, QStringLiteral("alpha,\"m, mean\",\"say \"\"hi\"\"\"\n"
                                      "0.05,1,\n"
                                      "0.1,nan,\n"
                                      "0.15,,\n"));
    }

    void badPathGivesAMessageAndNoFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing/folder/t.csv"));
        const QString error = csv::write(path, {{QStringLiteral("x"), {1.0}}});
        QVERIFY(error.startsWith(QStringLiteral("Cannot write the table to")));
        QVERIFY(error.contains(QStringLiteral("t.csv")));
        QVERIFY(!QFile::exists(path));
        QVERIFY(csv::write(m_dir.filePath(QStringLiteral("empty.csv")), {}).contains("no columns"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("empty.csv"))));
    }

    void rewritingReplacesTheWholeFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("again.csv"));
        QCOMPARE(csv::write(path, {{QStringLiteral("a"), {1.0, 2.0, 3.0}}}), QString());
        QCOMPARE(csv::write(path, {{QStringLiteral("b"), {4.0}}}), QString());
        QCOMPARE(readAll(path), QStringLiteral("b\n4\n"));
    }

private:
    QTemporaryDir m_dir;
};

HOPFIELD_TEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
