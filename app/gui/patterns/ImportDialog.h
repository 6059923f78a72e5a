#pragma once

#include "gui/patterns/ImageImport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;

namespace hopfield::ui {
class NeuronGridView;
}

namespace hopfield::app {

/// Turns a picture into a pattern: the grey picture beside the spins it gives, updated
/// live as the method (a threshold, or Floyd-Steinberg dithering for photographs), the
/// threshold (slider or typed value), the grid size or the ink changes.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Method { Threshold, Dither };

    /// `grey` from readGreyImage(); the pattern is width x height unless the user picks
    /// another size (between minSide and maxSide each way).
    ImportDialog(const QImage& grey, int width, int height, int minSide, int maxSide,
                 const QString& name, QWidget* parent = nullptr);

    Pattern pattern() const;
    void setThreshold(int threshold);
    int threshold() const;
    void setMethod(Method method);
    Method method() const;
    void setGridSize(int width, int height);

private:
    void refit();
    void updatePreview();

    QImage m_grey;
    GridImage m_image;
    QComboBox* m_method;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QLabel* m_picture;
    QSlider* m_slider;
    QSpinBox* m_value;
    QCheckBox* m_lightInk;
    QLineEdit* m_name;
    ui::NeuronGridView* m_preview;
};

} // namespace hopfield::app
