#pragma once

#include "RetrievalSetup.h"

#include <QStyle>
#include <QToolBar>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;

namespace hopfield::app {

/// The controls of a retrieval run: play/pause (Space), step one sweep (S), reset (R),
/// a new corruption (N), speed, noise, temperature and target.  It only emits intents;
/// showSetup() and setRunning() bring it in line with the run without emitting.
class RetrievalToolBar : public QToolBar {
    Q_OBJECT
public:
    explicit RetrievalToolBar(QWidget* parent = nullptr);

    void showSetup(const RetrievalSetup& setup, const QStringList& patternNames);
    void setRunning(bool running);

    QAction* playAction() const { return m_play; }
    QAction* stepAction() const { return m_step; }
    QAction* resetAction() const { return m_reset; }

signals:
    void playToggled();
    void stepRequested();
    void resetRequested();
    void newCorruptionRequested();
    void speedChanged(double updatesPerSecond);
    void noiseChanged(double fraction);
    void temperatureChanged(double temperature);
    void targetChanged(int target);

private:
    QAction* addCommand(const QString& text, const QKeySequence& key, QStyle::StandardPixmap icon,
                        const QString& tip);
    void addLabelled(const QString& label, QWidget* widget, const QString& tip);
    void showSpeed(double speed);

    QAction* m_play;
    QAction* m_step;
    QAction* m_reset;
    QAction* m_newCorruption;
    QSlider* m_speed;
    QLabel* m_speedLabel;
    QDoubleSpinBox* m_noise;
    QDoubleSpinBox* m_temperature;
    QComboBox* m_target;
};

} // namespace hopfield::app
