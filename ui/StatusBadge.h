#pragma once

#include <QColor>
#include <QStringView>
#include <QWidget>

namespace hopfield::ui {

/// A short verdict in a coloured pill, e.g. "retrieved A" on green: the colour carries
/// the kind at a glance, the text carries it for everyone.  A verdict wider than the pill
/// first drops its detail (whatever follows the last " · ", e.g. "fixed point"), then the
/// middle members of a list ("mixture of A, …, V"), then its end, so its start (the kind)
/// always stays; the full text is the tooltip.  The pill never asks for more width than an
/// ellipsis, so a long verdict cannot widen the window.
class StatusBadge : public QWidget {
    Q_OBJECT
public:
    /// Separates a verdict from its detail: "retrieved A · fixed point".
    static constexpr QStringView kDetailSeparator = u" \u00b7 ";

    explicit StatusBadge(QWidget* parent = nullptr);

    void setBadge(const QString& text, const QColor& colour);
    /// The whole verdict, elided on screen or not.
    QString text() const { return m_text; }
    /// The text as drawn at the current width.
    QString shownText() const;
    bool isElided() const { return shownText() != m_text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    int textRoom() const;

    QString m_text;
    QColor m_colour;
};

} // namespace hopfield::ui
