#pragma once

#include "gui/document/ControlIds.h"

#include <QStringList>
#include <QWidget>

class QTabWidget;

namespace hopfield::app {

class BamPanel;
class HintPanel;
class LayeredPanel;
class MixtureHessianPanel;
class RbmPanel;
class SingleRulePanel;

/// The "Generative & hetero" lab (issue 13): Kosko's BAM with letter <-> digit pairs and its
/// capacity, layered networks that split a mixture and their (lambda, T) map, the same
/// memories as a Hopfield network and as an RBM with contrastive-divergence training, the
/// single rule from memory (T = 0) to generation (T = 1), and the mixture Hessian.
class GenerativeLab : public QWidget {
    Q_OBJECT
public:
    explicit GenerativeLab(QWidget* parent = nullptr);

    /// The demos that open this lab: "bam", "layers", "rbm", "single-rule",
    /// "mixture-hessian".
    static QStringList demoNames();
    /// Shows the demo's view and starts its live run and its computation, sized to finish
    /// in seconds on two cores.
    void startDemo(const QString& name);

    /// Computes the view on show (LabPanel::compute), as a lesson's run.
    void runView();
    /// Every control a lesson may set, hide or lock, under its id.
    QList<LessonControl> lessonControls() const;
    /// A lesson's notes above the views; hidden without a lesson.
    HintPanel* hints() const noexcept { return m_hints; }

    BamPanel* bam() const noexcept { return m_bam; }
    LayeredPanel* layered() const noexcept { return m_layered; }
    RbmPanel* rbm() const noexcept { return m_rbm; }
    SingleRulePanel* singleRule() const noexcept { return m_singleRule; }
    MixtureHessianPanel* mixtureHessian() const noexcept { return m_mixtureHessian; }
    QTabWidget* views() const noexcept { return m_views; }

private:
    HintPanel* m_hints;
    QTabWidget* m_views;
    BamPanel* m_bam;
    LayeredPanel* m_layered;
    RbmPanel* m_rbm;
    SingleRulePanel* m_singleRule;
    MixtureHessianPanel* m_mixtureHessian;
};

} // namespace hopfield::app
