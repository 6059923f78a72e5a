#include "gui/patterns/CorruptionPanel.h"

#include "NeuronGridView.h"
#include "Palette.h"
#include "PatternEditorView.h"
#include "gui/patterns/PatternSpins.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace hopfield::app {
namespace {

using Kind = CorruptionSettings::Kind;

enum Page { NoisePage, OcclusionPage, InversionPage, MixturePage };

Page pageOf(Kind kind)
{
    switch (kind) {
    case Kind::FlipNoise:
    case Kind::SaltAndPepper:
        return NoisePage;
    case Kind::Occlusion:
        return OcclusionPage;
    case Kind::Inversion:
        return InversionPage;
    case Kind::Mixture:
        return MixturePage;
    }
    return NoisePage;
}

QLabel* wrappedLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

} // namespace

CorruptionPanel::CorruptionPanel(QWidget* parent) : QWidget(parent)
{
    m_pages = new QStackedWidget;
    m_pages->insertWidget(NoisePage, buildNoisePage());
    m_pages->insertWidget(OcclusionPage, buildOcclusionPage());
    m_pages->insertWidget(InversionPage,
                          wrappedLabel(tr("The start is \u2212\u03be: every spin flipped. Hebb's "
                                          "rule stores \u2212\u03be as an attractor too.")));
    m_pages->insertWidget(MixturePage, buildMixturePage());

    m_seed = new QSpinBox;
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setToolTip(tr("The seed of every random choice: the same seed gives the same start "
                          "state."));
    auto* redraw = new QPushButton(tr("New draw"));
    redraw->setToolTip(tr("Next seed: a fresh corruption of the same kind."));
    auto* seedRow = new QHBoxLayout;
    seedRow->addWidget(new QLabel(tr("Seed")));
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(redraw);

    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("corruptionSummary"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildToolButtons());
    layout->addWidget(m_pages);
    layout->addLayout(seedRow);
    layout->addWidget(buildViews(), 1);
    layout->addWidget(m_summary);

    connect(m_seed, &QSpinBox::valueChanged, this, [this](int seed) {
        m_settings.seed = static_cast<std::uint64_t>(seed);
        recompute();
    });
    connect(redraw, &QPushButton::clicked, this, [this] { m_seed->stepUp(); });
    showSettings();
}

QWidget* CorruptionPanel::buildToolButtons()
{
    struct Tool {
        Kind kind;
        QString text;
        QString tip;
    };
    const Tool tools[] = {
        {Kind::FlipNoise, tr("Flip noise"),
         tr("Flip exactly round(f \u00b7 N) spins chosen at random: the overlap with the clean "
            "pattern is m = 1 \u2212 2f.")},
        {Kind::SaltAndPepper, tr("Salt && pepper"),
         tr("Set round(f \u00b7 N) random spins to a fair coin \u00b11: about half of them "
            "flip, m \u2248 1 \u2212 f.")},
        {Kind::Occlusion, tr("Occlude"),
         tr("Cover a rectangle: drag it with the mouse on the start state.")},
        {Kind::Inversion, tr("Invert"), tr("Start from \u2212\u03be, the reversed pattern.")},
        {Kind::Mixture, tr("Mixture"),
         tr("Start from sign(\u03be\u00b9 + \u03be\u00b2 + \u03be\u00b3 + ...) of an odd number "
            "of stored patterns.")},
    };
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_kinds = new QButtonGroup(this);
    for (const Tool& tool : tools) {
        auto* button = new QToolButton;
        button->setText(tool.text);
        button->setToolTip(tool.tip);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_kinds->addButton(button, static_cast<int>(tool.kind));
        layout->addWidget(button);
    }
    connect(m_kinds, &QButtonGroup::idClicked, this, [this](int id) {
        m_settings.kind = static_cast<Kind>(id);
        // A first mixture: the first three patterns, the classic spurious state.
        if (m_settings.kind == Kind::Mixture && m_settings.mixture.empty())
            for (int mu = 0; mu < std::min(3, m_stored.size()); ++mu)
                m_settings.mixture.push_back(mu);
        showSettings();
        recompute();
    });
    return row;
}

