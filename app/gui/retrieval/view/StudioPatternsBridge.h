#pragma once

#include "gui/retrieval/run/RetrievalSetup.h"

#include <QObject>

namespace hopfield::app {

class PatternsPanel;
class RetrievalStudio;

/// Keeps the pattern panel and the retrieval run in step, both ways.
///  - A run that comes from elsewhere (a demo, a lesson, a session, the seed or noise
///    controls) shows its stored patterns and its kind of start in the panel, silently:
///    the panel's signals are blocked, so showing does not start another run.
///  - What the user does in the panel (paint, import, reorder, corrupt, mix) becomes the
///    run: the panel's patterns are stored (the worker builds the couplings) and the
///    panel's start state is the network's initial state.  A flip-noise start or an odd
///    mixture is handed over as its recipe (noise, target, seed), which the run redraws
///    to the same spins (both draw from a generator seeded with the same seed), so the
///    noise and target controls keep working; the other corruptions go over as spins.
class StudioPatternsBridge : public QObject {
    Q_OBJECT
public:
    StudioPatternsBridge(PatternsPanel& panel, RetrievalStudio& studio, QObject* parent = nullptr);

    /// Shows `setup`'s patterns and start in the panel without starting a run.
    void showSetup(const RetrievalSetup& setup);
    /// The run the panel's patterns and start state describe, on top of `base` (rule,
    /// temperature, mode, speed).
    RetrievalSetup setupFromPanel(RetrievalSetup base) const;

private:
    /// The panel emits storedPatternsChanged then startStateChanged for one edit: the run
    /// is rebuilt once, after both.
    void schedulePanelRun();
    void runPanel();

    PatternsPanel& m_panel;
    RetrievalStudio& m_studio;
    bool m_runPending = false;
};

} // namespace hopfield::app
