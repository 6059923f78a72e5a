#include "HeatMapView.h"
#include "TestSuite.h"
#include "gui/retrieval/RetrievalLandscapeController.h"
#include "gui/retrieval/view/RetrievalLandscapePanel.h"

#include <QSignalSpy>
#include <QThread>
#include <cmath>

using namespace hopfield;
using namespace hopfield::app;

namespace {

/// The minima the panel marks, by their text.
QMap<QString, QPointF> minimumMarkers(const RetrievalLandscapePanel& panel)
{
    QMap<QString, QPointF> markers;
    for (const ui::PlotMarker& marker : panel.view()->overlay().markers)
        if (marker.shape == ui::MarkerShape::Circle)
            markers.insert(marker.text, marker.position);
    return markers;
}

bool near(QPointF a, QPointF b)
{
    // Newton's stationary points are exact to ~1e-11; 1e-9 is far below a pixel.
    return std::abs(a.x() - b.x()) < 1e-9 && std::abs(a.y() - b.y()) < 1e-9;
}

} // namespace

/// The landscape view: computed off the GUI thread, its minima where AGS theory puts
/// them (SCIENCE.md section 1), the latest request winning.
class TestRetrievalLandscape : public QObject {
    Q_OBJECT

private:
    static void connectUp(RetrievalLandscapePanel& panel, RetrievalLandscapeController& controller)
    {
        connect(&panel, &RetrievalLandscapePanel::landscapeRequested, &controller,
                &RetrievalLandscapeController::request);
        connect(&controller, &RetrievalLandscapeController::landscapeReady, &panel,
                &RetrievalLandscapePanel::showLandscape);
    }

private slots:
    void computedInTheWorkerThread()
    {
        RetrievalLandscapeController controller;
        const QThread* computedIn = nullptr;
        connect(
            &controller, &RetrievalLandscapeController::landscapeReady, &controller,
            [&computedIn] { computedIn = QThread::currentThread(); }, Qt::DirectConnection);
        QSignalSpy ready(&controller, &RetrievalLandscapeController::landscapeReady);
        controller.request(FreeEnergyLandscapeSpec{});
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 10000); // the spy records in the worker thread
        QCOMPARE(computedIn, controller.workerThread());
        QVERIFY(computedIn != QThread::currentThread());
    }

    void pureStatesAtOverlapOne()
    {
        RetrievalLandscapeController controller;
        RetrievalLandscapePanel panel;
        connectUp(panel, controller);
        panel.setPatterns({"A", "B", "C"}, {}, 0, 1, -1);
        // The panel draws the landscape a queued call after the worker computed it.
        QTRY_COMPARE_WITH_TIMEOUT(minimumMarkers(panel).size(), 4, 10000);
        const QMap<QString, QPointF> minima = minimumMarkers(panel);
        QVERIFY(near(minima.value("A"), QPointF(1, 0)));
        QVERIFY(near(minima.value(QStringLiteral("\u2212A")), QPointF(-1, 0)));
        QVERIFY(near(minima.value("B"), QPointF(0, 1)));
        QVERIFY(near(minima.value(QStringLiteral("\u2212B")), QPointF(0, -1)));
    }

    void correlatedStoredPatternsMoveTheMinimaOffTheAxes()
    {
        // Two stored patterns of 8 neurons agreeing on 6: overlap (6 - 2) / 8 = 0.5.  A
        // network on A sits at (m_A, m_B) = (1, 0.5), and so must the minimum named A.
        RetrievalLandscapeController controller;
        RetrievalLandscapePanel panel;
        connectUp(panel, controller);
        const QVector<qint8> a = {1, 1, 1, 1, 1, 1, 1, 1};
        const QVector<qint8> b = {1, 1, 1, 1, 1, 1, -1, -1};
        panel.setPatterns({"A", "B"}, {a, b}, 0, 1, -1);
        QTRY_VERIFY_WITH_TIMEOUT(minimumMarkers(panel).contains("A"), 10000);
        const QMap<QString, QPointF> minima = minimumMarkers(panel);
        QVERIFY(near(minima.value("A"), QPointF(1, 0.5)));
        QVERIFY(near(minima.value("B"), QPointF(0.5, 1)));
        QVERIFY(panel.view()->renderer().labels().title.contains(QStringLiteral("stored")));
    }

    void withoutPatternsTheTitleNamesTheRandomPatternTheory()
    {
        RetrievalLandscapeController controller;
        RetrievalLandscapePanel panel;
        connectUp(panel, controller);
        panel.setPatterns({"A", "B"}, {}, 0, 1, -1);
        QTRY_VERIFY_WITH_TIMEOUT(!minimumMarkers(panel).isEmpty(), 10000);
        QVERIFY(panel.view()->renderer().labels().title.contains(QStringLiteral("random")));
    }

    void threeMixtureAtOneHalfOnTheSlice()
    {
        RetrievalLandscapeController controller;
        RetrievalLandscapePanel panel;
        connectUp(panel, controller);
        QSignalSpy ready(&controller, &RetrievalLandscapeController::landscapeReady);
        panel.setPatterns({"A", "B", "C"}, {}, 0, 1, 2);
        QTRY_VERIFY_WITH_TIMEOUT(minimumMarkers(panel).contains("A+B+C"), 10000);
        const auto result = ready.last().at(0).value<RetrievalLandscapeResult>();
        QVERIFY(std::abs(result.landscape.slice - 0.5) < 1e-9); // m_3 of the mixture
        const QMap<QString, QPointF> minima = minimumMarkers(panel);
        QVERIFY(minima.contains("A+B+C"));
        QVERIFY(near(minima.value("A+B+C"), QPointF(0.5, 0.5)));
        QVERIFY(near(minima.value(QStringLiteral("\u2212A+B+C")), QPointF(-0.5, 0.5)));
        QVERIFY(panel.view()->renderer().labels().title.contains(QStringLiteral("m(C) = 0.50")));
    }

    void theLatestRequestWins()
    {
        RetrievalLandscapeController controller;
        RetrievalLandscapePanel panel;
        connectUp(panel, controller);
        QSignalSpy ready(&controller, &RetrievalLandscapeController::landscapeReady);
        panel.setPatterns({"A", "B", "C"}, {}, 0, 1, 2);
        for (int step = 1; step <= 20; ++step)
            panel.setTemperature(0.02 * step);
        QTRY_VERIFY_WITH_TIMEOUT(
            !ready.isEmpty() &&
                ready.last().at(0).value<RetrievalLandscapeResult>().spec.temperature == 0.4,
            10000);
        QVERIFY(ready.size() < 21); // skipped requests are never computed
        QTRY_VERIFY_WITH_TIMEOUT(
            panel.view()->renderer().labels().title.contains(QStringLiteral("T = 0.40")), 5000);
    }

    void pathFollowsTheChosenOverlaps()
    {
        RetrievalLandscapePanel panel;
        panel.setPatterns({"A", "B", "C"}, {}, 2, 0, -1);
        RetrievalHistory history;
        for (int step = 0; step < 3; ++step) {
            RetrievalFrame frame;
            frame.overlaps = {0.1 * step, 0.5, -0.2 * step};
            history.append(frame);
        }
        panel.showTrajectory(history, 1); // frames 0 and 1 only
        const std::vector<ui::PlotLine>& lines = panel.view()->overlay().lines;
        QVERIFY(!lines.empty());
        const QPolygonF path = lines.back().points;
        QCOMPARE(path.size(), 2);
        QCOMPARE(path.at(1), QPointF(-0.2, 0.1)); // (m_C, m_A)
    }
};

HOPFIELD_TEST_MAIN(TestRetrievalLandscape)
#include "tst_retrievallandscape.moc"
