#include "TestSuite.h"
#include "continuous/OdePresets.h"
#include "continuous/TrajectoryIntegrator.h"

#include <set>
#include <stdexcept>

using namespace hopfield;

class TestOdePresets : public QObject {
    Q_OBJECT
private slots:
    void everyPresetIsConsistentAndRuns()
    {
        const auto presets = odePresets();
        QVERIFY(presets.size() >= 4);
        std::set<std::string> names;
        for (const OdePreset& preset : presets) {
            QVERIFY(names.insert(preset.name).second);
            QVERIFY(!preset.description.empty());
            const auto model = makeModel(preset.model);
            QCOMPARE(model->size(), preset.model.size());
            QCOMPARE(preset.plane.dimension(), model->size());
            QVERIFY(preset.window.aMin < preset.window.aMax);
            QVERIFY(preset.window.bMin < preset.window.bMax);
            QVERIFY(!preset.initialStates.empty());
            for (const Eigen::VectorXd& start : preset.initialStates) {
                const Trajectory run = integrate(*model, start, preset.integration);
                QVERIFY(run.status == RunStatus::Equilibrium || run.status == RunStatus::TimeLimit);
            }
            QCOMPARE(odePreset(preset.name).name, preset.name);
        }
        for (const char* required :
             {"symmetric-two-neuron", "limit-cycle", "stored-pattern", "krotov-quartic"})
            QVERIFY(names.count(required) == 1);
    }

    void symmetricPresetsHaveALyapunovEnergyAndTheCycleHasNot()
    {
        QVERIFY(makeModel(odePreset("symmetric-two-neuron").model)->hasLyapunovEnergy());
        QVERIFY(makeModel(odePreset("stored-pattern").model)->hasLyapunovEnergy());
        QVERIFY(!makeModel(odePreset("limit-cycle").model)->hasLyapunovEnergy());
    }

    void unknownNameListsTheChoices()
    {
        try {
            odePreset("no-such-preset");
            QFAIL("no error");
        } catch (const std::invalid_argument& error) {
            QVERIFY(std::string(error.what()).find("limit-cycle") != std::string::npos);
        }
    }
};

HOPFIELD_TEST_APPLESS_MAIN(TestOdePresets)
#include "tst_odepresets.moc"
