#pragma once

#include "analysis/FreeEnergyLandscape.h"
#include "gui/common/LatestRequest.h"

#include <QMetaType>
#include <QObject>
#include <QThread>
#include <atomic>

namespace hopfield::app {

/// A computed landscape and the request it answers.
struct RetrievalLandscapeResult {
    FreeEnergyLandscapeSpec spec;
    FreeEnergyLandscape landscape;
};

/// Computes free-energy landscapes (computeFreeEnergyLandscape) in its own worker thread,
/// "latest request wins": a request made while others wait in the queue makes them
/// skip, so dragging the temperature slider computes only what is still wanted.
class RetrievalLandscapeController : public QObject {
    Q_OBJECT
public:
    explicit RetrievalLandscapeController(QObject* parent = nullptr);
    /// Joins the thread (after at most the landscape being computed, ~0.1 s).
    ~RetrievalLandscapeController() override;

    const QThread* workerThread() const noexcept { return &m_thread; }

public slots:
    void request(const hopfield::FreeEnergyLandscapeSpec& spec);

signals:
    void landscapeReady(const hopfield::app::RetrievalLandscapeResult& result);
    void failed(const QString& message);

private:
    QThread m_thread;
    QObject* m_context; ///< lives in m_thread: the requests run there
    LatestRequest m_latest;
};

} // namespace hopfield::app

Q_DECLARE_METATYPE(hopfield::app::RetrievalLandscapeResult)
