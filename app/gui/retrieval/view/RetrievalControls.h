#pragma once

#include "gui/document/ControlIds.h"
#include "gui/retrieval/run/RetrievalSetup.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSlider;
class QSpinBox;

namespace hopfield::app {

/// The settings of a retrieval run: temperature (a slider that snaps to steps of 0.05
/// and a box for typed values), update mode, learning rule (with the dreaming time t),
/// seed, and the start (target, noise, a new corruption).  Every control's tooltip gives
/// the formula it sets.  It emits intents only; showSetup() brings it in line with a run
/// without emitting.  It registers its controls for lessons by id (lessonControls()).
class RetrievalControls : public QWidget {
    Q_OBJECT
public:
    /// Slider steps of T: 0, 0.05, ..., 2.
    static constexpr double kTemperatureStep = 0.05;
    static constexpr double kMaxTemperature = 2.0;
    /// Slider steps of the field strength H: 0, 0.05, ..., 2 (H > 1 beats any Hebb
    /// attractor's local field, |h_i| <= 1 + O(sqrt(alpha))).
    static constexpr double kFieldStep = 0.05;
    static constexpr double kMaxField = 2.0;

    explicit RetrievalControls(QWidget* parent = nullptr);

    void showSetup(const RetrievalSetup& setup, const QStringList& patternNames);
    bool showsAverages() const;
    QAction* newCorruptionAction() const { return m_newCorruption; }
    /// Its controls a lesson may hide or lock.
    QList<LessonControl> lessonControls() const;

signals:
    void temperatureChanged(double temperature);
    void modeChanged(hopfield::UpdateMode mode);
    /// A coupling rule (with the dreaming time), or the dense memory when `denseMemory` is set.
    void ruleChanged(hopfield::CouplingRule rule, double dreamingTime,
                     std::optional<hopfield::InteractionFunction> denseMemory);
    void seedChanged(std::uint64_t seed);
    /// The field h = H xi^pattern, or none when `pattern` is unset.
    void fieldChanged(std::optional<int> pattern, double strength);
    void targetChanged(int target);
    void noiseChanged(double fraction);
    void newCorruptionRequested();
    void showAveragesToggled(bool show);

private:
    QWidget* buildDynamics();
    QWidget* buildStart();
    void showTemperature(double temperature);
    void emitRule();
    void emitField();
    void buildField(QFormLayout* form);

    QSlider* m_temperatureSlider;
    QDoubleSpinBox* m_temperature;
    QComboBox* m_mode;
    QComboBox* m_rule;
    QLabel* m_dreamingLabel;
    QDoubleSpinBox* m_dreamingTime;
    QSpinBox* m_seed;
    QComboBox* m_fieldPattern; ///< "none", then the stored patterns
    QSlider* m_fieldSlider;
    QDoubleSpinBox* m_fieldStrength;
    QComboBox* m_target;
    int m_patternCount = 0; ///< the target box's entries that are stored patterns
    QDoubleSpinBox* m_noise;
    QAction* m_newCorruption;
    QCheckBox* m_averages;
};

} // namespace hopfield::app
