#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>
#include <functional>

class QListWidget;
class QListWidgetItem;

namespace hopfield::ui {

/// The pattern library as a list of thumbnails with names.  Shows values and emits
/// intents: a new current pattern, a rename (double-click or F2 on a name), and a move
/// (drag a pattern to its new place); whoever owns the patterns answers with
/// setPatterns().  Renames and moves arrive queued, after the list is done with them.
class PatternLibraryView : public QWidget {
    Q_OBJECT
public:
    explicit PatternLibraryView(QWidget* parent = nullptr);

    /// Every pattern of the library: row-major spins of width x height each, with names.
    void setPatterns(int width, int height, const QStringList& names,
                     const QVector<QVector<qint8>>& patterns);
    void setCurrentIndex(int index);

    int currentIndex() const;
    int count() const;
    QListWidget* list() const noexcept { return m_list; }

    /// Where a pattern dragged from row `from` ends when dropped before row `before`
    /// (`count` for the end): the index the move gives it.
    static int moveTarget(int from, int before);

signals:
    void currentChanged(int index);
    void renameRequested(int index, const QString& name);
    void moveRequested(int from, int to);

private:
    void emitRename(QListWidgetItem* item);
    void emitLater(std::function<void()> emitter);

    QListWidget* m_list;
};

} // namespace hopfield::ui
