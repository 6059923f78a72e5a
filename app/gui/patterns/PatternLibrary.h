#pragma once

#include "CellEdit.h"
#include "core/PatternSet.h"

#include <QObject>
#include <QString>
#include <functional>
#include <vector>

class QUndoStack;

namespace hopfield::app {

/// The patterns a user stores, as a document: one grid size for all, a current pattern,
/// and every change made through an undoable command on undoStack().  Selecting a pattern
/// and reset() (a session being opened) are not edits and are not undone.
class PatternLibrary : public QObject {
    Q_OBJECT
public:
    static constexpr int kMinSide = 5;
    static constexpr int kMaxSide = 256; ///< 65,536 neurons: photographs

    explicit PatternLibrary(QObject* parent = nullptr);
    ~PatternLibrary() override;

    QUndoStack* undoStack() const noexcept { return m_undo; }
    int width() const noexcept { return m_width; }
    int height() const noexcept { return m_height; }
    int count() const noexcept { return static_cast<int>(m_patterns.size()); }
    /// Throws std::out_of_range for an index outside 0..count()-1.
    const Pattern& pattern(int index) const;
    PatternSet patterns() const;
    /// The pattern being edited, or -1 when the library is empty.
    int currentIndex() const noexcept { return m_current; }

    void setCurrentIndex(int index);
    /// Replaces everything without an undo step and clears the undo history (an empty set
    /// keeps the grid size; 16 x 16 when it has none).
    void reset(const PatternSet& patterns, int current = 0);

    // Undoable edits.  Indices out of range and sizes outside kMinSide..kMaxSide throw
    // std::invalid_argument and change nothing.
    void addBlank();
    /// Appends `pattern` (of the library's size) after the others and makes it current.
    void addPattern(Pattern pattern);
    void duplicate(int index);
    void remove(int index);
    void rename(int index, const QString& name);
    /// Moves pattern `from` to position `to`, shifting those between.
    void move(int from, int to);
    /// Sets the listed cells of pattern `index`: one undo step, however many cells.
    void editCells(int index, const ui::CellEdits& edits);
    void clear(int index);
    void invert(int index);
    /// Shifts pattern `index` by (dx, dy) cells, wrapping around the edges (a torus).
    void shift(int index, int dx, int dy);
    /// Resizes every pattern to width x height, centred: cropped, or padded with -1.
    void resizeGrid(int width, int height);
    /// Replaces the library by `patterns` (a built-in set, a file).
    void replaceAll(const PatternSet& patterns, const QString& what);
    /// Appends `patterns`, which must have the library's size.
    void appendAll(const PatternSet& patterns, const QString& what);

    /// Reads a PBM or ASCII-art file and appends its patterns, or replaces the library
    /// when their size differs from it (or it is empty).  On a malformed file throws the
    /// reader's error, whose message names the file and the fault, and changes nothing.
    void importFile(const QString& path);
    /// Writes the library as PBM (".pbm") or ASCII art (anything else), atomically;
    /// throws std::runtime_error naming the path and the reason.
    void exportFile(const QString& path) const;

signals:
    /// Any change of the patterns or their size; the current index may have changed with
    /// them (read currentIndex()).  Emitted once per edit, undo or redo.
    void patternsChanged();
    /// Another pattern was selected, the patterns unchanged.
    void currentChanged(int index);

private:
    struct State {
        int width = 0;
        int height = 0;
        std::vector<Pattern> patterns;
        int current = -1;
    };

    void checkIndex(int index, const char* what) const;
    void push(const QString& text, std::function<void()> redo, std::function<void()> undo);
    /// One undoable step replacing pattern `index` by `after`.
    void replacePattern(int index, Pattern after, const QString& text);
    void replaceState(State after, const QString& text);
    State state() const;
    void restore(State state);
    void insertAt(int index, const Pattern& pattern);
    void eraseAt(int index);
    void setPatternAt(int index, const Pattern& pattern);
    void moveAt(int from, int to);
    void changed(int current);
    QString nameOf(int index) const;

    int m_width = 16;
    int m_height = 16;
    std::vector<Pattern> m_patterns;
    int m_current = -1;
    QUndoStack* m_undo;
};

/// A slot for buttons that act on the current pattern: calls edit(index) with the
/// library's current index, or does nothing when the library is empty.
template <typename Edit> auto onCurrentPattern(const PatternLibrary& library, Edit edit)
{
    return [&library, edit] {
        if (library.currentIndex() >= 0)
            edit(library.currentIndex());
    };
}

} // namespace hopfield::app
