#include "PatternLibraryView.h"

#include "NeuronGridRenderer.h"
#include "Palette.h"

#include <QDropEvent>
#include <QListWidget>
#include <QPainter>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <functional>

namespace hopfield::ui {
namespace {

constexpr int kThumbnail = 48;

/// A list whose drops only report the move: the owner reorders its patterns and hands the
/// list back, so the view never holds an order the document does not.
class ReorderList : public QListWidget {
public:
    std::function<void(int from, int before)> onMove;

protected:
    void dropEvent(QDropEvent* event) override
    {
        const int from = currentRow();
        const QPoint position = event->position().toPoint();
        const QModelIndex over = indexAt(position);
        int before = count();
        if (over.isValid()) {
            const QRect cell = visualRect(over);
            before = position.y() < cell.center().y() ? over.row() : over.row() + 1;
        }
        // A copy, as far as the drag knows: nothing is removed behind the owner's back.
        event->setDropAction(Qt::CopyAction);
        event->accept();
        if (from >= 0 && onMove)
            onMove(from, before);
    }
};

QIcon thumbnail(int width, int height, const QVector<qint8>& spins)
{
    NeuronGridRenderer renderer;
    renderer.setGrid(width, height, spins);
    auto style = renderer.style();
    style.gridLines = false;
    renderer.setStyle(style);
    QPixmap pixmap(kThumbnail, kThumbnail);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.paint(painter, pixmap.rect().adjusted(1, 1, -1, -1));
    painter.setPen(palette::gridLine());
    painter.drawRect(
        renderer.gridRect(pixmap.rect().adjusted(1, 1, -1, -1)).adjusted(-1, -1, 0, 0));
    return QIcon(pixmap);
}

} // namespace

PatternLibraryView::PatternLibraryView(QWidget* parent) : QWidget(parent)
{
    auto* list = new ReorderList;
    list->onMove = [this](int from, int before) {
        const int to = moveTarget(from, before);
        if (to != from)
            emitLater([this, from, to] { emit moveRequested(from, to); });
    };
    m_list = list;
    m_list->setIconSize(QSize(kThumbnail, kThumbnail));
    m_list->setSpacing(2);
    m_list->setUniformItemSizes(true);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setToolTip(tr("Click to edit a pattern, double-click its name to rename it, drag it "
                          "to reorder the library."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);

    connect(m_list, &QListWidget::currentRowChanged, this, &PatternLibraryView::currentChanged);
    connect(m_list, &QListWidget::itemChanged, this, &PatternLibraryView::emitRename);
}

int PatternLibraryView::moveTarget(int from, int before)
{
    // Removing the pattern first shifts every later slot up by one.
    return before > from ? before - 1 : before;
}

void PatternLibraryView::setPatterns(int width, int height, const QStringList& names,
                                     const QVector<QVector<qint8>>& patterns)
{
    const int current = m_list->currentRow();
    {
        const QSignalBlocker blocker(m_list); // a list the owner hands over asks for nothing
        m_list->clear();
        for (qsizetype i = 0; i < patterns.size(); ++i) {
            auto* item = new QListWidgetItem(thumbnail(width, height, patterns[i]), names.value(i));
            item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsDragEnabled);
            item->setToolTip(tr("%1 (%2 x %3)").arg(names.value(i)).arg(width).arg(height));
            m_list->addItem(item);
        }
        m_list->setCurrentRow(std::min(current, static_cast<int>(patterns.size()) - 1));
    }
}

void PatternLibraryView::setCurrentIndex(int index)
{
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentRow(index);
}

int PatternLibraryView::currentIndex() const
{
    return m_list->currentRow();
}

int PatternLibraryView::count() const
{
    return m_list->count();
}

void PatternLibraryView::emitRename(QListWidgetItem* item)
{
    const int row = m_list->row(item);
    const QString name = item->text();
    emitLater([this, row, name] { emit renameRequested(row, name); });
}

void PatternLibraryView::emitLater(std::function<void()> emitter)
{
    // The owner answers an intent by handing over a new list, which deletes the items;
    // queued, that happens after the list has finished with the edit or the drop.
    QMetaObject::invokeMethod(this, std::move(emitter), Qt::QueuedConnection);
}

} // namespace hopfield::ui
