#include "gui/generative/GenerativeLab.h"

#include "gui/common/Scrollable.h"
#include "gui/generative/BamPanel.h"
#include "gui/generative/LayeredPanel.h"
#include "gui/generative/MixtureHessianPanel.h"
#include "gui/generative/RbmPanel.h"
#include "gui/generative/SingleRulePanel.h"
#include "gui/lessons/HintPanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace hopfield::app {

GenerativeLab::GenerativeLab(QWidget* parent)
    : QWidget(parent), m_hints(new HintPanel), m_views(new QTabWidget), m_bam(new BamPanel),
      m_layered(new LayeredPanel), m_rbm(new RbmPanel), m_singleRule(new SingleRulePanel),
      m_mixtureHessian(new MixtureHessianPanel)
{
    m_views->setObjectName(QStringLiteral("generativeViews"));
    m_views->setTabPosition(QTabWidget::West);
    m_views->addTab(m_bam, tr("BAM pairs"));
    m_views->addTab(m_layered, tr("Layers split mixtures"));
    m_views->addTab(m_rbm, tr("RBM ↔ Hopfield"));
    m_views->addTab(m_singleRule, tr("Memory → generation"));
    m_views->addTab(m_mixtureHessian, tr("Mixture Hessian"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // As high as the studio's hints at most: the views keep the rest of the tab.
    m_hints->setObjectName(QStringLiteral("generativeHints"));
    m_hints->setMaximumHeight(190);
    layout->addWidget(m_hints);
    layout->addWidget(scrollable(m_views));
}

void GenerativeLab::runView()
{
    if (auto* panel = qobject_cast<LabPanel*>(m_views->currentWidget()))
        panel->compute();
}

QList<LessonControl> GenerativeLab::lessonControls() const
{
    return m_singleRule->lessonControls();
}

QStringList GenerativeLab::demoNames()
{
    return {QStringLiteral("bam"), QStringLiteral("layers"), QStringLiteral("rbm"),
            QStringLiteral("single-rule"), QStringLiteral("mixture-hessian")};
}

void GenerativeLab::startDemo(const QString& name)
{
    if (name == QLatin1String("bam")) {
        m_views->setCurrentWidget(m_bam);
        m_bam->run();
        m_bam->compute();
    } else if (name == QLatin1String("layers")) {
        m_views->setCurrentWidget(m_layered);
        m_layered->run();
        m_layered->compute();
    } else if (name == QLatin1String("rbm")) {
        m_views->setCurrentWidget(m_rbm);
        m_rbm->run();
        m_rbm->compute();
    } else if (name == QLatin1String("single-rule")) {
        m_views->setCurrentWidget(m_singleRule);
        m_singleRule->compute();
    } else if (name == QLatin1String("mixture-hessian")) {
        m_views->setCurrentWidget(m_mixtureHessian);
        m_mixtureHessian->compute();
    }
}

} // namespace hopfield::app
