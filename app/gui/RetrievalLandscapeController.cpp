#include "RetrievalLandscapeController.h"

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
    ++m_latest; // what is still queued is skipped
    m_thread.quit();
    m_thread.wait();
}

void RetrievalLandscapeController::request(const FreeEnergyLandscapeSpec& spec)
{
    const int number = ++m_latest;
    // Signals emitted from the worker thread reach GUI-thread receivers queued.
    QMetaObject::invokeMethod(
        m_context,
        [this, spec, number] {
            if (number != m_latest.load())
                return;
            try {
                RetrievalLandscapeResult result{spec, computeFreeEnergyLandscape(spec)};
                if (number == m_latest.load())
                    emit landscapeReady(result);
            } catch (const std::exception& error) {
                emit failed(QString::fromStdString(error.what()));
            }
        },
        Qt::QueuedConnection);
}

} // namespace hopfield::app
