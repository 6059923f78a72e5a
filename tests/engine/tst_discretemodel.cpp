#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "core/Corruption.h"
#include "discrete/BidirectionalMemory.h"
#include "discrete/HopfieldModel.h"
#include "discrete/LayeredNetwork.h"
#include "discrete/PatternField.h"
#include "generative/RestrictedBoltzmannMachine.h"

#include <memory>
#include <stdexcept>

using namespace hopfield;

// The one model interface: every model steps, reports its energy and overlaps the same way.
class TestDiscreteModel : public QObject {
    Q_OBJECT
private slots:
    void adapterStepsLikeTheNetwork()
    {
        // HopfieldModel::step(n) is n calls of HopfieldNetwork::sweep: same seed, same run.
        Rng patterns(1);
        const PatternSet stored = randomPatterns(100, 1, 5, 0.0, patterns);
        const Pattern start = flipExactly(stored[0], 0.3, patterns);
        HopfieldNetwork network(stored);
        network.setState(start.spins());
        HopfieldModel model(network, UpdateMode::RandomAsync, 0.3);
        Rng a(5);
        Rng b(5);
        int flips = 0;
        for (int s = 0; s < 4; ++s)
            flips += network.sweep(UpdateMode::RandomAsync, 0.3, a);
        const DiscreteModel& view = model;
        QCOMPARE(model.step(4, b), flips);
        QVERIFY(std::equal(view.state().begin(), view.state().end(), network.state().begin()));
        HL_COMPARE_NEAR(view.energy(), network.energy(), 0.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, model.setTemperature(-1.0));
    }

    void everyModelFitsTheInterface()
    {
        Rng rng(2);
        const PatternSet stored = randomPatterns(30, 1, 3, 0.0, rng);
        std::vector<std::unique_ptr<DiscreteModel>> models;
        models.push_back(std::make_unique<HopfieldModel>(HopfieldNetwork(stored)));
        models.push_back(std::make_unique<RestrictedBoltzmannMachine>(
            RestrictedBoltzmannMachine::fromPatterns(stored, 2.0)));
        models.push_back(std::make_unique<BidirectionalMemory>(stored, stored));
        models.push_back(std::make_unique<LayeredNetwork>(stored, 3, 0.3, 0.1, 0.2));
        const std::vector<int> units{30, 30, 60, 90};
        const std::vector<std::size_t> overlapCount{3, 3, 6, 9};
        for (std::size_t k = 0; k < models.size(); ++k) {
            DiscreteModel& model = *models[k];
            QCOMPARE(model.units(), units[k]);
            std::vector<Spin> start(static_cast<std::size_t>(model.units()), Spin{-1});
            model.setState(start);
            QCOMPARE(model.state()[0], Spin{-1});
            model.step(3, rng);
            QCOMPARE(model.overlaps().size(), overlapCount[k]);
            QVERIFY(std::isfinite(model.energy()));
            start.pop_back();
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, model.setState(start));
        }
    }

    void patternFieldSelectsThePattern()
    {
        // From the 3-mixture, a field H xi^2 with H = 0.6 pulls T = 0 dynamics onto xi^2: the
        // mixture's bits that disagree with xi^2 have |Hebb field| = 1/2 < H.
        Rng rng(3);
        const PatternSet stored = randomPatterns(500, 1, 3, 0.0, rng);
        HopfieldNetwork network(stored, CouplingForm::Overlap, patternField(stored[2], 0.6));
        const std::vector<int> all{0, 1, 2};
        network.setState(mixture(stored, all, rng).spins());
        HopfieldModel model(network);
        model.step(20, rng);
        HL_COMPARE_NEAR(model.overlaps()[2], 1.0, 0.0);
        const std::vector<double> h = patternField(stored[0], -0.5);
        HL_COMPARE_NEAR(h[0], -0.5 * stored[0][0], 0.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, patternField(stored[0], std::nan("")));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestDiscreteModel)
#include "tst_discretemodel.moc"
