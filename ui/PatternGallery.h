#pragma once

#include <QList>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace hopfield::ui {

class NeuronGridView;

/// Small captioned grids of a few patterns, two to a row, one of them framed as selected;
/// a note counts the patterns not shown.
class PatternGallery : public QWidget {
    Q_OBJECT
public:
    explicit PatternGallery(QWidget* parent = nullptr);

    /// Shows `patterns` (row-major spins of width x height each) with their `names`, out
    /// of `total` patterns in all.
    void setPatterns(int width, int height, const QStringList& names,
                     const QVector<QVector<qint8>>& patterns, int total);
    /// Frames pattern `index`; -1 frames none.
    void setSelected(int index);

    QList<NeuronGridView*> views() const { return m_views; }
    /// The width of the thumbnail columns, which a scroll area around the gallery keeps.
    static int columnsWidth();

private:
    QGridLayout* m_layout;
    QLabel* m_more;
    QList<NeuronGridView*> m_views;
};

} // namespace hopfield::ui
