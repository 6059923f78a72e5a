#pragma once

#include <QColor>
#include <QImage>
#include <QRect>
#include <QVector>
#include <vector>

class QPainter;

namespace hopfield::ui {

/// Paints a width x height grid of spins (+1 or -1, row by row) into a rectangle of a
/// QPainter: square cells of whole pixels when the grid fits (so every cell is crisp),
/// centred, with optional lines between cells and an optional highlighted cell.
/// A plain class, not a widget, so tests render into a QImage and exports into SVG.
class NeuronGridRenderer {
public:
    struct Style {
        QColor up;
        QColor down;
        QColor lines;
        QColor highlight;
        bool gridLines = true;
        /// Cells smaller than this (in pixels) get no lines: they would hide the spins.
        int minCellForLines = 6;
    };

    NeuronGridRenderer();

    /// Spins that are not width x height are dropped: nothing is drawn until valid ones come.
    void setGrid(int width, int height, QVector<qint8> spins);
    /// Averages in [-1, 1] per cell (e.g. each spin's mean over time at T > 0), drawn as
    /// greys between the two spin colours in place of the spins; empty shows the spins.
    /// Values that are not one per cell are dropped.
    void setMeans(QVector<float> means);
    /// The cell to outline, or -1 for none.
    void setHighlightedCell(int index) { m_highlighted = index; }
    void setStyle(const Style& style) { m_style = style; }

    int gridWidth() const noexcept { return m_width; }
    int gridHeight() const noexcept { return m_height; }
    const QVector<qint8>& spins() const noexcept { return m_spins; }
    const QVector<float>& means() const noexcept { return m_means; }
    const Style& style() const noexcept { return m_style; }

    /// The rectangle the cells cover inside `target`: the largest centred one with square
    /// cells of a whole number of pixels, or of fractional cells if the grid has more
    /// cells than `target` has pixels.
    QRect gridRect(const QRect& target) const;
    void paint(QPainter& painter, const QRect& target) const;
    /// For figures: the cells as vectors, the largest centred grid of square cells of any
    /// (fractional) size inside `target`, one rectangle per horizontal run of cells of one
    /// colour, without lines or highlight.  Crisp at any resolution, small in SVG and PDF.
    /// Returns the rectangle the cells cover.
    QRectF paintRuns(QPainter& painter, const QRectF& target) const;

private:
    /// One image pixel per cell, filled in place: the same image every paint (no
    /// allocation per frame; at 256 x 256 a fresh one costs page faults on every frame).
    const QImage& cellImage() const;
    /// The colour of every cell, row by row (the spins, or the means as greys).
    std::vector<QRgb> cellColours() const;
    /// The colour of cell i: the spin's, or the mean's grey.
    QRgb cellColour(qsizetype i, QRgb up, QRgb down) const;
    void paintLines(QPainter& painter, const QRect& area, int cell) const;
    void paintHighlight(QPainter& painter, const QRect& area) const;

    int m_width = 0;
    int m_height = 0;
    QVector<qint8> m_spins;
    QVector<float> m_means;
    int m_highlighted = -1;
    Style m_style;
    mutable QImage m_image;
};

} // namespace hopfield::ui