QWidget* CorruptionPanel::buildNoisePage()
{
    m_noiseSlider = new QSlider(Qt::Horizontal);
    m_noiseSlider->setRange(0, 100);
    m_noiseSlider->setToolTip(tr("The fraction f of spins touched, in whole percent; type an "
                                 "exact value in the box."));
    m_noiseValue = new QDoubleSpinBox;
    m_noiseValue->setObjectName(QStringLiteral("noiseFraction"));
    m_noiseValue->setRange(0.0, 100.0);
    m_noiseValue->setDecimals(2);
    m_noiseValue->setSuffix(QStringLiteral(" %"));
    m_noiseValue->setToolTip(m_noiseSlider->toolTip());
    auto* page = new QWidget;
    auto* layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Fraction f")));
    layout->addWidget(m_noiseSlider, 1);
    layout->addWidget(m_noiseValue);
    // The slider moves in whole percent and the box keeps a typed 12.5 %; a box value the
    // slider already shows rounded is left alone.
    connect(m_noiseSlider, &QSlider::valueChanged, m_noiseValue, [this](int percent) {
        if (std::lround(m_noiseValue->value()) != percent)
            m_noiseValue->setValue(percent);
    });
    connect(m_noiseValue, &QDoubleSpinBox::valueChanged, this, [this](double percent) {
        const QSignalBlocker blocker(m_noiseSlider);
        m_noiseSlider->setValue(static_cast<int>(std::lround(percent)));
        m_settings.fraction = percent / 100.0;
        recompute();
    });
    return page;
}

QWidget* CorruptionPanel::buildOcclusionPage()
{
    m_fill = new QComboBox;
    m_fill->addItem(tr("background (\u22121)"), static_cast<int>(OcclusionFill::Negative));
    m_fill->addItem(tr("ink (+1)"), static_cast<int>(OcclusionFill::Positive));
    m_fill->addItem(tr("random \u00b11"), static_cast<int>(OcclusionFill::Random));
    m_fill->setToolTip(tr("What the covered spins are set to."));
    auto* page = new QWidget;
    auto* layout = new QFormLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(wrappedLabel(tr("Drag a rectangle on the start state to cover it.")));
    layout->addRow(tr("Fill with"), m_fill);
    connect(m_fill, &QComboBox::currentIndexChanged, this, [this] {
        m_settings.fill = static_cast<OcclusionFill>(m_fill->currentData().toInt());
        recompute();
    });
    return page;
}

QWidget* CorruptionPanel::buildMixturePage()
{
    m_mixtureList = new QListWidget;
    m_mixtureList->setFlow(QListView::LeftToRight);
    m_mixtureList->setWrapping(true);
    m_mixtureList->setMaximumHeight(56);
    m_mixtureList->setToolTip(tr("Tick an odd number of patterns (3, 5, ...): the sum of an "
                                 "odd number of \u00b11 is never 0, so its sign is a spin."));
    m_mixtureNoise = new QDoubleSpinBox;
    m_mixtureNoise->setObjectName(QStringLiteral("mixtureNoise"));
    m_mixtureNoise->setRange(0.0, 100.0);
    m_mixtureNoise->setDecimals(2);
    m_mixtureNoise->setSuffix(QStringLiteral(" %"));
    m_mixtureNoise->setToolTip(tr("Then flip exactly round(f \u00b7 N) spins of the mixture: "
                                  "a start near the spurious state rather than on it."));
    auto* page = new QWidget;
    auto* layout = new QFormLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(m_mixtureList);
    layout->addRow(tr("Then flip"), m_mixtureNoise);
    connect(m_mixtureList, &QListWidget::itemChanged, this, [this] {
        readMixtureList();
        recompute();
    });
    connect(m_mixtureNoise, &QDoubleSpinBox::valueChanged, this, [this](double percent) {
        m_settings.mixtureNoise = percent / 100.0;
        recompute();
    });
    return page;
}

QWidget* CorruptionPanel::buildViews()
{
    m_cleanView = new ui::NeuronGridView;
    m_cleanView->setObjectName(QStringLiteral("corruptionCleanView"));
    m_cleanView->setToolTip(tr("The stored pattern \u03be the start state is made from."));
    m_startView = new ui::PatternEditorView;
    m_startView->setObjectName(QStringLiteral("corruptionStartView"));
    m_startView->setTool(ui::PatternEditorView::Tool::SelectRectangle);
    m_startView->setMinimumCellSize(1);
    m_startView->setToolTip(tr("The network's initial state s(0). Drag a rectangle here to "
                               "occlude it."));
    m_startView->setCaption(tr("Start state s(0)"));
    auto* views = new QWidget;
    auto* row = new QHBoxLayout(views);
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget* view : {static_cast<QWidget*>(m_cleanView), static_cast<QWidget*>(m_startView)}) {
        QFont font = view->font();
        font.setBold(true);
        view->setFont(font);
        row->addWidget(view, 1);
    }
    connect(m_startView, &ui::PatternEditorView::rectangleSelected, this, [this](QRect cells) {
        m_settings.kind = Kind::Occlusion;
        m_settings.occlusion = {cells.x(), cells.y(), cells.width(), cells.height()};
        showSettings();
        recompute();
    });
    return views;
}

