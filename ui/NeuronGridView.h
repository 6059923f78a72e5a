#pragma once

#include "Figure.h"
#include "NeuronGridRenderer.h"

#include <QString>
#include <QWidget>

namespace hopfield::ui {

/// A captioned grid of spins: holds values and paints them with NeuronGridRenderer.
/// It knows nothing of networks; whoever owns it hands it a width, a height and spins.
/// As a figure it exports as vectors: the whole caption as its title, and one rectangle
/// per run of cells of one colour.
class NeuronGridView : public QWidget, public Figure {
    Q_OBJECT
public:
    explicit NeuronGridView(QWidget* parent = nullptr);

    void setGrid(int width, int height, QVector<qint8> spins);
    void setSpins(QVector<qint8> spins);
    void setHighlightedCell(int index);
    /// See NeuronGridRenderer::setMeans; empty goes back to the spins.
    void setMeans(QVector<float> means);
    void setCaption(const QString& caption);
    /// Frames the view in the selection colour (e.g. the target among stored patterns).
    void setSelected(bool selected);

    const QVector<qint8>& spins() const noexcept { return m_renderer.spins(); }
    const QVector<float>& means() const noexcept { return m_renderer.means(); }
    QString caption() const { return m_caption; }

    void paintFigure(QPainter& painter, const QRectF& target) const override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    int captionHeight() const;

    NeuronGridRenderer m_renderer;
    QString m_caption;
    bool m_captionElided = false; ///< the last paint could not show it all
    bool m_selected = false;
};

} // namespace hopfield::ui
