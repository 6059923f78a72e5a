#include "gui/patterns/ImportDialog.h"

#include "NeuronGridView.h"
#include "gui/patterns/PatternSpins.h"

#include <QCheckBox>
#include <QComboBox>
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

ImportDialog::ImportDialog(const QImage& grey, int width, int height, int minSide, int maxSide,
                           const QString& name, QWidget* parent)
    : QDialog(parent), m_grey(grey), m_image(fitToGrid(grey, width, height))
{
    setWindowTitle(tr("Import an image"));
    m_picture = new QLabel;
    m_picture->setPixmap(QPixmap::fromImage(
        grey.scaled(kPreviewSide, kPreviewSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumSize(kPreviewSide, kPreviewSide);
    m_preview = new ui::NeuronGridView;
    m_preview->setMinimumSize(kPreviewSide, kPreviewSide);

    m_method = new QComboBox;
    m_method->setObjectName(QStringLiteral("importMethod"));
    m_method->addItem(tr("Threshold (drawings)"), static_cast<int>(Method::Threshold));
    m_method->addItem(tr("Floyd\u2013Steinberg dithering (photographs)"),
                      static_cast<int>(Method::Dither));
    m_method->setToolTip(
        tr("Threshold: each pixel alone, dark is ink. Dithering: each pixel takes black or "
           "white and passes its error e = g \u2212 output on to its neighbours (7/16, 3/16, "
           "5/16, 1/16; Floyd & Steinberg 1976), so grey shades become densities of ink and "
           "faces stay recognisable."));
    m_width = new QSpinBox;
    m_height = new QSpinBox;
    for (QSpinBox* side : {m_width, m_height}) {
        side->setRange(minSide, maxSide);
        side->setToolTip(tr("The pattern's grid: up to %1 \u00d7 %1 = %2 neurons. Another "
                            "size than the library's resizes the library's patterns too.")
                             .arg(maxSide)
                             .arg(maxSide * maxSide));
    }
    m_width->setObjectName(QStringLiteral("importWidth"));
    m_height->setObjectName(QStringLiteral("importHeight"));
    m_width->setValue(width);
    m_height->setValue(height);

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
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("\u00d7")));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("Method"), m_method);
    form->addRow(tr("Size"), sizeRow);
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
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        // A threshold means nothing to dithering.
        m_slider->setEnabled(method() == Method::Threshold);
        m_value->setEnabled(method() == Method::Threshold);
        updatePreview();
    });
    connect(m_width, &QSpinBox::valueChanged, this, &ImportDialog::refit);
    connect(m_height, &QSpinBox::valueChanged, this, &ImportDialog::refit);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setThreshold(kDefaultThreshold);
    refit();
}

Pattern ImportDialog::pattern() const
{
    if (method() == Method::Dither)
        return ditherImage(m_image, m_lightInk->isChecked(), m_name->text().toStdString());
    return thresholdImage(m_image, threshold(), m_lightInk->isChecked(),
                          m_name->text().toStdString());
}

void ImportDialog::setMethod(Method method)
{
    m_method->setCurrentIndex(m_method->findData(static_cast<int>(method)));
}

ImportDialog::Method ImportDialog::method() const
{
    return static_cast<Method>(m_method->currentData().toInt());
}

void ImportDialog::setGridSize(int width, int height)
{
    m_width->setValue(width);
    m_height->setValue(height);
}

void ImportDialog::refit()
{
    m_image = fitToGrid(m_grey, m_width->value(), m_height->value());
    m_preview->setCaption(tr("%1 x %2 pattern").arg(m_width->value()).arg(m_height->value()));
    updatePreview();
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
