#include "gui/patterns/PatternEditorPane.h"

#include "PatternEditorView.h"
#include "gui/patterns/PatternLibrary.h"
#include "gui/patterns/PatternSpins.h"

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QScrollArea>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>
#include <iterator>

namespace hopfield::app {
namespace {

using Tool = ui::PatternEditorView::Tool;

constexpr int kZoomLevels[] = {1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48};
constexpr int kDefaultCell = 8;
constexpr int kFitPixels = 400;

} // namespace

PatternEditorPane::PatternEditorPane(PatternLibrary& library, QWidget* parent)
    : QWidget(parent), m_library(library)
{
    m_view = new ui::PatternEditorView;
    m_view->setObjectName(QStringLiteral("patternEditor"));
    m_scroll = new QScrollArea;
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_title = new QLabel;
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    auto* hint = new QLabel(tr("Left button: ink (+1) \u00b7 right button: paper (\u22121) "
                               "\u00b7 Ctrl+wheel: zoom"));
    hint->setForegroundRole(QPalette::PlaceholderText); // AA contrast in both themes
    hint->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildToolBar());
    layout->addWidget(m_title);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(hint);

    connect(m_view, &ui::PatternEditorView::editRequested, this,
            [this](const ui::CellEdits& edits) {
                m_library.editCells(m_library.currentIndex(), edits);
            });
    connect(m_view, &ui::PatternEditorView::zoomRequested, this, &PatternEditorPane::zoom);
    connect(&m_library, &PatternLibrary::patternsChanged, this, &PatternEditorPane::refresh);
    connect(&m_library, &PatternLibrary::currentChanged, this, &PatternEditorPane::refresh);
    refresh();
}

QWidget* PatternEditorPane::buildToolBar()
{
    auto* bar = new QToolBar;
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* tools = new QActionGroup(this);
    struct ToolEntry {
        Tool tool;
        QString text;
        QString tip;
    };
    const ToolEntry entries[] = {
        {Tool::Paint, tr("Paint"), tr("Paint cells: left button +1, right button \u22121")},
        {Tool::Toggle, tr("Toggle"), tr("Flip every cell the stroke passes over")},
        {Tool::Line, tr("Line"), tr("Drag a straight line (left +1, right \u22121)")},
        {Tool::Rectangle, tr("Rectangle"), tr("Drag a rectangle outline (left +1, right \u22121)")},
        {Tool::Fill, tr("Fill"),
         tr("Flood-fill the connected region of equal spins (left +1, right \u22121)")},
    };
    for (const ToolEntry& entry : entries) {
        QAction* action = bar->addAction(entry.text);
        action->setToolTip(entry.tip);
        action->setCheckable(true);
        action->setChecked(entry.tool == Tool::Paint);
        tools->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, tool = entry.tool] { m_view->setTool(tool); });
    }
    bar->addSeparator();
    QAction* lines = bar->addAction(tr("Grid"));
    lines->setCheckable(true);
    lines->setChecked(true);
    lines->setToolTip(tr("Show lines between cells"));
    connect(lines, &QAction::toggled, m_view, &ui::PatternEditorView::setGridLinesVisible);
    auto* edits = new QToolBar;
    edits->setToolButtonStyle(Qt::ToolButtonTextOnly);
    edits
        ->addAction(tr("Clear"), this,
                    onCurrentPattern(m_library, [this](int i) { m_library.clear(i); }))
        ->setToolTip(tr("Set every cell to \u22121"));
    edits
        ->addAction(tr("Invert"), this,
                    onCurrentPattern(m_library, [this](int i) { m_library.invert(i); }))
        ->setToolTip(tr("\u03be \u2192 \u2212\u03be: flip every cell"));
    struct Shift {
        QString text;
        int dx;
        int dy;
        QString tip;
    };
    const Shift shifts[] = {
        {QStringLiteral("\u2190"), -1, 0, tr("Shift left by one cell, wrapping")},
        {QStringLiteral("\u2192"), 1, 0, tr("Shift right by one cell, wrapping")},
        {QStringLiteral("\u2191"), 0, -1, tr("Shift up by one cell, wrapping")},
        {QStringLiteral("\u2193"), 0, 1, tr("Shift down by one cell, wrapping")}};
    for (const Shift& shift : shifts)
        edits
            ->addAction(
                shift.text, this,
                onCurrentPattern(m_library,
                                 [this, shift](int i) { m_library.shift(i, shift.dx, shift.dy); }))
            ->setToolTip(shift.tip);
    edits->addSeparator();
    edits->addAction(tr("Zoom \u2212"), this, [this] { zoom(-1); })
        ->setToolTip(tr("Smaller cells"));
    edits->addAction(tr("Zoom +"), this, [this] { zoom(1); })->setToolTip(tr("Larger cells"));
    auto* rows = new QWidget;
    auto* layout = new QVBoxLayout(rows);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(edits);
    return rows;
}

void PatternEditorPane::zoom(int steps)
{
    const auto* level =
        std::lower_bound(std::begin(kZoomLevels), std::end(kZoomLevels), m_view->minimumCellSize());
    const auto index = std::clamp<std::ptrdiff_t>(level - std::begin(kZoomLevels) + steps, 0,
                                                  std::size(kZoomLevels) - 1);
    m_view->setMinimumCellSize(kZoomLevels[index]);
}

void PatternEditorPane::refresh()
{
    const int current = m_library.currentIndex();
    if (current < 0) {
        m_title->setText(tr("No pattern: add one or load a set"));
        m_view->setGrid(0, 0, {});
        return;
    }
    const Pattern& pattern = m_library.pattern(current);
    if (pattern.width() != m_view->gridWidth() || pattern.height() != m_view->gridHeight()) {
        // A new grid size starts at the zoom that shows it whole in about 400 pixels.
        const int fit = kFitPixels / std::max(pattern.width(), pattern.height());
        m_view->setMinimumCellSize(std::clamp(fit, 1, kDefaultCell));
    }
    m_title->setText(tr("%1 \u00b7 %2 x %3")
                         .arg(QString::fromStdString(pattern.name()))
                         .arg(pattern.width())
                         .arg(pattern.height()));
    m_view->setGrid(pattern.width(), pattern.height(), toSpins(pattern));
}

} // namespace hopfield::app
