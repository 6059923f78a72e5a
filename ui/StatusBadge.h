#pragma once

#include <QColor>
#include <QLabel>

namespace hopfield::ui {

/// A short verdict in a coloured pill, e.g. "retrieved A" on green: the colour carries
/// the kind at a glance, the text carries it for everyone.
class StatusBadge : public QLabel {
    Q_OBJECT
public:
    explicit StatusBadge(QWidget* parent = nullptr);

    void setBadge(const QString& text, const QColor& colour);
};

} // namespace hopfield::ui
