#include "gui/retrieval/view/StudioPage.h"

#include "gui/lessons/HintPanel.h"
#include "gui/patterns/CorruptionPanel.h"
#include "gui/patterns/LibraryPane.h"
#include "gui/patterns/PatternEditorPane.h"
#include "gui/patterns/PatternsPanel.h"
#include "gui/retrieval/view/RetrievalStudio.h"
#include "gui/retrieval/view/StudioPatternsBridge.h"

#include <QEvent>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

namespace hopfield::app {
namespace {

constexpr int kLeftWidth = 600;    ///< at most, on a wide screen
constexpr double kLeftShare = 0.3; ///< of the page's width on a narrower one
constexpr int kLeftMinChars = 26;  ///< the least it may be (it scrolls sideways then)
constexpr int kHintsHeight = 190;

} // namespace

StudioPage::StudioPage(QWidget* parent) : QSplitter(Qt::Horizontal, parent)
{
    setObjectName(QStringLiteral("studioPage"));
    setChildrenCollapsible(true);
    m_left = new QWidget;
    auto* column = new QVBoxLayout(m_left);
    column->setContentsMargins(6, 6, 0, 2);
    m_hints = new HintPanel;
    m_hints->setObjectName(QStringLiteral("hintPanel"));
    m_hints->setMaximumHeight(kHintsHeight);
    m_patterns = new PatternsPanel;
    m_patterns->setObjectName(QStringLiteral("patternsPanel"));
    m_patterns->setStacked(true);
    m_patterns->corruptionPanel()->setObjectName(QStringLiteral("corruptionPanel"));
    // The hints wrap to the column's width; the pattern panel below scrolls rather than
    // sets the window's least width (issue 11, item 7).
    m_patternsScroll = new QScrollArea;
    m_patternsScroll->setWidget(m_patterns);
    m_patternsScroll->setWidgetResizable(true);
    m_patternsScroll->setFrameShape(QFrame::NoFrame);
    column->addWidget(m_hints);
    column->addWidget(m_patternsScroll, 1);
    m_patterns->installEventFilter(this);
    m_left->setMinimumWidth(kLeftMinChars * fontMetrics().averageCharWidth());
    m_studio = new RetrievalStudio;
    addWidget(m_left);
    addWidget(m_studio);
    setStretchFactor(0, 0);
    setStretchFactor(1, 1);
    m_bridge = new StudioPatternsBridge(*m_patterns, *m_studio, this);
}

StudioPage::~StudioPage() = default;

QList<LessonControl> StudioPage::lessonControls() const
{
    // A hidden part of the pattern panel takes its titled box with it.
    QList<LessonControl> controls = m_studio->lessonControls();
    controls.append(
        LessonControl{ControlId::PatternLibrary, m_patterns->libraryPane()->parentWidget()});
    controls.append(
        LessonControl{ControlId::PatternsEditor, m_patterns->editorPane()->parentWidget()});
    controls.append(
        LessonControl{ControlId::Corruption, m_patterns->corruptionPanel()->parentWidget()});
    return controls;
}

void StudioPage::resizeEvent(QResizeEvent* event)
{
    QSplitter::resizeEvent(event);
    if (m_sized || !isVisible())
        return;
    // The first time the page is shown at its real width (the splitter's first layout
    // would give the column its size hint): the column takes its share of it.
    m_sized = true;
    fitLeftColumn(static_cast<int>(kLeftShare * width()));
}

bool StudioPage::eventFilter(QObject* watched, QEvent* event)
{
    // The pattern panel's fields grew or shrank (presentation mode scales them, once their
    // new type has reached them): the column follows.  Only then, so that a column the
    // user dragged narrower stays so.
    if (watched == m_patterns && event->type() == QEvent::LayoutRequest && m_sized &&
        fieldsWidth() != m_fieldsWidth)
        fitLeftColumn(sizes().constFirst());
    return QSplitter::eventFilter(watched, event);
}

int StudioPage::fieldsWidth() const
{
    const QMargins margins = m_left->layout()->contentsMargins();
    return m_patterns->minimumSizeHint().width() +
           style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_patternsScroll) +
           margins.left() + margins.right();
}

void StudioPage::fitLeftColumn(int wanted)
{
    if (m_left->isHidden())
        return;
    // Narrower than its fields, the pattern panel scrolls sideways (issue 11: not at
    // 1280x800 nor on a projector), so the column takes that width where the studio
    // keeps its own least width beside it; at 1024 px it gives way and scrolls.
    m_fieldsWidth = fieldsWidth();
    const int room = width() - handleWidth() - m_studio->minimumSizeHint().width();
    const int left = std::max(std::min({std::max(wanted, m_fieldsWidth), kLeftWidth, room}),
                              m_left->minimumWidth());
    setSizes({left, std::max(width() - left, 1)});
}

bool StudioPage::patternsVisible() const
{
    return !m_left->isHidden();
}

void StudioPage::setPatternsVisible(bool visible)
{
    m_left->setVisible(visible);
}

} // namespace hopfield::app
