#pragma once

#include <QFont>
#include <QObject>

namespace hopfield::app {

/// Large type and thick lines for a projector.  Turning it on scales the application
/// font by kFontScale and publishes a line-width factor that views read with
/// PresentationMode::lineWidthFactor() (or, from ui/, as the QApplication property
/// kLineWidthProperty) when they set their pens.
class PresentationMode : public QObject {
    Q_OBJECT
public:
    static constexpr double kFontScale = 1.6;
    static constexpr double kLineWidthFactor = 2.0;
    static constexpr const char* kLineWidthProperty = "hopfieldLineWidthFactor";

    /// Remembers the application font at construction as the normal size.
    explicit PresentationMode(QObject* parent = nullptr);

    bool isOn() const noexcept { return m_on; }
    /// 1 normally, kLineWidthFactor in presentation mode.
    static double lineWidthFactor();

public slots:
    void setOn(bool on);

signals:
    void changed(bool on);

private:
    QFont m_normalFont;
    bool m_on = false;
};

} // namespace hopfield::app
