#pragma once

#include "gui/patterns/StartState.h"

#include <QWidget>
#include <optional>

class QButtonGroup;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QSlider;
class QSpinBox;
class QStackedWidget;

namespace hopfield::ui {
class NeuronGridView;
class PatternEditorView;
} // namespace hopfield::ui

namespace hopfield::app {

/// Makes the network's start state from the stored patterns: flip noise (a slider in
/// percent with an exact numeric entry), salt and pepper, occlusion of a rectangle drawn
/// with the mouse on the start state, inversion, or a mixture of an odd number of stored
/// patterns; with a seed.  Shows the start beside the clean pattern and emits it on every
/// change.
class CorruptionPanel : public QWidget {
    Q_OBJECT
public:
    explicit CorruptionPanel(QWidget* parent = nullptr);

    /// The stored patterns and the one to corrupt.
    void setPatterns(const PatternSet& stored, int target);
    void setSettings(const CorruptionSettings& settings);

    const CorruptionSettings& settings() const noexcept { return m_settings; }
    /// The current start state, or nothing when none can be made (no patterns, an even
    /// mixture); problem() then says why.
    const std::optional<StartState>& startState() const noexcept { return m_state; }
    const QString& problem() const noexcept { return m_problem; }

    ui::PatternEditorView* startView() const noexcept { return m_startView; }

signals:
    void startStateChanged(const hopfield::app::StartState& state);

private:
    QWidget* buildToolButtons();
    QWidget* buildNoisePage();
    QWidget* buildOcclusionPage();
    QWidget* buildMixturePage();
    QWidget* buildViews();
    void showSettings();
    void refreshMixtureList();
    void readMixtureList();
    void recompute();

    PatternSet m_stored;
    int m_target = -1;
    CorruptionSettings m_settings;
    std::optional<StartState> m_state;
    QString m_problem;

    QButtonGroup* m_kinds;
    QStackedWidget* m_pages;
    QSlider* m_noiseSlider;
    QDoubleSpinBox* m_noiseValue;
    QComboBox* m_fill;
    QListWidget* m_mixtureList;
    QDoubleSpinBox* m_mixtureNoise;
    QSpinBox* m_seed;
    QLabel* m_summary;
    ui::NeuronGridView* m_cleanView;
    ui::PatternEditorView* m_startView;
};

} // namespace hopfield::app
