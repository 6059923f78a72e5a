#pragma once

#include "gui/document/Session.h"
#include "gui/lessons/LessonControls.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QMenu;
class QTabWidget;

namespace hopfield::app {

class Autosaver;
class HintPanel;
class KeyedControls;
class LessonMenu;
class SessionActions;
class StudioPage;

/// A lab other than the studio that lessons can drive (LabLesson): its tab, its hint
/// panel, its views (a lesson picks one by the start of its title) and what starts the
/// run of the view on show.
struct LessonPage {
    LessonLab lab = LessonLab::Plasticity;
    QWidget* page = nullptr;
    HintPanel* hints = nullptr;
    QTabWidget* views = nullptr;
    std::function<void()> run;
};

/// The studio as a document: what a session file saves and what opening one does, the
/// File menu's session actions, the Lessons menu, and the autosave.
///  - currentSession(): the run's patterns (a built-in set by reference, the panel's
///    patterns inline), settings and seed, and the newest state at the end of a sweep
///    (with the sweeps done); the open lesson's notes.
///  - applySession(): patterns, settings, the lesson's hints and hidden or locked
///    controls; then the saved sweeps are replayed from the start with the saved seed,
///    which lands on the saved state (SessionSetup.h), so the run goes on as it would have.
///  - openLesson() of a lab lesson: that lab's tab and view, its controls set to the
///    lesson's values, its hints and hidden or locked controls, and its run started.
///  - with keepLabs(), the learning and continuous labs' controls too (KeyedControls.h):
///    checked with the rest before anything changes, then applied; a file without them
///    puts those labs back to their defaults.
class StudioSessionBridge : public QObject {
    Q_OBJECT
public:
    /// `window` parents the dialogs and holds the controls a lesson hides or locks.
    StudioSessionBridge(StudioPage& page, QWidget& window, const QString& autosaveDirectory,
                        QObject* parent = nullptr);
    ~StudioSessionBridge() override;

    /// The learning and continuous labs' controls, saved and restored with the studio.
    void keepLabs(KeyedControls& learning, KeyedControls& continuous);

    Session currentSession() const;
    /// Loads `session`; plays at once when `play`.  Emits failed for a session the run
    /// cannot take (and changes nothing).
    bool applySession(const Session& session, bool play = false);
    /// Lets lessons drive `page`'s lab; `controls` are its controls by id.
    void addLessonPage(const LessonPage& page, const QList<LessonControl>& controls);
    /// How a lesson brings its lab's tab (or the studio's page) to the front.
    void setPageShower(std::function<void(QWidget*)> show) { m_showPage = std::move(show); }

    /// Opens shipped lesson `id` (LessonCatalog) in its lab and plays it.
    bool openLesson(const QString& id);
    /// The shipped lesson on view, or empty.
    const QString& lessonId() const noexcept { return m_lessonId; }
    /// A demo replaces any lesson: hints and restrictions go.
    void forgetLesson();

    SessionActions& actions() noexcept { return *m_actions; }
    Autosaver& autosaver() noexcept { return *m_autosaver; }
    LessonMenu* lessonMenu() const noexcept { return m_lessonMenu; }
    LessonControls& lessonControls() noexcept { return m_lessonControls; }

signals:
    void failed(const QString& message);

private:
    void showLesson(const std::optional<LessonNotes>& lesson);
    bool openLabLesson(const QString& id);

    StudioPage& m_page;
    LessonControls m_lessonControls;
    std::optional<LessonNotes> m_lesson;
    QList<LessonPage> m_labs;
    std::function<void(QWidget*)> m_showPage;
    QString m_lessonId;
    SessionActions* m_actions;
    Autosaver* m_autosaver;
    LessonMenu* m_lessonMenu;
    KeyedControls* m_learning = nullptr;
    KeyedControls* m_continuous = nullptr;
};

} // namespace hopfield::app
