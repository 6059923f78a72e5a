#include "gui/window/StudioSessionBridge.h"

#include "gui/document/Autosaver.h"
#include "gui/document/KeyedControls.h"
#include "gui/document/SessionActions.h"
#include "gui/document/SessionError.h"
#include "gui/document/SessionSetup.h"
#include "gui/lessons/HintPanel.h"
#include "gui/lessons/LessonCatalog.h"
#include "gui/lessons/LessonMenu.h"
#include "gui/retrieval/demos/DemoCatalog.h"
#include "gui/retrieval/view/RetrievalStudio.h"
#include "gui/retrieval/view/StudioPage.h"

#include <QTabWidget>
#include <algorithm>

namespace hopfield::app {
namespace {

/// The frame on screen: the one scrubbed to in the history, or the newest.
const RetrievalFrame* frameOnView(const RetrievalStudio& studio)
{
    const RetrievalHistory& history = studio.history();
    if (history.isEmpty())
        return nullptr;
    return &history.at(studio.shownFrame() < 0 ? history.size() - 1 : studio.shownFrame());
}

/// The page of `views` whose title (without "&", lower case) starts with `name`, or -1.
int viewNamed(const QTabWidget& views, const QString& name)
{
    for (int i = 0; i < views.count(); ++i)
        if (views.tabText(i).remove(QLatin1Char('&')).toLower().startsWith(name))
            return i;
    return -1;
}

} // namespace

StudioSessionBridge::StudioSessionBridge(StudioPage& page, QWidget& window,
                                         const QString& autosaveDirectory, QObject* parent)
    : QObject(parent), m_page(page)
{
    m_lessonControls.add(page.lessonControls());
    SessionActions::Callbacks callbacks;
    callbacks.currentSession = [this] {
        return currentSession();
    };
    callbacks.applySession = [this](const Session& session) {
        forgetLesson();
        applySession(session);
    };
    callbacks.newSession = [] {
        return sessionFromSetup(demos().constFirst().setup);
    };
    m_actions = new SessionActions(std::move(callbacks), &window, autosaveDirectory);
    m_actions->setParent(this);
    m_autosaver = new Autosaver([this] { return currentSession(); }, autosaveDirectory, this);
    m_lessonMenu = new LessonMenu(&window);
    m_lessonMenu->setObjectName(QStringLiteral("lessonsMenu"));
    connect(m_lessonMenu, &LessonMenu::lessonChosen, this, &StudioSessionBridge::openLesson);
}

StudioSessionBridge::~StudioSessionBridge() = default;

void StudioSessionBridge::keepLabs(KeyedControls& learning, KeyedControls& continuous)
{
    m_learning = &learning;
    m_continuous = &continuous;
}

Session StudioSessionBridge::currentSession() const
{
    RetrievalStudio& studio = *m_page.studio();
    Session session = sessionFromSetup(studio.controller().setup());
    if (const RetrievalFrame* frame = frameOnView(studio); frame && frame->time() > 0.0) {
        session.state = Pattern(session.patterns.width(), session.patterns.height(),
                                std::vector<Spin>(frame->spins.begin(), frame->spins.end()));
        session.sweep = frame->sweep;
        session.run = frame->checkpoint;
    }
    session.lesson = m_lesson;
    if (m_learning) {
        session.learning = m_learning->values();
        session.continuous = m_continuous->values();
    }
    return session;
}

bool StudioSessionBridge::applySession(const Session& session, bool play)
{
    RetrievalSetup setup;
    try {
        setup = toRetrievalSetup(session);
        // Every lab's part is checked before any is applied: a bad file changes nothing.
        if (m_learning) {
            m_learning->check(JsonField(session.learning, QStringLiteral("labs.learning")));
            m_continuous->check(JsonField(session.continuous, QStringLiteral("labs.continuous")));
        }
    } catch (const SessionError& error) {
        emit failed(error.message());
        return false;
    }
    Demo demo;
    demo.name = m_lessonId.isEmpty() ? QStringLiteral("session") : m_lessonId;
    demo.title = session.lesson ? session.lesson->title : tr("Saved session");
    // A lesson's own words are in the hint panel beside the studio, not twice.
    demo.description =
        session.lesson ? QString() : tr("Patterns, settings and seed from a session file.");
    demo.setup = setup;
    RetrievalStudio& studio = *m_page.studio();
    // The saved state, sweep and random stream are put back as they were (in O(N), in the
    // worker thread): nothing is replayed, whatever the sweep count.
    std::optional<RunResume> resume;
    if (session.state.size() > 0)
        resume = RunResume{{session.state.spins().begin(), session.state.spins().end()},
                           session.sweep,
                           session.run};
    studio.loadDemo(demo, play, resume);
    showLesson(session.lesson);
    if (m_learning) {
        m_learning->apply(session.learning);
        m_continuous->apply(session.continuous);
    }
    return true;
}

void StudioSessionBridge::addLessonPage(const LessonPage& page,
                                        const QList<LessonControl>& controls)
{
    m_labs.append(page);
    m_lessonControls.add(controls);
}

bool StudioSessionBridge::openLesson(const QString& id)
{
    Session lesson;
    try {
        if (lessonLab(id) != LessonLab::Studio)
            return openLabLesson(id);
        lesson = loadLesson(id);
    } catch (const SessionError& error) {
        emit failed(error.message());
        return false;
    }
    if (m_showPage)
        m_showPage(&m_page);
    m_lessonId = id;
    if (!applySession(lesson, true)) {
        forgetLesson();
        return false;
    }
    m_lessonMenu->setCurrentLesson(id);
    // A lesson lives in the resources: Save asks for a file of its own.
    m_actions->setCurrentPath({});
    return true;
}

bool StudioSessionBridge::openLabLesson(const QString& id)
{
    const LabLesson lesson = loadLabLesson(id);
    const auto page = std::find_if(m_labs.cbegin(), m_labs.cend(),
                                   [&](const LessonPage& each) { return each.lab == lesson.lab; });
    if (page == m_labs.cend()) {
        emit failed(tr("Lesson '%1' needs the %2 lab").arg(id, controls::labName(lesson.lab)));
        return false;
    }
    const int view = viewNamed(*page->views, lesson.view);
    if (view < 0) {
        emit failed(tr("Lesson '%1': the %2 lab has no view \"%3\"")
                        .arg(id, controls::labName(lesson.lab), lesson.view));
        return false;
    }
    forgetLesson(); // the last lesson's restrictions go before the new values are set
    for (auto value = lesson.values.cbegin(); value != lesson.values.cend(); ++value)
        if (const QString error = m_lessonControls.setValue(value.key(), value.value());
            !error.isEmpty()) {
            emit failed(tr("Lesson '%1': %2").arg(id, error));
            return false;
        }
    page->views->setCurrentIndex(view);
    if (m_showPage)
        m_showPage(page->page);
    m_lessonId = id;
    page->hints->setLesson(lesson.notes);
    m_lessonControls.apply(lesson.notes.hidden, lesson.notes.locked);
    m_lessonMenu->setCurrentLesson(id);
    if (lesson.run)
        page->run();
    return true;
}

void StudioSessionBridge::forgetLesson()
{
    m_lessonId.clear();
    m_lessonMenu->setCurrentLesson({});
    showLesson(std::nullopt);
}

void StudioSessionBridge::showLesson(const std::optional<LessonNotes>& lesson)
{
    m_lesson = lesson;
    if (lesson) {
        m_page.hints()->setLesson(*lesson);
        m_lessonControls.apply(lesson->hidden, lesson->locked);
    } else {
        m_page.hints()->clear();
        m_lessonControls.clear();
    }
    for (const LessonPage& lab : std::as_const(m_labs))
        lab.hints->clear();
}

} // namespace hopfield::app
