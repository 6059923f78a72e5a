#include "NeuronGridView.h"

#include "Palette.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace hopfield::ui {
namespace {

constexpr int kGridPadding = 4;
/// A long caption first shrinks to this fraction of the font, then elides in the middle.
constexpr double kMinCaptionScale = 0.75;

} // namespace

NeuronGridView::NeuronGridView(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void NeuronGridView::setGrid(int width, int height, QVector<qint8> spins)
{
    m_renderer.setGrid(width, height, std::move(spins));
    update();
}

void NeuronGridView::setSpins(QVector<qint8> spins)
{
    setGrid(m_renderer.gridWidth(), m_renderer.gridHeight(), std::move(spins));
}

void NeuronGridView::setHighlightedCell(int index)
{
    m_renderer.setHighlightedCell(index);
    update();
}

void NeuronGridView::setMeans(QVector<float> means)
{
    m_renderer.setMeans(std::move(means));
    update();
}

void NeuronGridView::setCaption(const QString& caption)
{
    m_caption = caption;
    update();
}

void NeuronGridView::setSelected(bool selected)
{
    m_selected = selected;
    update();
}

int NeuronGridView::captionHeight() const
{
    return m_caption.isEmpty() ? 0 : fontMetrics().height() + kGridPadding;
}

QSize NeuronGridView::sizeHint() const
{
    return {260, 260 + captionHeight()};
}

QSize NeuronGridView::minimumSizeHint() const
{
    return {48, 48 + captionHeight()};
}

void NeuronGridView::paintFigure(QPainter& painter, const QRectF& target) const
{
    painter.save();
    painter.fillRect(target, Qt::white);
    const QRectF inner = target.adjusted(kGridPadding, kGridPadding, -kGridPadding, -kGridPadding);
    QRectF cells = inner;
    if (!m_caption.isEmpty()) {
        // The whole caption, wrapped if it must be, never elided.
        painter.setFont(font());
        const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
        const QRectF title = painter.boundingRect(inner, flags, m_caption);
        painter.setPen(Qt::black);
        painter.drawText(inner, flags, m_caption);
        cells.setTop(title.bottom() + kGridPadding);
    }
    m_renderer.paintRuns(painter, cells);
    painter.restore();
}

bool NeuronGridView::event(QEvent* event)
{
    // An elided caption shows in full in the tooltip, above the view's own tip.
    if (event->type() == QEvent::ToolTip && m_captionElided) {
        const QString tip = toolTip().isEmpty() ? m_caption : m_caption + u'\n' + toolTip();
        QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

void NeuronGridView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRect inner = rect().adjusted(kGridPadding, kGridPadding, -kGridPadding, -kGridPadding);
    const QRect gridArea = inner.adjusted(0, captionHeight(), 0, 0);
    m_renderer.paint(painter, gridArea);
    const QRect area = m_renderer.gridRect(gridArea);
    if (area.isEmpty() || m_renderer.spins().isEmpty())
        return;
    if (!m_caption.isEmpty()) {
        // Right above the grid, however the grid sits in the widget.
        const QRect captionRect(inner.left(), area.top() - captionHeight(), inner.width(),
                                fontMetrics().height());
        QFont font = this->font();
        const int wide = fontMetrics().horizontalAdvance(m_caption);
        if (wide > inner.width())
            font.setPointSizeF(
                font.pointSizeF() *
                std::max(kMinCaptionScale, static_cast<double>(inner.width()) / wide));
        const QString shown =
            QFontMetrics(font).elidedText(m_caption, Qt::ElideMiddle, inner.width());
        m_captionElided = shown != m_caption;
        painter.setFont(font);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(captionRect, Qt::AlignHCenter | Qt::AlignVCenter, shown);
    }
    // A border keeps a grid of background spins distinct from the window around it.
    painter.setBrush(Qt::NoBrush);
    if (m_selected) {
        painter.setPen(QPen(palette::selection(), 3));
        painter.drawRect(area.adjusted(-2, -2, 1, 1));
    } else {
        painter.setPen(QPen(palette::gridLine(), 1));
        painter.drawRect(area.adjusted(-1, -1, 0, 0));
    }
}

} // namespace hopfield::ui
