#pragma once

#include <QFrame>
#include <QScrollArea>

namespace hopfield::app {

/// `page` in a frameless scroll area that resizes it to fit: below the page's least size
/// the area scrolls instead of raising the window's least size, so every lab fits a
/// 1024x768 screen (issue 11, item 7).
inline QScrollArea* scrollable(QWidget* page)
{
    auto* area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace hopfield::app
