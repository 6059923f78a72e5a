#include "TintedIcon.h"

#include <QPainter>
#include <QPixmap>

namespace hopfield::ui {

QIcon tintedIcon(const QIcon& icon, const QColor& colour)
{
    QIcon tinted;
    for (const int side : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = icon.pixmap(QSize(side, side));
        if (pixmap.isNull())
            continue;
        QPainter painter(&pixmap);
        // SourceIn keeps the icon's alpha and takes the colour: the shape, in text colour.
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), colour);
        painter.end();
        tinted.addPixmap(pixmap);
    }
    return tinted;
}

} // namespace hopfield::ui
