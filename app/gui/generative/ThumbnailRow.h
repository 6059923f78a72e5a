#pragma once

#include <QHBoxLayout>
#include <vector>

namespace hopfield::ui {
class NeuronGridView;
}

namespace hopfield::app {

/// Grows or shrinks a row of small neuron grids (weight images, samples) to `count`
/// views; the views are the row's, and `views` lists them in order.
void resizeThumbnailRow(QHBoxLayout* row, std::vector<ui::NeuronGridView*>& views, int count);

} // namespace hopfield::app
