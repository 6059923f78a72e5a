#include "RetrievalToolBar.h"

#include "SpeedScale.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

namespace hopfield::app {

RetrievalToolBar::RetrievalToolBar(QWidget* parent) : QToolBar(tr("Run"), parent)
{
    setObjectName(QStringLiteral("runToolBar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_play = addCommand(tr("Play"), Qt::Key_Space, QStyle::SP_MediaPlay,
                        tr("Run the dynamics, or pause them"));
    m_step = addCommand(tr("Step sweep"), Qt::Key_S, QStyle::SP_MediaSeekForward,
                        tr("Pause, then finish the current sweep of N updates"));
    m_reset = addCommand(tr("Reset"), Qt::Key_R, QStyle::SP_MediaSkipBackward,
                         tr("Back to the start state and the seed's random numbers"));
    m_newCorruption = addCommand(tr("New corruption"), Qt::Key_N, QStyle::SP_BrowserReload,
                                 tr("Start again from a new random corruption (the next seed)"));
    connect(m_play, &QAction::triggered, this, &RetrievalToolBar::playToggled);
    connect(m_step, &QAction::triggered, this, &RetrievalToolBar::stepRequested);
    connect(m_reset, &QAction::triggered, this, &RetrievalToolBar::resetRequested);
    connect(m_newCorruption, &QAction::triggered, this, &RetrievalToolBar::newCorruptionRequested);
    addSeparator();

    m_speed = new QSlider(Qt::Horizontal);
    m_speed->setObjectName(QStringLiteral("speedSlider"));
    m_speed->setRange(0, speedscale::kMaxPosition);
    m_speed->setFixedWidth(140);
    m_speedLabel = new QLabel;
    m_speedLabel->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("000k updates/s")));
    auto* speedBox = new QWidget;
    auto* speedLayout = new QHBoxLayout(speedBox);
    speedLayout->setContentsMargins(0, 0, 0, 0);
    speedLayout->addWidget(m_speed);
    speedLayout->addWidget(m_speedLabel);
    addLabelled(tr("Speed"), speedBox, tr("Spin updates per second; the last notch runs flat out"));
    connect(m_speed, &QSlider::valueChanged, this, [this](int position) {
        const double speed = speedscale::speedAt(position);
        showSpeed(speed);
        emit speedChanged(speed);
    });

    m_noise = new QDoubleSpinBox;
    m_noise->setObjectName(QStringLiteral("noiseSpinBox"));
    m_noise->setRange(0.0, 1.0);
    m_noise->setSingleStep(0.05);
    m_noise->setDecimals(2);
    m_noise->setKeyboardTracking(false); // a new run per value entered, not per keystroke
    addLabelled(tr("Noise"), m_noise, tr("Fraction of the start pattern's spins flipped"));
    connect(m_noise, &QDoubleSpinBox::valueChanged, this, &RetrievalToolBar::noiseChanged);

    m_temperature = new QDoubleSpinBox;
    m_temperature->setObjectName(QStringLiteral("temperatureSpinBox"));
    m_temperature->setRange(0.0, 2.0);
    m_temperature->setSingleStep(0.05);
    m_temperature->setDecimals(2);
    m_temperature->setKeyboardTracking(false);
    addLabelled(tr("T"), m_temperature,
                tr("Temperature of the Glauber dynamics; T = 0 always follows the field"));
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this,
            &RetrievalToolBar::temperatureChanged);

    m_target = new QComboBox;
    m_target->setObjectName(QStringLiteral("targetComboBox"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addLabelled(tr("Target"), m_target, tr("The stored pattern the start state is made from"));
    connect(m_target, &QComboBox::activated, this, &RetrievalToolBar::targetChanged);
}

QAction* RetrievalToolBar::addCommand(const QString& text, const QKeySequence& key,
                                      QStyle::StandardPixmap icon, const QString& tip)
{
    QAction* action = addAction(style()->standardIcon(icon), text);
    action->setShortcut(key);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    return action;
}

void RetrievalToolBar::addLabelled(const QString& label, QWidget* widget, const QString& tip)
{
    auto* box = new QWidget;
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(8, 0, 8, 0);
    auto* caption = new QLabel(label);
    caption->setBuddy(widget);
    layout->addWidget(caption);
    layout->addWidget(widget);
    box->setToolTip(tip);
    box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    addWidget(box);
}

void RetrievalToolBar::showSetup(const RetrievalSetup& setup, const QStringList& patternNames)
{
    const QSignalBlocker blockSpeed(m_speed);
    const QSignalBlocker blockNoise(m_noise);
    const QSignalBlocker blockTemperature(m_temperature);
    const QSignalBlocker blockTarget(m_target);
    m_speed->setValue(speedscale::positionFor(setup.speed));
    showSpeed(setup.speed);
    m_noise->setValue(setup.noise);
    m_temperature->setValue(setup.temperature);
    m_target->clear();
    m_target->addItems(patternNames);
    m_target->setCurrentIndex(setup.start == StartKind::CorruptedTarget ? setup.target : -1);
}

void RetrievalToolBar::showSpeed(double speed)
{
    m_speedLabel->setText(speedscale::speedLabel(speed));
}

void RetrievalToolBar::setRunning(bool running)
{
    m_play->setText(running ? tr("Pause") : tr("Play"));
    m_play->setIcon(style()->standardIcon(running ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

} // namespace hopfield::app
