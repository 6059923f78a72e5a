#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QSlider;
class QToolButton;

namespace hopfield::ui {

/// The transport of a live simulation, always in view: play/pause, step one sweep, step
/// one spin, step back through the recent frames (and a slider to scrub them), a speed
/// slider, and Reset All.  Each command is a QAction with a keyboard shortcut, named in
/// its tooltip.  Values in, intents out: the owner says how many frames the history
/// holds, which one is shown, the speed slider's steps and the speed's label.
class TimeBar : public QWidget {
    Q_OBJECT
public:
    explicit TimeBar(QWidget* parent = nullptr);

    /// The speed slider's positions run from 0 to `maxPosition`.
    void setSpeedRange(int maxPosition);
    /// Moves the speed slider without emitting speedChanged, and shows `label`.
    void showSpeed(int position, const QString& label);
    /// `count` frames kept; `shown` the one on view (count - 1: the newest, live).
    void showHistory(int count, int shown);
    void setRunning(bool running);
    /// Single-spin steps make no sense for synchronous updates.
    void setSpinStepEnabled(bool enabled);

    QAction* playAction() const { return m_play; }
    QAction* stepSweepAction() const { return m_stepSweep; }
    QAction* stepSpinAction() const { return m_stepSpin; }
    QAction* stepBackAction() const { return m_stepBack; }
    QAction* slowerAction() const { return m_slower; }
    QAction* fasterAction() const { return m_faster; }
    QAction* resetAllAction() const { return m_resetAll; }
    QSlider* historySlider() const { return m_history; }
    QSlider* speedSlider() const { return m_speed; }

signals:
    void playToggled();
    void stepSweepRequested();
    void stepSpinRequested();
    void stepBackRequested();
    /// The user dragged the history slider to frame `index` (0 = the oldest kept).
    void historyScrubbed(int index);
    void speedChanged(int position);
    void resetAllRequested();

public:
    /// As narrow as the bar gets: its buttons show icons alone below their named width.
    QSize minimumSizeHint() const override;
    bool isCompact() const noexcept { return m_compact; }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// The transport's icons in the palette's button-text colour (TintedIcon.h).
    void refreshIcons();
    void setCompact(bool compact);
    void measureWidths();
    QAction* addCommand(const QString& text, const QKeySequence& key, const QString& tip);
    QToolButton* buttonFor(QAction* action);
    void moveSpeed(int delta);

    QAction* m_play;
    QAction* m_stepSweep;
    QAction* m_stepSpin;
    QAction* m_stepBack;
    QAction* m_slower;
    QAction* m_faster;
    QAction* m_resetAll;
    QSlider* m_history;
    QLabel* m_historyLabel;
    QSlider* m_speed;
    QLabel* m_speedLabel;
    bool m_running = false;
    QList<QToolButton*> m_iconButtons;
    bool m_compact = false;
    int m_wideWidth = 0;
    int m_compactWidth = 0;
};

} // namespace hopfield::ui
