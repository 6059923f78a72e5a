#include "FuzzyCompare.h"
#include "PlasticityTestData.h"
#include "TestSuite.h"
#include "core/Rng.h"
#include "plasticity/InputBatch.h"

#include <vector>

using namespace hopfield;

namespace {

using Matrix = Eigen::MatrixXd;

/// A D x B batch whose entries are nonzero with probability `density`, like a digit's pixels.
Matrix batchWithDensity(Eigen::Index d, Eigen::Index b, double density, Rng& rng)
{
    Matrix x(d, b);
    for (Eigen::Index j = 0; j < b; ++j)
        for (Eigen::Index i = 0; i < d; ++i)
            x(i, j) = rng.bernoulli(density) ? rng.uniform() : 0.0;
    return x;
}

Matrix normalMatrix(Eigen::Index rows, Eigen::Index cols, Rng& rng)
{
    Matrix m(rows, cols);
    for (Eigen::Index i = 0; i < m.size(); ++i)
        m(i) = rng.normal();
    return m;
}

} // namespace

class TestInputBatch : public QObject {
    Q_OBJECT
private slots:
    // Both forms give W X and Phi X^T, for the whole matrix and for a block of rows (what
    // one thread computes), and single inputs, whichever the density decides.
    void productsMatchTheDenseFormula_data()
    {
        QTest::addColumn<double>("density");
        QTest::addColumn<bool>("sparse");
        QTest::newRow("digit-like, 19 % nonzero") << 0.19 << true;
        QTest::newRow("almost empty") << 0.01 << true;
        QTest::newRow("dense") << 1.0 << false;
        QTest::newRow("half") << 0.5 << false;
    }
    void productsMatchTheDenseFormula()
    {
        QFETCH(double, density);
        QFETCH(bool, sparse);
        Rng rng(7);
        const Matrix x = batchWithDensity(60, 12, density, rng);
        const Matrix w = normalMatrix(9, 60, rng);
        const Matrix phi = normalMatrix(9, 12, rng);
        const InputBatch<double> batch(x);
        QCOMPARE(batch.isSparse(), sparse);

        Matrix drive(9, 12);
        batch.multiplyFromLeft(w, drive);
        HL_COMPARE_NEAR((drive - w * x).cwiseAbs().maxCoeff(), 0.0, 1e-12);
        Matrix update(9, 60);
        batch.multiplyTransposedFromLeft(phi, update);
        HL_COMPARE_NEAR((update - phi * x.transpose()).cwiseAbs().maxCoeff(), 0.0, 1e-12);

        Matrix rows = Matrix::Zero(9, 12);
        batch.multiplyFromLeft(w.middleRows(3, 4), rows.middleRows(3, 4));
        HL_COMPARE_NEAR((rows.middleRows(3, 4) - w.middleRows(3, 4) * x).cwiseAbs().maxCoeff(), 0.0,
                        1e-12);
        QCOMPARE(rows.topRows(3).cwiseAbs().maxCoeff(), 0.0); // other rows untouched
        QCOMPARE(rows.bottomRows(2).cwiseAbs().maxCoeff(), 0.0);

        Eigen::VectorXd twice = Eigen::VectorXd::Zero(60);
        batch.addInput(5, 2.0, twice);
        HL_COMPARE_NEAR((twice - 2.0 * x.col(5)).cwiseAbs().maxCoeff(), 0.0, 1e-15);
    }

    // A batch gathered from a compressed dataset equals the batch of the same columns
    // taken densely, input by input and in both products.
    void gatheredColumnsMatchTheDenseBatch()
    {
        Rng rng(11);
        const Matrix all = batchWithDensity(30, 20, 0.2, rng);
        const std::vector<int> columns{7, 0, 19, 7, 3};
        Matrix dense(30, 5);
        for (int j = 0; j < 5; ++j)
            dense.col(j) = all.col(columns[static_cast<std::size_t>(j)]);
        const auto compressed = InputBatch<double>::compress(all);
        QCOMPARE(compressed.nonZeros(), (all.array() != 0.0).count());
        const InputBatch<double> batch(compressed, columns);
        QVERIFY(batch.isSparse());
        QCOMPARE(batch.rows(), Eigen::Index{30});
        QCOMPARE(batch.cols(), Eigen::Index{5});

        const Matrix w = normalMatrix(4, 30, rng);
        Matrix drive(4, 5);
        batch.multiplyFromLeft(w, drive);
        HL_COMPARE_NEAR((drive - w * dense).cwiseAbs().maxCoeff(), 0.0, 1e-12);
        const Matrix phi = normalMatrix(4, 5, rng);
        Matrix update(4, 30);
        batch.multiplyTransposedFromLeft(phi, update);
        HL_COMPARE_NEAR((update - phi * dense.transpose()).cwiseAbs().maxCoeff(), 0.0, 1e-12);
        for (int j = 0; j < 5; ++j) {
            Eigen::VectorXd sum = Eigen::VectorXd::Ones(30);
            batch.addInput(j, -0.5, sum);
            HL_COMPARE_NEAR(
                (sum - (Eigen::VectorXd::Ones(30) - 0.5 * dense.col(j))).cwiseAbs().maxCoeff(), 0.0,
                1e-15);
        }
    }

    // The bundled digits take the sparse products (why they exist).
    void digitsAreSparse()
    {
        const Eigen::MatrixXf digits = testing::bundledDigits(200)->trainInputs().leftCols(100);
        QVERIFY(InputBatch<float>(digits).isSparse());
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestInputBatch)
#include "tst_inputbatch.moc"
