#include "gui/document/SessionActions.h"

#include "gui/document/Autosaver.h"
#include "gui/document/SessionError.h"
#include "gui/document/SessionFile.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

namespace hopfield::app {
namespace {

const QString kSuffix = QStringLiteral(".json");

QString defaultChooser(QWidget* window, SessionActions::Dialog dialog, const QString& suggestion)
{
    const QString filter = QObject::tr("Hopfield Lab sessions (*.json);;All files (*)");
    if (dialog == SessionActions::Dialog::Open)
        return QFileDialog::getOpenFileName(window, QObject::tr("Open session"), suggestion,
                                            filter);
    return QFileDialog::getSaveFileName(window, QObject::tr("Save session"), suggestion, filter);
}

} // namespace

SessionActions::SessionActions(Callbacks callbacks, QWidget* window, QString autosaveDirectory)
    : QObject(window), m_callbacks(std::move(callbacks)), m_window(window),
      m_autosaveDirectory(std::move(autosaveDirectory))
{
    m_chooseFile = [this](Dialog dialog, const QString& suggestion) {
        return defaultChooser(m_window, dialog, suggestion);
    };
    m_report = [this](const QString& title, const QString& message) {
        QMessageBox::warning(m_window, title, message);
    };
    m_new = makeAction(tr("&New session"), QKeySequence::New);
    m_open = makeAction(tr("&Open session..."), QKeySequence::Open);
    m_save = makeAction(tr("&Save session"), QKeySequence::Save);
    m_saveAs = makeAction(tr("Save session &as..."), QKeySequence::SaveAs);
    m_recover = makeAction(tr("&Recover declined autosave..."), QKeySequence());
    m_recover->setToolTip(tr("Open the session autosaved before a crash, if you chose "
                             "Discard when Hopfield Lab offered to restore it."));
    connect(m_new, &QAction::triggered, this, &SessionActions::newSession);
    connect(m_open, &QAction::triggered, this, &SessionActions::open);
    connect(m_save, &QAction::triggered, this, &SessionActions::save);
    connect(m_saveAs, &QAction::triggered, this, &SessionActions::saveAs);
    connect(m_recover, &QAction::triggered, this, &SessionActions::recover);
}

QAction* SessionActions::makeAction(const QString& text, const QKeySequence& shortcut)
{
    auto* action = new QAction(text, this);
    action->setShortcut(shortcut);
    return action;
}

void SessionActions::addTo(QMenu* menu) const
{
    menu->addAction(m_new);
    menu->addAction(m_open);
    menu->addSeparator();
    menu->addAction(m_save);
    menu->addAction(m_saveAs);
    menu->addSeparator();
    menu->addAction(m_recover);
}

void SessionActions::setCurrentPath(const QString& path)
{
    if (path == m_currentPath)
        return;
    m_currentPath = path;
    emit currentPathChanged(path);
}

void SessionActions::newSession()
{
    m_callbacks.applySession(m_callbacks.newSession());
    setCurrentPath({});
}

bool SessionActions::open()
{
    const QString path = m_chooseFile(Dialog::Open, m_currentPath);
    return !path.isEmpty() && openFile(path);
}

bool SessionActions::applyFile(const QString& path, const QString& failureTitle)
{
    Session session;
    try {
        session = loadSessionFile(path);
    } catch (const SessionError& error) {
        m_report(failureTitle, error.message());
        return false;
    }
    m_callbacks.applySession(session);
    return true;
}

bool SessionActions::openFile(const QString& path)
{
    if (!applyFile(path, tr("Cannot open the session")))
        return false;
    setCurrentPath(path);
    emit sessionOpened(path);
    return true;
}

bool SessionActions::save()
{
    return m_currentPath.isEmpty() ? saveAs() : saveTo(m_currentPath);
}

bool SessionActions::saveAs()
{
    QString path = m_chooseFile(Dialog::Save, m_currentPath);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(kSuffix, Qt::CaseInsensitive))
        path += kSuffix;
    return saveTo(path);
}

bool SessionActions::saveTo(const QString& path)
{
    try {
        saveSessionFile(path, m_callbacks.currentSession());
    } catch (const SessionError& error) {
        m_report(tr("Cannot save the session"), error.message());
        return false;
    }
    setCurrentPath(path);
    emit sessionSaved(path);
    return true;
}

bool SessionActions::recover()
{
    const QString path = Autosaver::previousPath(m_autosaveDirectory);
    if (!QFile::exists(path)) {
        m_report(tr("Nothing to recover"),
                 tr("There is no declined autosave in %1.").arg(m_autosaveDirectory));
        return false;
    }
    if (!applyFile(path, tr("Cannot recover the session")))
        return false;
    // The recovered session has no file of its own yet: Save asks where to put it.
    setCurrentPath({});
    return true;
}

} // namespace hopfield::app
