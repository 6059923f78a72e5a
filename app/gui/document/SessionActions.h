#pragma once

#include "gui/document/Session.h"

#include <QObject>
#include <QString>
#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace hopfield::app {

/// The File menu's session actions (New, Open session..., Save, Save as..., Recover
/// declined autosave...) with the standard shortcuts, and what they do: the window gives
/// three callbacks and adds the actions to its menu.  A file that cannot be read or
/// written is reported in a message box naming the file and the problem, and changes
/// nothing.  The file dialogs and the message box can be replaced (tests do).
class SessionActions : public QObject {
    Q_OBJECT
public:
    struct Callbacks {
        std::function<Session()> currentSession;          ///< what Save writes
        std::function<void(const Session&)> applySession; ///< what Open, New, Recover load
        std::function<Session()> newSession;              ///< the session New starts
    };
    enum class Dialog { Open, Save };
    /// Returns the chosen path, or an empty string when the user cancels.
    using FileChooser = std::function<QString(Dialog dialog, const QString& suggestion)>;
    using ErrorReporter = std::function<void(const QString& title, const QString& message)>;

    /// `window` parents the dialogs; `autosaveDirectory` is where Recover looks for the
    /// autosave declined at startup (Autosaver::previousPath).
    SessionActions(Callbacks callbacks, QWidget* window, QString autosaveDirectory);

    QAction* newAction() const noexcept { return m_new; }
    QAction* openAction() const noexcept { return m_open; }
    QAction* saveAction() const noexcept { return m_save; }
    QAction* saveAsAction() const noexcept { return m_saveAs; }
    QAction* recoverAction() const noexcept { return m_recover; }
    /// Adds New, Open, Save, Save as and Recover, with separators, to `menu`.
    void addTo(QMenu* menu) const;

    /// The file Save writes to; empty for a session not yet saved (or a lesson, which
    /// lives in the resources and must be saved under a new name).
    const QString& currentPath() const noexcept { return m_currentPath; }
    void setCurrentPath(const QString& path);

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setErrorReporter(ErrorReporter reporter) { m_report = std::move(reporter); }

public slots:
    void newSession();
    /// Asks for a file and opens it; returns false when cancelled or on an error.
    bool open();
    bool openFile(const QString& path);
    /// Saves to the current file, or asks for one when there is none.
    bool save();
    bool saveAs();
    bool saveTo(const QString& path);
    /// Opens the autosave the user declined at startup, if there is one.
    bool recover();

signals:
    void currentPathChanged(const QString& path);
    void sessionOpened(const QString& path);
    void sessionSaved(const QString& path);

private:
    QAction* makeAction(const QString& text, const QKeySequence& shortcut);
    /// Loads `path` and hands it to the window, or reports why not under `failureTitle`.
    bool applyFile(const QString& path, const QString& failureTitle);

    Callbacks m_callbacks;
    QWidget* m_window;
    QString m_autosaveDirectory;
    QString m_currentPath;
    FileChooser m_chooseFile;
    ErrorReporter m_report;
    QAction* m_new;
    QAction* m_open;
    QAction* m_save;
    QAction* m_saveAs;
    QAction* m_recover;
};

} // namespace hopfield::app
