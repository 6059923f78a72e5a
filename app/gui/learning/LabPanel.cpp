#include "gui/learning/LabPanel.h"

#include "FigureExportButton.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonValue>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace hopfield::app {

LabPanel::LabPanel(const QString& description, QWidget* parent) : QWidget(parent)
{
    auto* side = new QWidget;
    side->setMaximumWidth(300);
    auto* sideLayout = new QVBoxLayout(side);
    auto* about = new QLabel(description);
    about->setWordWrap(true);
    sideLayout->addWidget(about);
    m_controls = new QFormLayout;
    sideLayout->addLayout(m_controls);
    auto* buttons = new QHBoxLayout;
    m_compute = new QPushButton(tr("Compute"));
    m_compute->setObjectName(QStringLiteral("compute"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->setEnabled(false);
    buttons->addWidget(m_compute);
    buttons->addWidget(m_cancel);
    sideLayout->addLayout(buttons);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    sideLayout->addWidget(m_progress);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    sideLayout->addWidget(m_status);
    sideLayout->addStretch(1);

    m_figures = new QWidget;
    new QHBoxLayout(m_figures);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(side);
    layout->addWidget(m_figures, 1);
    connect(m_compute, &QPushButton::clicked, this, [this] { compute(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancel(); });
}

QString LabPanel::exportTo(int figure, const QString& path, double dpi) const
{
    return m_exports.at(static_cast<std::size_t>(figure))->exportTo(path, dpi);
}

QSpinBox* LabPanel::addIntegerControl(const QString& key, const QString& label, int low, int high,
                                      int step)
{
    auto* box = new QSpinBox;
    box->setRange(low, high);
    box->setSingleStep(step);
    m_controls->addRow(label, box);
    m_keyed.addNumber(
        key, low, high, true, [box] { return QJsonValue(box->value()); },
        [box](const QJsonValue& value) { box->setValue(value.toInt()); });
    return box;
}

QDoubleSpinBox* LabPanel::addNumberControl(const QString& key, const QString& label, double low,
                                           double high, double step, int decimals)
{
    auto* box = new QDoubleSpinBox;
    box->setRange(low, high);
    box->setSingleStep(step);
    box->setDecimals(decimals);
    m_controls->addRow(label, box);
    m_keyed.addNumber(
        key, low, high, false, [box] { return QJsonValue(box->value()); },
        [box](const QJsonValue& value) { box->setValue(value.toDouble()); });
    return box;
}

void LabPanel::addFigure(QWidget* figure, std::function<std::vector<ui::CsvColumn>()> csv,
                         const QString& baseName, int stretch)
{
    auto* column = new QWidget;
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(figure, 1);
    auto* button = new ui::FigureExportButton(figure, std::move(csv), baseName);
    connect(button, &ui::FigureExportButton::exported, this,
            [this](const QString& path, const QString& error) {
                setStatus(error.isEmpty() ? tr("Saved %1").arg(path) : error);
            });
    layout->addWidget(button, 0, Qt::AlignRight);
    m_exports.push_back(button);
    static_cast<QHBoxLayout*>(m_figures->layout())->addWidget(column, stretch);
}

void LabPanel::setBusy(bool busy)
{
    m_cancel->setEnabled(busy);
    if (busy)
        m_progress->setValue(0);
}

void LabPanel::setProgress(double fraction)
{
    m_progress->setValue(static_cast<int>(std::lround(1000.0 * fraction)));
}

void LabPanel::setStatus(const QString& text)
{
    m_status->setText(text);
}

} // namespace hopfield::app
