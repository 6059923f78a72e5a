#pragma once

#include <QWidget>
#include <functional>

class QSpinBox;

namespace hopfield::ui {
class PatternLibraryView;
}

namespace hopfield::app {

struct BuiltInSet;
class PatternLibrary;

/// The library side of the studio: thumbnails with names, add / duplicate / delete /
/// reorder, the built-in sets and random sets, import (pattern files and images), export,
/// and the grid size.  Every change goes through the library's undo stack; a file that
/// cannot be read is reported with its reason and changes nothing.
class LibraryPane : public QWidget {
    Q_OBJECT
public:
    explicit LibraryPane(PatternLibrary& library, QWidget* parent = nullptr);

    ui::PatternLibraryView* view() const noexcept { return m_view; }

    /// The actions behind the dialogs, for tests and scripts: each reports an error in a
    /// message box and returns false, leaving the library as it was.
    bool importPatternFile(const QString& path);
    bool importImage(const QString& path);
    bool exportLibrary(const QString& path);
    /// Replaces the library by the patterns `names` of a built-in set (undoable as `what`).
    bool storeBuiltIn(const BuiltInSet& set, const QStringList& names, const QString& what);

private:
    /// Shows the library's patterns, current index and size.
    void refresh();
    void refreshCurrent();
    QWidget* buildButtons();
    QWidget* buildSetsAndFiles();
    QWidget* buildGridSize();
    void askRandomSet();
    void askBuiltInSubset();
    /// Runs `action`; on an exception shows its message under the title `failure`.
    bool attempt(const QString& failure, const std::function<void()>& action);
    void showError(const QString& title, const QString& message);

    PatternLibrary& m_library;
    ui::PatternLibraryView* m_view;
    QSpinBox* m_width;
    QSpinBox* m_height;
};

} // namespace hopfield::app
