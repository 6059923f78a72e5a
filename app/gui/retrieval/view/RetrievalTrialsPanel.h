#pragma once

#include "gui/retrieval/run/RetrievalTrials.h"

#include <QGroupBox>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace hopfield::app {

/// "Run 50 trials": a button, the number of trials, a progress bar with Cancel, and a
/// small table of how many trials ended in each kind of attractor.  Emits intents; the
/// counts come in through showCounts().
class RetrievalTrialsPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit RetrievalTrialsPanel(QWidget* parent = nullptr);

    void showCounts(const TrialCounts& counts);
    void clear();
    QTableWidget* table() const { return m_table; }
    QPushButton* runButton() const { return m_run; }

signals:
    void runRequested(int count);
    void cancelRequested();

protected:
    /// A new theme: the row labels keep their contrast; new type: the table its rows.
    void changeEvent(QEvent* event) override;

private:
    void colourRowLabels();
    /// The table as tall as its header and rows in the current type: no row hidden.
    void fitTableHeight();

    QSpinBox* m_count;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QTableWidget* m_table;
};

} // namespace hopfield::app
