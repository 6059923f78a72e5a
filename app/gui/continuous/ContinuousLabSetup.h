#pragma once

#include "continuous/OdePresets.h"
#include "continuous/control/ControlPresets.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace hopfield::app {

/// What the "Continuous & control" lab runs, as a plain value the sliders edit and the
/// worker copies: a preset of engine/continuous (an ODE preset or a control preset) and the
/// parameters the lab lets the user change on top of it.
struct ContinuousLabSetup {
    QString preset;
    bool controlled = false;
    double beta = 1.0;  ///< the gain's steepness
    double input = 0.0; ///< I, the same on every neuron (ODE presets)
    // Control presets (SCIENCE.md section 6; the slides' convention, mu near 1 conservative).
    double lambda = 0.0;
    double mu = 0.5;
    double silentBound = 0.0; ///< k
    double strongBound = 0.5; ///< K
};

/// Every ODE preset, then every control preset, by name.
QStringList continuousPresetNames();
bool isControlPresetName(const QString& name);

/// The setup of preset `name` with the preset's own parameters; throws
/// std::invalid_argument (listing the names) for an unknown one.
ContinuousLabSetup defaultContinuousSetup(const QString& name);

/// The ODE preset with the setup's beta and input applied.
OdePreset odePresetFor(const ContinuousLabSetup& setup);
/// The control preset with the setup's beta, lambda, mu, k and K applied (k clamped to K),
/// to its recording sequence too when it has one.
ControlPreset controlPresetFor(const ContinuousLabSetup& setup);

} // namespace hopfield::app

Q_DECLARE_METATYPE(hopfield::app::ContinuousLabSetup)
