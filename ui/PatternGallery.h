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
    /// All thumbnails in one row (a strip that scrolls sideways) instead of two columns.
    void setSingleRow(bool singleRow) { m_singleRow = singleRow; }
    /// The height of one row of thumbnails, which a strip around the gallery keeps.
    int rowHeight() const;

private:
    QGridLayout* m_layout;
    QLabel* m_more;
    QList<NeuronGridView*> m_views;
    bool m_singleRow = false;
};

} // namespace hopfield::ui
