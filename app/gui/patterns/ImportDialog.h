#pragma once

#include "gui/patterns/ImageImport.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;

namespace hopfield::ui {
class NeuronGridView;
}

namespace hopfield::app {

/// Turns a picture into a pattern: the grey picture beside the spins it gives, updated
/// live as the threshold moves (slider or typed value) or the ink is swapped.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    /// `grey` from readGreyImage(); the pattern will be width x height.
    ImportDialog(const QImage& grey, int width, int height, const QString& name,
                 QWidget* parent = nullptr);

    Pattern pattern() const;
    void setThreshold(int threshold);
    int threshold() const;

private:
    void updatePreview();

    GridImage m_image;
    QLabel* m_picture;
    QSlider* m_slider;
    QSpinBox* m_value;
    QCheckBox* m_lightInk;
    QLineEdit* m_name;
    ui::NeuronGridView* m_preview;
};

} // namespace hopfield::app
