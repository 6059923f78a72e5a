#pragma once

#include <QFont>
#include <QList>
#include <QObject>
#include <QSize>

class QWidget;

namespace hopfield::app {

/// Large type and thick lines for a projector, scaled to the screen the window is on.
/// Turning it on scales the application font by scale() and publishes a line-width factor
/// that views read with PresentationMode::lineWidthFactor() (or, from ui/, as the
/// QApplication property kLineWidthProperty) when they set their pens.
///
/// The scale is the screen's available size over kReferenceSize, the size the window
/// needs at normal type, clamped to [kMinScale, kMaxScale]: type grows as far as the
/// layout still fits the screen, so a 1920x1080 projector gets larger type than a
/// 1280x800 one, and the window never has to grow beyond either.
class PresentationMode : public QObject {
    Q_OBJECT
public:
    static constexpr QSize kReferenceSize{1180, 720};
    static constexpr double kMinScale = 1.1;
    static constexpr double kMaxScale = 2.0;
    /// Lines thicken a little more than type: a 1 px grid line vanishes on a projector.
    static constexpr double kLineOverType = 1.25;
    static constexpr const char* kLineWidthProperty = "hopfieldLineWidthFactor";
    /// A widget's own type size at normal scale, kept as a dynamic property.
    static constexpr const char* kNormalSizeProperty = "hopfieldNormalPointSize";

    /// Remembers the application font at construction as the normal size.
    explicit PresentationMode(QObject* parent = nullptr);

    /// The font scale for a screen whose available geometry is `available`.
    static double scaleFor(const QSize& available);

    bool isOn() const noexcept { return m_on; }
    /// The font scale in use: 1 when off.
    double scale() const noexcept { return m_on ? m_scale : 1.0; }
    /// 1 normally, kLineOverType * scale() in presentation mode.
    static double lineWidthFactor();

public slots:
    void setOn(bool on);
    /// The available size of the screen the window is on (the primary screen's until
    /// told); re-scales at once when presentation mode is on.
    void setAvailableSize(const QSize& available);

signals:
    void changed(bool on);

private:
    void apply();
    /// The widgets that set their own font (Qt::WA_SetFont) in points.
    static QList<QWidget*> explicitlySized();

    QFont m_normalFont;
    QSize m_available;
    double m_scale = kMinScale;
    bool m_on = false;
};

} // namespace hopfield::app
