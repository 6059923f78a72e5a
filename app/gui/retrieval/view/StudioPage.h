#pragma once

#include "gui/document/ControlIds.h"

#include <QSplitter>

class QScrollArea;

namespace hopfield::app {

class HintPanel;
class PatternsPanel;
class RetrievalStudio;
class StudioPatternsBridge;

/// The retrieval studio's tab: on the left a lesson's hints (hidden without a lesson) over
/// the pattern panel (library, editor, corruption tools), which drives the run; on the
/// right the studio itself.  The left column folds away with the splitter handle or
/// setPatternsVisible(false).
class StudioPage : public QSplitter {
    Q_OBJECT
public:
    explicit StudioPage(QWidget* parent = nullptr);
    ~StudioPage() override;

    RetrievalStudio* studio() const noexcept { return m_studio; }
    PatternsPanel* patterns() const noexcept { return m_patterns; }
    HintPanel* hints() const noexcept { return m_hints; }
    StudioPatternsBridge& patternsBridge() noexcept { return *m_bridge; }

    /// The controls a lesson may hide or lock: the studio's, and the pattern panel's boxes.
    QList<LessonControl> lessonControls() const;

    bool patternsVisible() const;
    void setPatternsVisible(bool visible);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// The left column's width with the pattern panel's fields side by side and room for
    /// its vertical scroll bar.
    int fieldsWidth() const;
    /// Gives the left column `wanted` pixels, widened to fieldsWidth(), within what the
    /// studio leaves.
    void fitLeftColumn(int wanted);

    QWidget* m_left; ///< the column of hints over the scrolling pattern panel
    QScrollArea* m_patternsScroll;
    bool m_sized = false;
    int m_fieldsWidth = 0; ///< fieldsWidth() when the column was last fitted
    HintPanel* m_hints;
    PatternsPanel* m_patterns;
    RetrievalStudio* m_studio;
    StudioPatternsBridge* m_bridge;
};

} // namespace hopfield::app
