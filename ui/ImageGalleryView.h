#pragma once

#include "Figure.h"

#include <QStringList>
#include <QWidget>
#include <vector>

namespace hopfield::ui {

/// A gallery of many small images of real values, each width x height row-major, laid out
/// in the grid that makes them largest: a layer's receptive fields (one weight row per
/// unit) or the input images a unit answers most.  Signed images use the diverging map
/// (ColorBrewer RdBu, colour-blind safe) symmetric about zero, each scaled to its own
/// largest |value| (as Krotov and Hopfield 2019 draw their hidden units), so white is
/// exactly 0; unsigned images in [0, 1] are drawn as ink on paper.  It knows only values:
/// a click reports the index of the image under it.
class ImageGalleryView : public QWidget, public Figure {
    Q_OBJECT
public:
    enum class Scale {
        Signed,  ///< diverging, symmetric about 0, per image
        Unsigned ///< grey, 0 paper to 1 ink
    };

    explicit ImageGalleryView(Scale scale = Scale::Signed, QWidget* parent = nullptr);

    /// Replaces the images (each width * height values) and their optional captions.
    void setImages(int width, int height, std::vector<std::vector<float>> images,
                   QStringList captions = {});
    void clear();
    /// Frames image `index`; -1 frames none.
    void setSelected(int index);
    int selected() const noexcept { return m_selected; }

    int imageCount() const noexcept { return static_cast<int>(m_images.size()); }
    const std::vector<float>& image(int index) const
    {
        return m_images.at(static_cast<std::size_t>(index));
    }
    int imageWidth() const noexcept { return m_width; }
    int imageHeight() const noexcept { return m_height; }
    /// The image under `point` (widget coordinates), -1 if none.
    int indexAt(QPointF point) const;

    void paintFigure(QPainter& painter, const QRectF& target) const override;
    QSize sizeHint() const override { return {520, 520}; }
    QSize minimumSizeHint() const override { return {160, 160}; }

signals:
    void clicked(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    struct Layout {
        int columns = 1;
        double cell = 0.0; ///< side of one cell (image plus gap), logical pixels
        QPointF origin;
    };
    Layout layoutFor(const QRectF& target) const;
    QImage imageOf(int index) const;

    Scale m_scale;
    int m_width = 0;
    int m_height = 0;
    std::vector<std::vector<float>> m_images;
    QStringList m_captions;
    int m_selected = -1;
};

} // namespace hopfield::ui
