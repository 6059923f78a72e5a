#include "gui/retrieval/view/RetrievalTrialsPanel.h"

#include "Contrast.h"
#include "gui/retrieval/run/AttractorText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace hopfield::app {
namespace {

constexpr StateKind kKinds[] = {StateKind::Retrieval, StateKind::Reversed, StateKind::Mixture,
                                StateKind::SpinGlass};
constexpr int kDefaultTrials = 50;

QString kindText(StateKind kind)
{
    switch (kind) {
    case StateKind::Retrieval:
        return RetrievalTrialsPanel::tr("retrieved");
    case StateKind::Reversed:
        return RetrievalTrialsPanel::tr("reversed");
    case StateKind::Mixture:
        return RetrievalTrialsPanel::tr("mixture");
    case StateKind::SpinGlass:
        break;
    }
    return RetrievalTrialsPanel::tr("spin glass");
}

} // namespace

RetrievalTrialsPanel::RetrievalTrialsPanel(QWidget* parent)
    : QGroupBox(tr("Repeated trials"), parent)
{
    setObjectName(QStringLiteral("trialsPanel"));
    m_count = new QSpinBox;
    m_count->setObjectName(QStringLiteral("trialsSpinBox"));
    m_count->setRange(1, 10000);
    m_count->setValue(kDefaultTrials);
    m_run = new QPushButton(tr("Run %1 trials").arg(kDefaultTrials));
    m_run->setObjectName(QStringLiteral("runTrialsButton"));
    m_run->setToolTip(tr("Run the current setup again and again, each time from a fresh "
                         "corruption (seeds seed+1, seed+2, ...), to a fixed point (at T > 0: "
                         "for %1 sweeps), and count where it ends")
                          .arg(kTrialSweepsAtFiniteT));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setEnabled(false);
    connect(m_count, &QSpinBox::valueChanged, this,
            [this](int count) { m_run->setText(tr("Run %1 trials").arg(count)); });
    connect(m_run, &QPushButton::clicked, this, [this] { emit runRequested(m_count->value()); });
    connect(m_cancel, &QPushButton::clicked, this, &RetrievalTrialsPanel::cancelRequested);
    m_progress = new QProgressBar;
    m_progress->setFormat(tr("%v / %m"));

    m_table = new QTableWidget(static_cast<int>(std::size(kKinds)), 2);
    m_table->setObjectName(QStringLiteral("trialsTable"));
    m_table->setHorizontalHeaderLabels({tr("trials"), tr("share")});
    QStringList rows;
    for (StateKind kind : kKinds)
        rows << kindText(kind);
    m_table->setVerticalHeaderLabels(rows);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < 2; ++column) {
            auto* item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fitTableHeight();

    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_count);
    buttons->addWidget(m_run, 1);
    layout->addLayout(buttons);
    auto* progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);
    layout->addLayout(progress);
    layout->addWidget(m_table);
    colourRowLabels();
    clear();
}

void RetrievalTrialsPanel::changeEvent(QEvent* event)
{
    QGroupBox::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        colourRowLabels();
    // Presentation mode: the last row was cut off; the headers know their new size once
    // the type has reached them.
    if (event->type() == QEvent::FontChange)
        QTimer::singleShot(0, this, &RetrievalTrialsPanel::fitTableHeight);
}

void RetrievalTrialsPanel::fitTableHeight()
{
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->verticalHeader()->sectionSizeHint(row);
    m_table->setFixedHeight(height);
}

void RetrievalTrialsPanel::colourRowLabels()
{
    // Each kind in its badge colour, as readable as body text on this theme's headers,
    // which Fusion paints up to a quarter lighter than the Button colour (#2c2e33 is
    // drawn #393b3f).  The panel's own palette: a new one reaches it before its children.
    const QColor background = palette().color(QPalette::Button).lighter(125);
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->verticalHeaderItem(row)->setForeground(
            ui::readableOn(attractorColour(kKinds[row]), background));
}

void RetrievalTrialsPanel::showCounts(const TrialCounts& counts)
{
    m_progress->setRange(0, std::max(counts.total, 1));
    m_progress->setValue(counts.done);
    m_cancel->setEnabled(!counts.finished());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const int count = counts.count(kKinds[row]);
        m_table->item(row, 0)->setText(QString::number(count));
        m_table->item(row, 1)->setText(
            counts.done > 0 ? QStringLiteral("%1%").arg(100.0 * count / counts.done, 0, 'f', 0)
                            : QString());
    }
    if (counts.total == 0)
        m_progress->setFormat(tr("not run yet"));
    else if (counts.cancelled)
        m_progress->setFormat(tr("cancelled at %v / %m"));
    else
        m_progress->setFormat(tr("%v / %m"));
}

void RetrievalTrialsPanel::clear()
{
    showCounts(TrialCounts{});
    m_progress->setValue(0);
}

} // namespace hopfield::app
