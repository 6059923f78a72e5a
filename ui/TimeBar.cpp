#include "TimeBar.h"

#include "TintedIcon.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

namespace hopfield::ui {

TimeBar::TimeBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timeBar"));
    m_play = addCommand(tr("Play"), Qt::Key_Space, tr("Run the dynamics, or pause them"));
    m_stepSweep = addCommand(tr("Sweep"), Qt::Key_S,
                             tr("Pause, then finish the current sweep of N spin updates"));
    m_stepSpin =
        addCommand(tr("Spin"), Qt::Key_D, tr("Pause, then update one spin (outlined in the grid)"));
    m_stepBack = addCommand(tr("Back"), Qt::Key_B, tr("Pause and show the previous frame"));
    m_slower = addCommand(tr("Slower"), Qt::Key_Minus, tr("One notch slower"));
    m_faster = addCommand(tr("Faster"), Qt::Key_Plus, tr("One notch faster"));
    m_resetAll = addCommand(tr("Reset All"), Qt::Key_R,
                            tr("Back to the start state and the seed's random numbers; clears "
                               "the history, the curves and the trial counts"));
    refreshIcons();
    connect(m_play, &QAction::triggered, this, &TimeBar::playToggled);
    connect(m_stepSweep, &QAction::triggered, this, &TimeBar::stepSweepRequested);
    connect(m_stepSpin, &QAction::triggered, this, &TimeBar::stepSpinRequested);
    connect(m_stepBack, &QAction::triggered, this, &TimeBar::stepBackRequested);
    connect(m_slower, &QAction::triggered, this, [this] { moveSpeed(-1); });
    connect(m_faster, &QAction::triggered, this, [this] { moveSpeed(+1); });
    connect(m_resetAll, &QAction::triggered, this, &TimeBar::resetAllRequested);

    m_history = new QSlider(Qt::Horizontal);
    m_history->setObjectName(QStringLiteral("historySlider"));
    m_history->setToolTip(tr("The recent frames: drag to look back; play or step to go on "
                             "from the frame shown"));
    m_history->setRange(0, 0);
    m_history->setMinimumWidth(80);
    m_historyLabel = new QLabel;
    m_historyLabel->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("live \u00b7 500 frames")));
    connect(m_history, &QSlider::valueChanged, this, &TimeBar::historyScrubbed);

    m_speed = new QSlider(Qt::Horizontal);
    m_speed->setObjectName(QStringLiteral("speedSlider"));
    m_speed->setToolTip(tr("Spin updates per second, from one at a time to as fast as the "
                           "engine goes (the last notch) (%1 / %2)")
                            .arg(m_slower->shortcut().toString(QKeySequence::NativeText),
                                 m_faster->shortcut().toString(QKeySequence::NativeText)));
    m_speed->setMinimumWidth(70);
    m_speed->setMaximumWidth(140);
    m_speedLabel = new QLabel;
    m_speedLabel->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("000k updates/s")));
    connect(m_speed, &QSlider::valueChanged, this, &TimeBar::speedChanged);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    for (QAction* action : {m_play, m_stepSweep, m_stepSpin, m_stepBack})
        layout->addWidget(buttonFor(action));
    layout->addWidget(m_history, 1);
    layout->addWidget(m_historyLabel);
    layout->addSpacing(12);
    auto* speedCaption = new QLabel(tr("Speed"));
    speedCaption->setBuddy(m_speed);
    layout->addWidget(speedCaption);
    layout->addWidget(buttonFor(m_slower));
    layout->addWidget(m_speed);
    layout->addWidget(buttonFor(m_faster));
    layout->addWidget(m_speedLabel);
    layout->addSpacing(12);
    layout->addWidget(buttonFor(m_resetAll));
    showHistory(0, 0);
    measureWidths();
}

void TimeBar::setCompact(bool compact)
{
    if (compact == m_compact && !m_iconButtons.isEmpty())
        return;
    m_compact = compact;
    for (QToolButton* button : m_iconButtons)
        button->setToolButtonStyle(compact ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    layout()->invalidate();
}

void TimeBar::measureWidths()
{
    // The bar's least width with the buttons' names and with icons alone (their names
    // stay in the tooltips): a narrow window gets the icons (issue 11, item 7).
    if (layout() == nullptr) // a style change before the constructor built the bar
        return;
    m_compact = true;
    setCompact(false);
    m_wideWidth = layout()->minimumSize().width();
    setCompact(true);
    m_compactWidth = layout()->minimumSize().width();
    setCompact(width() < m_wideWidth);
    updateGeometry();
}

QSize TimeBar::minimumSizeHint() const
{
    return {m_compactWidth, QWidget::minimumSizeHint().height()};
}

void TimeBar::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    setCompact(width() < m_wideWidth);
}

QAction* TimeBar::addCommand(const QString& text, const QKeySequence& key, const QString& tip)
{
    auto* action = new QAction(text, this);
    action->setShortcut(key);
    // Shortcuts of a hidden tab stay quiet: only the visible studio answers its keys.
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    addAction(action);
    return action;
}

QToolButton* TimeBar::buttonFor(QAction* action)
{
    auto* button = new QToolButton;
    button->setDefaultAction(action);
    button->setToolButtonStyle(action->icon().isNull() ? Qt::ToolButtonTextOnly
                                                       : Qt::ToolButtonTextBesideIcon);
    if (!action->icon().isNull())
        m_iconButtons.append(button);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

void TimeBar::setSpeedRange(int maxPosition)
{
    const QSignalBlocker block(m_speed);
    m_speed->setRange(0, maxPosition);
}

void TimeBar::showSpeed(int position, const QString& label)
{
    const QSignalBlocker block(m_speed);
    m_speed->setValue(position);
    m_speedLabel->setText(label);
}

void TimeBar::moveSpeed(int delta)
{
    m_speed->setValue(m_speed->value() + delta); // emits speedChanged when it moves
}

void TimeBar::showHistory(int count, int shown)
{
    const QSignalBlocker block(m_history);
    m_history->setRange(0, std::max(count - 1, 0));
    m_history->setValue(shown);
    m_history->setEnabled(count > 1);
    m_stepBack->setEnabled(shown > 0);
    if (count == 0)
        m_historyLabel->setText(QString());
    else if (shown >= count - 1)
        m_historyLabel->setText(tr("live \u00b7 %n frame(s)", nullptr, count));
    else
        m_historyLabel->setText(tr("%n frame(s) back", nullptr, count - 1 - shown));
}

void TimeBar::setRunning(bool running)
{
    m_running = running;
    m_play->setText(running ? tr("Pause") : tr("Play"));
    refreshIcons();
}

void TimeBar::refreshIcons()
{
    const QColor ink = palette().color(QPalette::ButtonText);
    const auto icon = [this, &ink](QStyle::StandardPixmap which) {
        return tintedIcon(style()->standardIcon(which), ink);
    };
    m_play->setIcon(icon(m_running ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_stepSweep->setIcon(icon(QStyle::SP_MediaSeekForward));
    m_stepSpin->setIcon(icon(QStyle::SP_ArrowRight));
    m_stepBack->setIcon(icon(QStyle::SP_MediaSeekBackward));
    m_resetAll->setIcon(icon(QStyle::SP_MediaSkipBackward));
}

void TimeBar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // A new theme (palette) or style: the icons take its text colour.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        refreshIcons();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        measureWidths();
}

void TimeBar::setSpinStepEnabled(bool enabled)
{
    m_stepSpin->setEnabled(enabled);
}

} // namespace hopfield::ui
