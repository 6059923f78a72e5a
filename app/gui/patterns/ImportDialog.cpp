#include "gui/patterns/ImportDialog.h"

#include "NeuronGridView.h"
#include "gui/patterns/PatternSpins.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hopfield::app {
namespace {

constexpr int kPreviewSide = 240;
constexpr int kDefaultThreshold = 128;

} // namespace

ImportDialog::ImportDialog(const QImage& grey, int width, int height, const QString& name,
                           QWidget* parent)
    : QDialog(parent), m_image(fitToGrid(grey, width, height))
{
    setWindowTitle(tr("Import an image"));
    m_picture = new QLabel;
    m_picture->setPixmap(QPixmap::fromImage(
        grey.scaled(kPreviewSide, kPreviewSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumSize(kPreviewSide, kPreviewSide);
    m_preview = new ui::NeuronGridView;
    m_preview->setCaption(tr("%1 x %2 pattern").arg(width).arg(height));
    m_preview->setMinimumSize(kPreviewSide, kPreviewSide);

    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setRange(0, 256);
    m_value = new QSpinBox;
    m_value->setRange(0, 256);
    const QString thresholdTip =
        tr("A pixel whose grey level g (0 black .. 255 white) is below the threshold becomes "
           "ink, s = +1; the rest and the margins become s = \u22121.");
    m_slider->setToolTip(thresholdTip);
    m_value->setToolTip(thresholdTip);
    m_lightInk = new QCheckBox(tr("Light ink on a dark background"));
    m_lightInk->setToolTip(tr("Swap: grey levels at or above the threshold become +1."));
    m_name = new QLineEdit(name);

    auto* pictures = new QHBoxLayout;
    pictures->addWidget(m_picture, 1);
    pictures->addWidget(m_preview, 1);
    auto* thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(m_slider, 1);
    thresholdRow->addWidget(m_value);
    auto* form = new QFormLayout;
    form->addRow(tr("Threshold"), thresholdRow);
    form->addRow(QString(), m_lightInk);
    form->addRow(tr("Name"), m_name);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pictures);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_slider, &QSlider::valueChanged, m_value, &QSpinBox::setValue);
    connect(m_value, &QSpinBox::valueChanged, m_slider, &QSlider::setValue);
    connect(m_value, &QSpinBox::valueChanged, this, &ImportDialog::updatePreview);
    connect(m_lightInk, &QCheckBox::toggled, this, &ImportDialog::updatePreview);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setThreshold(kDefaultThreshold);
    updatePreview();
}

Pattern ImportDialog::pattern() const
{
    return thresholdImage(m_image, threshold(), m_lightInk->isChecked(),
                          m_name->text().toStdString());
}

void ImportDialog::setThreshold(int threshold)
{
    m_value->setValue(threshold);
}

int ImportDialog::threshold() const
{
    return m_value->value();
}

void ImportDialog::updatePreview()
{
    const Pattern spins = pattern();
    m_preview->setGrid(spins.width(), spins.height(), toSpins(spins));
}

} // namespace hopfield::app
