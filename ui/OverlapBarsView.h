#pragma once

#include "Figure.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

class QPainter;

namespace hopfield::ui {

/// Overlap bars: one vertical bar m_mu in [-1, 1] per stored pattern, growing up or down
/// from a zero line, its name underneath; the leader (the largest |m_mu|) drawn in the
/// highlight colour, the others in grey.  With more patterns than fit, the bars thin out
/// to one pixel and only every k-th name is written.  paint() draws into any QPainter,
/// so tests render into a QImage and exports into SVG or PDF with the same code.
class OverlapBarsView : public QWidget, public Figure {
    Q_OBJECT
public:
    explicit OverlapBarsView(QWidget* parent = nullptr);

    /// One bar per name; the overlaps are cleared.
    void setNames(const QStringList& names);
    /// One value per name; others are ignored until names and values agree.
    void setOverlaps(const QVector<double>& overlaps);

    const QVector<double>& overlaps() const noexcept { return m_overlaps; }
    /// The bar with the largest |m|, or -1 without values.
    int leader() const noexcept { return m_leader; }
    /// The horizontal extent of bar `index` inside `target` (for tests and hit testing).
    QRectF barRect(const QRect& target, int index) const;

    void paint(QPainter& painter, const QRect& target) const;
    /// paint() on the window background, for FigureExport.
    void paintFigure(QPainter& painter, const QRectF& target) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRect plotArea(const QRect& target) const;
    double yFor(const QRect& plot, double value) const;
    void paintNames(QPainter& painter, const QRect& plot, const QRect& target) const;

    QStringList m_names;
    QVector<double> m_overlaps;
    int m_leader = -1;
};

} // namespace hopfield::ui
