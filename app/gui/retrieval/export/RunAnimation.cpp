#include "gui/retrieval/export/RunAnimation.h"

#include "NeuronGridRenderer.h"
#include "Palette.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>
#include <algorithm>

namespace hopfield::app {
namespace {

constexpr int kMargin = 8;

QString caption(const RetrievalFrame& frame)
{
    QString text = QStringLiteral("t = %1 sweeps").arg(frame.time(), 0, 'f', 2);
    if (!frame.attractor.isEmpty())
        text += QStringLiteral(" \u00b7 ") + frame.attractor;
    return text;
}

} // namespace

QVector<ui::AnimationFrame> runAnimationFrames(const RetrievalHistory& history, int width,
                                               int height, const RunAnimationOptions& options)
{
    QVector<ui::AnimationFrame> frames;
    if (history.isEmpty() || width <= 0 || height <= 0)
        return frames;
    const int cell = std::max(1, options.longSide / std::max(width, height));
    const QRect grid(kMargin, kMargin, cell * width, cell * height);
    QFont font;
    font.setPixelSize(std::max(12, grid.width() / 28));
    const int captionHeight = QFontMetrics(font).height() + kMargin;
    const QSize size(grid.width() + 2 * kMargin, grid.bottom() + 1 + captionHeight + kMargin);

    ui::NeuronGridRenderer renderer;
    frames.reserve(history.size());
    for (int i = 0; i < history.size(); ++i) {
        const RetrievalFrame& frame = history.at(i);
        renderer.setGrid(width, height, frame.spins);
        renderer.setMeans(options.showMeans ? frame.meanSpins : QVector<float>{});
        renderer.setHighlightedCell(frame.lastUpdated);

        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.paint(painter, grid);
        painter.setFont(font);
        painter.setPen(ui::palette::spinUp());
        painter.drawText(QRect(0, grid.bottom() + 1, size.width(), captionHeight + kMargin),
                         Qt::AlignCenter, caption(frame));
        painter.end();
        const bool last = i == history.size() - 1;
        frames.append({image, last ? options.holdLastCentiseconds : options.delayCentiseconds});
    }
    return frames;
}

QString writeRunAnimation(const QString& path, const RetrievalHistory& history, int width,
                          int height, const RunAnimationOptions& options)
{
    const QVector<ui::AnimationFrame> frames = runAnimationFrames(history, width, height, options);
    if (frames.isEmpty())
        return QCoreApplication::translate("RunAnimation",
                                           "Nothing to animate yet: play or step the run first.");
    return ui::gif::write(path, frames);
}

} // namespace hopfield::app
