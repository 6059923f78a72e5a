#pragma once

#include "CellEdit.h"
#include "NeuronGridRenderer.h"

#include <QWidget>
#include <optional>

namespace hopfield::ui {

/// A grid of spins to draw on.  The left button paints +1 (ink), the right button -1
/// (paper); the tool decides the shape.  The view previews a stroke on its own copy and
/// emits it as one value on release (editRequested), so whoever owns the pattern applies
/// it, e.g. as one undoable command.  In SelectRectangle mode it only reports the drawn
/// rectangle of cells (rectangleSelected) and never edits.
class PatternEditorView : public QWidget {
    Q_OBJECT
public:
    enum class Tool { Paint, Toggle, Line, Rectangle, Fill, SelectRectangle };

    explicit PatternEditorView(QWidget* parent = nullptr);

    void setGrid(int width, int height, QVector<qint8> spins);
    void setTool(Tool tool);
    /// The smallest cell side in pixels: the zoom.  The view grows to at least the grid at
    /// this size (put it in a QScrollArea) and fits larger cells when it has room.
    void setMinimumCellSize(int pixels);
    void setGridLinesVisible(bool visible);
    /// An outlined rectangle of cells (e.g. an occlusion), or an empty one for none.
    void setMarkedRectangle(const QRect& cells);
    /// A title drawn right above the grid (as NeuronGridView draws its caption).
    void setCaption(const QString& caption);

    Tool tool() const noexcept { return m_tool; }
    int minimumCellSize() const noexcept { return m_minimumCell; }
    int gridWidth() const noexcept { return m_renderer.gridWidth(); }
    int gridHeight() const noexcept { return m_renderer.gridHeight(); }
    const QVector<qint8>& spins() const noexcept { return m_renderer.spins(); }
    /// The cell under a widget position, or -1 outside the grid.
    int cellAt(QPoint position) const;
    /// The widget position of the centre of cell (x, y), for tests and tooltips.
    QPoint cellCentre(int x, int y) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void editRequested(const hopfield::ui::CellEdits& edits);
    void rectangleSelected(const QRect& cells);
    /// Ctrl + wheel asks for a zoom step: +1 in, -1 out.
    void zoomRequested(int steps);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    QRect gridArea() const;
    int captionHeight() const;
    QPoint cellPoint(int index) const;
    /// Recomputes the preview of the stroke from the pressed spins and the cells so far.
    void previewStroke(int cell);
    void applyShape(const QList<QPoint>& cells);
    QList<QPoint> floodRegion(QPoint seed) const;
    CellEdits strokeEdits() const;

    NeuronGridRenderer m_renderer;
    QVector<qint8> m_before; ///< the spins when the stroke began
    Tool m_tool = Tool::Paint;
    int m_minimumCell = 8;
    qint8 m_strokeSpin = 1;
    std::optional<QPoint> m_anchor; ///< the cell where the stroke began; empty: no stroke
    QPoint m_lastCell;
    QRect m_marked;
    QString m_caption;
};

} // namespace hopfield::ui
