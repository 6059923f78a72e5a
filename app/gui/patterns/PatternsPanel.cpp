#include "gui/patterns/PatternsPanel.h"

#include "gui/patterns/CorruptionPanel.h"
#include "gui/patterns/LibraryPane.h"
#include "gui/patterns/PatternEditorPane.h"
#include "gui/patterns/PatternLibrary.h"
#include "gui/patterns/PatternResource.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hopfield::app {
namespace {

QGroupBox* group(const QString& title, QWidget* content)
{
    auto* box = new QGroupBox(title);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return box;
}

/// Ctrl+Shift+Z and Ctrl+Y on every platform, with the platform's own redo keys, each
/// once: on X11 QKeySequence::Redo is Ctrl+Shift+Z itself, and a key bound twice is an
/// "Ambiguous shortcut overload" that runs nothing.
QList<QKeySequence> redoShortcuts()
{
    QList<QKeySequence> keys = {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                                QKeySequence(Qt::CTRL | Qt::Key_Y)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!keys.contains(key))
            keys.append(key);
    return keys;
}

} // namespace

PatternsPanel::PatternsPanel(QWidget* parent) : QWidget(parent), m_library(new PatternLibrary(this))
{
    m_libraryPane = new LibraryPane(*m_library);
    m_editorPane = new PatternEditorPane(*m_library);
    m_corruption = new CorruptionPanel;

    m_undo = m_library->undoStack()->createUndoAction(this, tr("Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_library->undoStack()->createRedoAction(this, tr("Redo"));
    m_redo->setShortcuts(redoShortcuts());
    for (QAction* action : {m_undo, m_redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    m_groups = {group(tr("Pattern library"), m_libraryPane), group(tr("Editor"), m_editorPane),
                group(tr("Corrupt and start"), m_corruption)};
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setChildrenCollapsible(false);
    for (QWidget* box : m_groups)
        m_splitter->addWidget(box);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 4);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_library, &PatternLibrary::patternsChanged, this, &PatternsPanel::onPatternsChanged);
    connect(m_library, &PatternLibrary::currentChanged, this, &PatternsPanel::onCurrentChanged);
    connect(m_corruption, &CorruptionPanel::startStateChanged, this,
            [this](const StartState& state) {
                emit startStateChanged(state.start, state.clean, state.description);
            });

    // Opens on four letters that Hebb's rule keeps apart (see README, "why four letters").
    setPatterns(loadPatterns(
        QStringLiteral(":/patterns/letters.txt"),
        {QStringLiteral("A"), QStringLiteral("I"), QStringLiteral("M"), QStringLiteral("V")}));
}

PatternsPanel::~PatternsPanel() = default;

PatternSet PatternsPanel::patterns() const
{
    return m_library->patterns();
}

int PatternsPanel::currentIndex() const
{
    return m_library->currentIndex();
}

const CorruptionSettings& PatternsPanel::corruption() const
{
    return m_corruption->settings();
}

const std::optional<StartState>& PatternsPanel::startState() const
{
    return m_corruption->startState();
}

void PatternsPanel::setStacked(bool stacked)
{
    if (stacked == (m_top != nullptr))
        return;
    if (stacked) {
        // One column: the studio's side column must fit a 1024-pixel screen (issue 11).
        m_top = new QSplitter(Qt::Vertical);
        m_top->setChildrenCollapsible(false);
        m_top->addWidget(m_groups[0]);
        m_top->addWidget(m_groups[1]);
        m_top->setStretchFactor(0, 2);
        m_top->setStretchFactor(1, 3);
        m_splitter->setOrientation(Qt::Vertical);
        m_splitter->insertWidget(0, m_top);
        m_splitter->setStretchFactor(0, 3);
        m_splitter->setStretchFactor(1, 2);
        return;
    }
    m_splitter->setOrientation(Qt::Horizontal);
    m_splitter->insertWidget(0, m_groups[0]);
    m_splitter->insertWidget(1, m_groups[1]);
    delete m_top;
    m_top = nullptr;
}

QUndoStack* PatternsPanel::undoStack() const
{
    return m_library->undoStack();
}

void PatternsPanel::setPatterns(const PatternSet& patterns, int current)
{
    m_library->reset(patterns, current);
}

void PatternsPanel::setCurrentIndex(int index)
{
    m_library->setCurrentIndex(index);
}

void PatternsPanel::setCorruption(const CorruptionSettings& settings)
{
    m_corruption->setSettings(settings);
}

void PatternsPanel::setSeed(quint64 seed)
{
    CorruptionSettings settings = m_corruption->settings();
    settings.seed = seed;
    m_corruption->setSettings(settings);
}

void PatternsPanel::onPatternsChanged()
{
    const PatternSet stored = m_library->patterns();
    emit storedPatternsChanged(stored);
    if (m_library->currentIndex() != m_announcedCurrent)
        onCurrentChanged();
    else
        m_corruption->setPatterns(stored, m_library->currentIndex());
}

void PatternsPanel::onCurrentChanged()
{
    m_announcedCurrent = m_library->currentIndex();
    emit currentPatternChanged(m_announcedCurrent);
    m_corruption->setPatterns(m_library->patterns(), m_library->currentIndex());
}

} // namespace hopfield::app
