#include "gui/generative/ThumbnailRow.h"

#include "NeuronGridView.h"

namespace hopfield::app {

void resizeThumbnailRow(QHBoxLayout* row, std::vector<ui::NeuronGridView*>& views, int count)
{
    while (static_cast<int>(views.size()) > count) {
        delete views.back();
        views.pop_back();
    }
    while (static_cast<int>(views.size()) < count) {
        auto* view = new ui::NeuronGridView;
        view->setMinimumSize(44, 44);
        view->setMaximumSize(120, 120);
        row->addWidget(view);
        views.push_back(view);
    }
}

} // namespace hopfield::app