void CorruptionPanel::setPatterns(const PatternSet& stored, int target)
{
    m_stored = stored;
    m_target = target;
    // Mixture picks that no longer exist are dropped.
    std::erase_if(m_settings.mixture, [&](int mu) { return mu >= stored.size(); });
    refreshMixtureList();
    recompute();
}

void CorruptionPanel::setSettings(const CorruptionSettings& settings)
{
    m_settings = settings;
    showSettings();
    refreshMixtureList();
    recompute();
}

void CorruptionPanel::showSettings()
{
    const QSignalBlocker blockNoise(m_noiseValue);
    const QSignalBlocker blockSlider(m_noiseSlider);
    const QSignalBlocker blockFill(m_fill);
    const QSignalBlocker blockSeed(m_seed);
    const QSignalBlocker blockMixtureNoise(m_mixtureNoise);
    m_kinds->button(static_cast<int>(m_settings.kind))->setChecked(true);
    m_pages->setCurrentIndex(pageOf(m_settings.kind));
    // Only the shown page asks for room, so a short page leaves no gap below it.
    for (int page = 0; page < m_pages->count(); ++page)
        m_pages->widget(page)->setSizePolicy(QSizePolicy::Preferred, page == m_pages->currentIndex()
                                                                         ? QSizePolicy::Preferred
                                                                         : QSizePolicy::Ignored);
    m_noiseValue->setValue(100.0 * m_settings.fraction);
    m_noiseSlider->setValue(static_cast<int>(std::lround(100.0 * m_settings.fraction)));
    m_fill->setCurrentIndex(m_fill->findData(static_cast<int>(m_settings.fill)));
    m_mixtureNoise->setValue(100.0 * m_settings.mixtureNoise);
    m_seed->setValue(static_cast<int>(
        std::min<std::uint64_t>(m_settings.seed, std::numeric_limits<int>::max())));
}

void CorruptionPanel::refreshMixtureList()
{
    const QSignalBlocker blocker(m_mixtureList);
    m_mixtureList->clear();
    for (int mu = 0; mu < m_stored.size(); ++mu) {
        auto* item = new QListWidgetItem(QString::fromStdString(m_stored[mu].name()));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool picked = std::find(m_settings.mixture.begin(), m_settings.mixture.end(), mu) !=
                            m_settings.mixture.end();
        item->setCheckState(picked ? Qt::Checked : Qt::Unchecked);
        m_mixtureList->addItem(item);
    }
}

void CorruptionPanel::readMixtureList()
{
    m_settings.mixture.clear();
    for (int mu = 0; mu < m_mixtureList->count(); ++mu)
        if (m_mixtureList->item(mu)->checkState() == Qt::Checked)
            m_settings.mixture.push_back(mu);
}

void CorruptionPanel::recompute()
{
    m_state.reset();
    m_problem.clear();
    if (m_stored.empty() || m_target < 0 || m_target >= m_stored.size()) {
        m_problem = tr("Store a pattern to make a start state from.");
    } else {
        try {
            m_state = makeStartState(m_stored, m_target, m_settings);
        } catch (const std::invalid_argument& error) {
            m_problem = QString::fromStdString(error.what());
        }
    }
    const bool occluding = m_settings.kind == Kind::Occlusion;
    const Rect& r = m_settings.occlusion;
    m_startView->setMarkedRectangle(occluding ? QRect(r.x, r.y, r.width, r.height) : QRect());
    if (!m_state) {
        m_summary->setText(m_problem);
        m_summary->setStyleSheet(QStringLiteral("color: %1;").arg(ui::palette::highlight().name()));
        m_cleanView->setGrid(0, 0, {});
        m_startView->setGrid(0, 0, {});
        return;
    }
    const StartState& state = *m_state;
    const bool mixture = m_settings.kind == Kind::Mixture;
    m_cleanView->setCaption(
        mixture ? tr("Mixture: %1").arg(QString::fromStdString(state.clean.name()))
                : tr("Clean \u03be: %1").arg(QString::fromStdString(state.clean.name())));
    m_cleanView->setGrid(state.clean.width(), state.clean.height(), toSpins(state.clean));
    m_startView->setGrid(state.start.width(), state.start.height(), toSpins(state.start));
    const int n = state.clean.size();
    const double m = overlap(state.clean.spins(), state.start.spins());
    m_summary->setStyleSheet({});
    m_summary->setText((mixture ? tr("%1: %2 of %3 spins differ from the mixture (%4%), "
                                     "overlap m = %5")
                                : tr("%1: %2 of %3 spins differ from the clean pattern (%4%), "
                                     "overlap m = %5"))
                           .arg(state.description)
                           .arg(state.changed)
                           .arg(n)
                           .arg(100.0 * state.changed / n, 0, 'f', 1)
                           .arg(m, 0, 'f', 3));
    emit startStateChanged(state);
}

} // namespace hopfield::app
