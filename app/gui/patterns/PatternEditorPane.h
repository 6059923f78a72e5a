#pragma once

#include <QWidget>

class QActionGroup;
class QLabel;
class QScrollArea;

namespace hopfield::ui {
class PatternEditorView;
}

namespace hopfield::app {

class PatternLibrary;

/// The editor of the library's current pattern: drawing tools, whole-pattern edits
/// (clear, invert, shift with wrap), zoom and grid lines above the drawing view.  Every
/// stroke and button goes through the library, so each is one undo step.
class PatternEditorPane : public QWidget {
    Q_OBJECT
public:
    explicit PatternEditorPane(PatternLibrary& library, QWidget* parent = nullptr);

    ui::PatternEditorView* view() const noexcept { return m_view; }

private:
    /// Shows the library's current pattern.
    void refresh();
    QWidget* buildToolBar();
    void zoom(int steps);

    PatternLibrary& m_library;
    ui::PatternEditorView* m_view;
    QScrollArea* m_scroll;
    QLabel* m_title;
};

} // namespace hopfield::app
