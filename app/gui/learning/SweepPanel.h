#pragma once

#include "gui/learning/LabPanel.h"
#include "gui/learning/SweepController.h"

#include <memory>

namespace hopfield::app {

/// A lab view whose figures come from a batch of sweeps: it owns the SweepController and
/// its wiring (progress bar, Compute/Cancel, failures in the status line), keeps the last
/// batch for the CSV export, and leaves to the view its controls, its jobs and its drawing.
class SweepPanel : public LabPanel {
    Q_OBJECT
public:
    SweepPanel(const QString& description, std::shared_ptr<SweepCache> cache,
               QWidget* parent = nullptr);

    void cancel() override;
    SweepController& controller() noexcept { return m_controller; }

signals:
    /// A batch (or, in the phase diagram, an import's theory lines) is drawn.
    void shown();

protected:
    /// Puts `status` in the status line and runs `jobs` (see SweepController::compute).
    void startSweeps(const QString& status, std::vector<SweepJob> jobs, int theoryPoints = 0);
    /// Draws a finished batch, already kept in batch(), and sets the status line.
    virtual void draw(const SweepBatchResult& batch) = 0;
    const SweepBatchResult& batch() const noexcept { return m_batch; }

private:
    // Not show(): that would hide QWidget::show.
    void keepAndDraw(const SweepBatchResult& batch);

    SweepController m_controller;
    SweepBatchResult m_batch;
};

} // namespace hopfield::app
