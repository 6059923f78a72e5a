#include "gui/learning/SweepPanel.h"

namespace hopfield::app {

SweepPanel::SweepPanel(const QString& description, std::shared_ptr<SweepCache> cache,
                       QWidget* parent)
    : LabPanel(description, parent), m_controller(std::move(cache))
{
    connect(&m_controller, &SweepController::progress, this, &SweepPanel::setProgress);
    connect(&m_controller, &SweepController::busyChanged, this, &SweepPanel::setBusy);
    connect(&m_controller, &SweepController::resultReady, this, &SweepPanel::keepAndDraw);
    connect(&m_controller, &SweepController::failed, this, &SweepPanel::setStatus);
}

void SweepPanel::cancel()
{
    m_controller.cancel();
    setStatus(tr("Cancelled"));
}

void SweepPanel::startSweeps(const QString& status, std::vector<SweepJob> jobs, int theoryPoints)
{
    setStatus(status);
    m_controller.compute(std::move(jobs), theoryPoints);
}

void SweepPanel::keepAndDraw(const SweepBatchResult& batch)
{
    m_batch = batch;
    draw(m_batch);
    emit shown();
}

} // namespace hopfield::app
