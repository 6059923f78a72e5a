#pragma once

#include <QWidget>

class QLabel;
class QSlider;

namespace hopfield::app {

/// A named slider over a real range [low, high] with its value shown beside it, e.g.
/// "β" from 0.5 to 20, linear or logarithmic (for a weight like μ that matters from 10⁻⁴ to
/// 1).  Emits valueChanged only for the user's moves, not for setValue().
class ParameterSlider : public QWidget {
    Q_OBJECT
public:
    /// A logarithmic slider needs 0 < low < high.
    ParameterSlider(const QString& name, double low, double high, bool logarithmic = false,
                    QWidget* parent = nullptr);
    void setValue(double value);
    double value() const;
    void setRange(double low, double high);

signals:
    void valueChanged(double value);

private:
    void showValue(double value);
    /// Slider position in [0, 1] of a value, and back.
    double fractionOf(double value) const;
    double valueAt(double fraction) const;

    QLabel* m_value;
    QSlider* m_slider;
    double m_low;
    double m_high;
    bool m_logarithmic;
};

} // namespace hopfield::app
