#pragma once

#include <QUndoCommand>
#include <functional>

namespace hopfield::app {

/// An undoable step of the pattern library: what redo and undo do, as two functions that
/// capture exactly the values the step needs (an index, the pattern before and after).
class LibraryCommand : public QUndoCommand {
public:
    LibraryCommand(const QString& text, std::function<void()> redo, std::function<void()> undo)
        : QUndoCommand(text), m_redo(std::move(redo)), m_undo(std::move(undo))
    {
    }

    void redo() override { m_redo(); }
    void undo() override { m_undo(); }

private:
    std::function<void()> m_redo;
    std::function<void()> m_undo;
};

} // namespace hopfield::app
