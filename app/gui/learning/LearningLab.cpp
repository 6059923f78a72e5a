#include "gui/learning/LearningLab.h"

#include "gui/common/Scrollable.h"
#include "gui/learning/BasinPanel.h"
#include "gui/learning/BoltzmannPanel.h"
#include "gui/learning/CapacityPanel.h"
#include "gui/learning/DenseMemoryPanel.h"
#include "gui/learning/ExampleDiagramsPanel.h"
#include "gui/learning/ExamplesPanel.h"
#include "gui/learning/PhaseDiagramPanel.h"
#include "gui/learning/UnlearningPanel.h"

#include <QJsonValue>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hopfield::app {

LearningLab::LearningLab(QWidget* parent)
    : QWidget(parent), m_cache(std::make_shared<SweepCache>()), m_views(new QTabWidget)
{
    m_views->setObjectName(QStringLiteral("learningViews"));
    m_views->setTabPosition(QTabWidget::West);
    m_phaseDiagram = new PhaseDiagramPanel(m_cache);
    m_capacity = new CapacityPanel(m_cache);
    m_basins = new BasinPanel(m_cache);
    m_unlearning = new UnlearningPanel;
    m_boltzmann = new BoltzmannPanel;
    m_examples = new ExamplesPanel;
    m_exampleDiagrams = new ExampleDiagramsPanel(m_cache);
    m_denseMemory = new DenseMemoryPanel(m_cache);
    m_views->addTab(m_phaseDiagram, tr("Phase diagram"));
    m_views->addTab(m_capacity, tr("Capacity"));
    m_views->addTab(m_basins, tr("Basins"));
    m_views->addTab(m_unlearning, tr("Unlearning"));
    m_views->addTab(m_boltzmann, tr("Boltzmann"));
    m_views->addTab(m_examples, tr("Examples"));
    // Three heat maps and a long column of controls: scrolled below their least size so
    // the window's least size does not grow.
    m_views->addTab(scrollable(m_exampleDiagrams), tr("Examples (α, T)"));
    m_views->addTab(m_denseMemory, tr("Dense memory"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_views);

    // Saved in sessions: the view on show by its demo name, then each panel's controls.
    const QStringList names = demoNames();
    m_keyed.addChoice(
        QStringLiteral("view"), names,
        [this, names] { return QJsonValue(names.at(m_views->currentIndex())); },
        [this, names](const QJsonValue& value) {
            m_views->setCurrentIndex(static_cast<int>(names.indexOf(value.toString())));
        });
    const std::vector<LabPanel*> panels{m_phaseDiagram,    m_capacity,   m_basins,
                                        m_unlearning,      m_boltzmann,  m_examples,
                                        m_exampleDiagrams, m_denseMemory}; // in tab order
    for (std::size_t i = 0; i < panels.size(); ++i)
        m_keyed.addGroup(names.at(static_cast<qsizetype>(i)), &panels[i]->keyedControls());
    m_keyed.rememberDefaults();
}

QStringList LearningLab::demoNames()
{
    return {QStringLiteral("phase-diagram"),    QStringLiteral("capacity"),
            QStringLiteral("basins"),           QStringLiteral("unlearning"),
            QStringLiteral("boltzmann"),        QStringLiteral("examples"),
            QStringLiteral("example-diagrams"), QStringLiteral("dense-memory")};
}

void LearningLab::startDemo(const QString& name)
{
    if (name == QLatin1String("phase-diagram")) {
        PhaseDiagramSettings settings;
        settings.neurons = 200;
        settings.samples = 3;
        settings.alphaStep = 0.01;
        settings.alphaStop = 0.2;
        settings.temperatureStep = 0.1;
        m_phaseDiagram->setSettings(settings);
        m_views->setCurrentWidget(m_phaseDiagram);
        m_phaseDiagram->compute();
    } else if (name == QLatin1String("capacity")) {
        CapacitySettings settings;
        settings.neurons = 60;
        settings.samples = 4;
        settings.alphaStop = 0.6;
        m_capacity->setSettings(settings);
        m_views->setCurrentWidget(m_capacity);
        m_capacity->compute();
    } else if (name == QLatin1String("basins")) {
        BasinSettings settings;
        settings.samples = 10;
        settings.histogramSamples = 100;
        m_basins->setSettings(settings);
        m_views->setCurrentWidget(m_basins);
        m_basins->compute();
    } else if (name == QLatin1String("unlearning")) {
        m_views->setCurrentWidget(m_unlearning);
        m_unlearning->compute();
    } else if (name == QLatin1String("boltzmann")) {
        m_views->setCurrentWidget(m_boltzmann);
        m_boltzmann->compute();
    } else if (name == QLatin1String("examples")) {
        m_views->setCurrentWidget(m_examples);
        m_examples->compute();
    } else if (name == QLatin1String("example-diagrams")) {
        ExampleDiagramsSettings settings;
        settings.neurons = 100;
        settings.samples = 2;
        m_exampleDiagrams->setSettings(settings);
        m_views->setCurrentIndex(static_cast<int>(demoNames().indexOf(name))); // scrolled
        m_exampleDiagrams->compute();
    } else if (name == QLatin1String("dense-memory")) {
        m_views->setCurrentWidget(m_denseMemory);
        m_denseMemory->compute();
    }
}

} // namespace hopfield::app
