#pragma once

#include "gui/document/ControlIds.h"
#include "plasticity/PlasticityTrainer.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;

namespace hopfield::app {

/// The plasticity lab's settings form: the model (BCM or competing units) and every
/// parameter of either.  The rows of the model not chosen are hidden.  settings() reads
/// the form; changed() fires on every edit.
///
/// It opens on labSettings(), not the engine's defaults (the authors' library's): on
/// 784-pixel digits Normal(0, 1) weights drive the logistic into saturation and the
/// fields stay noise, while ReLU units with Glorot weights and mild inhibition (s = -0.05)
/// form digit-like fields within a few epochs; competing units need eps0 = 0.1 to do so in
/// five epochs (0.02 is tuned for Krotov and Hopfield's hundreds).
class PlasticityControls : public QWidget {
    Q_OBJECT
public:
    explicit PlasticityControls(QWidget* parent = nullptr);

    /// The settings the lab opens with (see the class comment).
    static PlasticitySettings labSettings();

    PlasticitySettings settings() const;
    void setSettings(const PlasticitySettings& settings);
    /// Evaluate the measures every this many epochs.
    int evaluateEvery() const;

    /// Every field of the form under its id, for lessons (LessonControls).
    QList<LessonControl> lessonControls() const;

    QComboBox* modelBox() const noexcept { return m_model; }
    QSpinBox* unitsBox() const noexcept { return m_units; }
    QSpinBox* epochsBox() const noexcept { return m_epochs; }
    QDoubleSpinBox* lateralBox() const noexcept { return m_lateral; }
    QDoubleSpinBox* memoryBox() const noexcept { return m_memory; }

signals:
    void changed();

private:
    void showModelRows();
    QSpinBox* addInteger(const QString& label, int low, int high, int value);
    QDoubleSpinBox* addNumber(const QString& label, double low, double high, double step,
                              int decimals, double value);
    QComboBox* addChoice(const QString& label, const QStringList& names);

    QFormLayout* m_form;
    QComboBox* m_model;
    QSpinBox* m_units;
    QComboBox* m_activation;
    QComboBox* m_optimizer;
    QDoubleSpinBox* m_rate;
    QComboBox* m_init;
    QDoubleSpinBox* m_lateral;
    QDoubleSpinBox* m_memory;
    QDoubleSpinBox* m_competingRate;
    QDoubleSpinBox* m_power;
    QSpinBox* m_rank;
    QDoubleSpinBox* m_delta;
    QSpinBox* m_batch;
    QSpinBox* m_epochs;
    QSpinBox* m_evaluate;
    QSpinBox* m_seed;
};

} // namespace hopfield::app
