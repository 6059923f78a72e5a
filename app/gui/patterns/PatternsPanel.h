#pragma once

#include "core/PatternSet.h"
#include "gui/patterns/StartState.h"

#include <QWidget>
#include <array>
#include <optional>

class QAction;
class QSplitter;
class QUndoStack;

namespace hopfield::app {

class CorruptionPanel;
class LibraryPane;
class PatternEditorPane;
class PatternLibrary;

/// The pattern side of the studio in one widget: the library (thumbnails, sets, import,
/// export, grid size), the editor of the current pattern, and the start-state tools
/// (corruptions and mixtures) with the start beside the clean pattern.  The window embeds
/// it and listens: storedPatternsChanged when what the network stores changes,
/// startStateChanged when the initial state changes.  Every edit is undoable through
/// undoStack() (Ctrl+Z, Ctrl+Shift+Z while the panel has focus: undoAction() and
/// redoAction(), which a window may also put in its Edit menu).
class PatternsPanel : public QWidget {
    Q_OBJECT
public:
    explicit PatternsPanel(QWidget* parent = nullptr);
    ~PatternsPanel() override;

    PatternSet patterns() const;
    int currentIndex() const;
    const CorruptionSettings& corruption() const;
    /// The start state now shown, or nothing (no pattern, an even mixture).
    const std::optional<StartState>& startState() const;

    PatternLibrary& library() noexcept { return *m_library; }
    QUndoStack* undoStack() const;
    QAction* undoAction() const noexcept { return m_undo; }
    QAction* redoAction() const noexcept { return m_redo; }
    LibraryPane* libraryPane() const noexcept { return m_libraryPane; }
    PatternEditorPane* editorPane() const noexcept { return m_editorPane; }
    CorruptionPanel* corruptionPanel() const noexcept { return m_corruption; }

    /// Side by side (the default): library | editor | corruption.  Stacked: library |
    /// editor over the corruption tools, narrow enough for a column beside the studio.
    void setStacked(bool stacked);

public slots:
    /// Replaces the library (e.g. from a session) without an undo step; clears the undo
    /// history.  Emits storedPatternsChanged and startStateChanged.
    void setPatterns(const hopfield::PatternSet& patterns, int current = 0);
    void setCurrentIndex(int index);
    void setCorruption(const hopfield::app::CorruptionSettings& settings);
    void setSeed(quint64 seed);

signals:
    /// The stored patterns changed (an edit, undo, redo, a new set or size).
    void storedPatternsChanged(const hopfield::PatternSet& patterns);
    /// Another pattern became the current one (the target of corruptions).
    void currentPatternChanged(int index);
    /// The network's start state changed; `clean` is the pattern it was made from.
    void startStateChanged(const hopfield::Pattern& start, const hopfield::Pattern& clean,
                           const QString& description);

private:
    void onPatternsChanged();
    void onCurrentChanged();

    PatternLibrary* m_library;
    LibraryPane* m_libraryPane;
    PatternEditorPane* m_editorPane;
    CorruptionPanel* m_corruption;
    QAction* m_undo;
    QAction* m_redo;
    QSplitter* m_splitter;
    QSplitter* m_top = nullptr; ///< library | editor, when stacked
    std::array<QWidget*, 3> m_groups{};
    int m_announcedCurrent = -2; ///< the index currentPatternChanged last carried
};

} // namespace hopfield::app
