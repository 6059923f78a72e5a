#include "gui/retrieval/RetrievalLandscapeController.h"

#include <exception>

namespace hopfield::app {

RetrievalLandscapeController::RetrievalLandscapeController(QObject* parent)
    : QObject(parent), m_context(new QObject)
{
    qRegisterMetaType<RetrievalLandscapeResult>();
    m_thread.setObjectName(QStringLiteral("landscape worker"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

RetrievalLandscapeController::~RetrievalLandscapeController()
{
    m_latest.supersede(); // what is still queued is skipped
    m_thread.quit();
    m_thread.wait();
}

void RetrievalLandscapeController::request(const FreeEnergyLandscapeSpec& spec)
{
    const quint64 number = m_latest.next();
    // Signals emitted from the worker thread reach GUI-thread receivers queued.
    QMetaObject::invokeMethod(
        m_context,
        [this, spec, number] {
            if (!m_latest.isCurrent(number))
                return;
            try {
                RetrievalLandscapeResult result{spec, computeFreeEnergyLandscape(spec)};
                if (m_latest.isCurrent(number))
                    emit landscapeReady(result);
            } catch (const std::exception& error) {
                emit failed(QString::fromStdString(error.what()));
            }
        },
        Qt::QueuedConnection);
}

} // namespace hopfield::app
