#include "gui/continuous/ParameterSlider.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <algorithm>
#include <cmath>

namespace hopfield::app {
namespace {

/// Slider positions over the range: fine enough for every parameter of the lab.
constexpr int kSteps = 1000;

} // namespace

ParameterSlider::ParameterSlider(const QString& name, double low, double high, bool logarithmic,
                                 QWidget* parent)
    : QWidget(parent), m_value(new QLabel), m_slider(new QSlider(Qt::Horizontal)), m_low(low),
      m_high(high), m_logarithmic(logarithmic)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(name);
    label->setMinimumWidth(28);
    m_slider->setRange(0, kSteps);
    m_value->setMinimumWidth(52);
    m_value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(label);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_value);
    connect(m_slider, &QSlider::valueChanged, this, [this] {
        showValue(value());
        emit valueChanged(value());
    });
    showValue(value());
}

void ParameterSlider::setRange(double low, double high)
{
    const double current = value();
    m_low = low;
    m_high = high;
    setValue(current);
}

void ParameterSlider::setValue(double value)
{
    const double fraction = std::clamp(fractionOf(value), 0.0, 1.0);
    const QSignalBlocker blocker(m_slider);
    m_slider->setValue(static_cast<int>(std::lround(fraction * kSteps)));
    // The value given, not the nearest slider position: a preset's beta = 4 reads "4".
    showValue(value);
}

double ParameterSlider::value() const
{
    return valueAt(static_cast<double>(m_slider->value()) / kSteps);
}

double ParameterSlider::fractionOf(double value) const
{
    if (m_logarithmic)
        return std::log(std::max(value, m_low) / m_low) / std::log(m_high / m_low);
    return (value - m_low) / (m_high - m_low);
}

double ParameterSlider::valueAt(double fraction) const
{
    if (m_logarithmic)
        return m_low * std::pow(m_high / m_low, fraction);
    return m_low + (m_high - m_low) * fraction;
}

void ParameterSlider::showValue(double value)
{
    m_value->setText(QString::number(value, 'g', 3));
}

} // namespace hopfield::app
