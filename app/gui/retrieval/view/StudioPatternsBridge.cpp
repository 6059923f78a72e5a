#include "gui/retrieval/view/StudioPatternsBridge.h"

#include "gui/document/SessionPatterns.h"
#include "gui/patterns/PatternResource.h"
#include "gui/patterns/PatternsPanel.h"
#include "gui/retrieval/view/RetrievalStudio.h"

#include <QSignalBlocker>
#include <QTimer>

namespace hopfield::app {
namespace {

/// The stored patterns of `source`, read or drawn here, as the worker will; nothing when
/// they do not load (the run reports that itself).
std::optional<PatternSet> resolvePatterns(const PatternSource& source, std::uint64_t seed)
{
    try {
        switch (source.kind) {
        case PatternSource::Kind::Given:
            return source.given;
        case PatternSource::Kind::Random:
            return sessionRandomPatterns(source.width, source.height, source.count, seed);
        case PatternSource::Kind::Resource:
            return loadPatterns(source.resource, source.names);
        }
    } catch (const std::exception&) {
    }
    return std::nullopt;
}

} // namespace

StudioPatternsBridge::StudioPatternsBridge(PatternsPanel& panel, RetrievalStudio& studio,
                                           QObject* parent)
    : QObject(parent), m_panel(panel), m_studio(studio)
{
    connect(&panel, &PatternsPanel::storedPatternsChanged, this,
            &StudioPatternsBridge::schedulePanelRun);
    connect(&panel, &PatternsPanel::startStateChanged, this,
            &StudioPatternsBridge::schedulePanelRun);
    // Every new run (whoever asked for it) is shown in the panel; for a run the panel
    // made, that changes nothing.
    connect(&studio.controller(), &RetrievalController::sceneReady, this,
            [this] { showSetup(m_studio.controller().setup()); });
}

void StudioPatternsBridge::showSetup(const RetrievalSetup& setup)
{
    const QSignalBlocker quiet(&m_panel);
    const std::optional<PatternSet> stored = resolvePatterns(setup.patterns, setup.seed);
    if (!stored || stored->size() == 0)
        return;
    const int target = std::clamp(setup.target, 0, stored->size() - 1);
    if (m_panel.patterns() != *stored)
        m_panel.setPatterns(*stored, target);
    else if (m_panel.currentIndex() != target)
        m_panel.setCurrentIndex(target);
    if (setup.start == StartKind::Given) {
        // The panel made it and still shows it, unless a demo gave it with its recipe.
        const Demo& demo = m_studio.demo();
        if (demo.corruption && setup.startSpins == demo.setup.startSpins &&
            m_panel.corruption() != *demo.corruption)
            m_panel.setCorruption(*demo.corruption);
        return;
    }
    CorruptionSettings corruption = m_panel.corruption();
    corruption.seed = setup.seed;
    if (setup.start == StartKind::Mixture) {
        corruption.kind = CorruptionSettings::Kind::Mixture;
        corruption.mixture = setup.mixture;
        corruption.mixtureNoise = setup.noise;
    } else {
        corruption.kind = CorruptionSettings::Kind::FlipNoise;
        corruption.fraction = setup.noise;
    }
    // Setting the same recipe again would only redraw the same start.
    if (corruption != m_panel.corruption())
        m_panel.setCorruption(corruption);
}

RetrievalSetup StudioPatternsBridge::setupFromPanel(RetrievalSetup base) const
{
    base.patterns = PatternSource{};
    base.patterns.kind = PatternSource::Kind::Given;
    base.patterns.given = m_panel.patterns();
    base.target = std::max(m_panel.currentIndex(), 0);
    // A field on a pattern the library no longer holds would select nothing: off.
    if (base.fieldPattern && *base.fieldPattern >= base.patterns.given.size())
        base.fieldPattern.reset();
    base.startSpins.clear();
    const CorruptionSettings& corruption = m_panel.corruption();
    const std::optional<StartState>& start = m_panel.startState();
    using Kind = CorruptionSettings::Kind;
    if (corruption.kind == Kind::FlipNoise || !start) {
        // RetrievalRun draws flipExactly(stored[target], noise) from Rng(seed) first, as
        // makeStartState does: the same spins.
        base.start = StartKind::CorruptedTarget;
        base.noise = corruption.fraction;
        base.seed = corruption.seed;
    } else if (corruption.kind == Kind::Mixture) {
        base.start = StartKind::Mixture;
        base.mixture = corruption.mixture;
        base.noise = corruption.mixtureNoise;
        base.seed = corruption.seed;
    } else {
        base.start = StartKind::Given;
        const auto spins = start->start.spins();
        base.startSpins.assign(spins.begin(), spins.end());
    }
    return base;
}

void StudioPatternsBridge::schedulePanelRun()
{
    if (m_runPending)
        return;
    m_runPending = true;
    QTimer::singleShot(0, this, &StudioPatternsBridge::runPanel);
}

void StudioPatternsBridge::runPanel()
{
    m_runPending = false;
    if (m_panel.patterns().size() == 0)
        return;
    RetrievalController& controller = m_studio.controller();
    m_studio.loadSetup(setupFromPanel(controller.setup()), controller.isRunning());
}

} // namespace hopfield::app
