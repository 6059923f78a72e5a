#include "PatternGallery.h"

#include "NeuronGridView.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hopfield::ui {
namespace {

constexpr int kColumns = 2;
constexpr int kThumbnailSide = 72;
constexpr int kSpacing = 6;

} // namespace

PatternGallery::PatternGallery(QWidget* parent) : QWidget(parent), m_layout(new QGridLayout)
{
    m_layout->setSpacing(kSpacing);
    m_more = new QLabel;
    m_more->setAlignment(Qt::AlignCenter);
    m_more->setWordWrap(true);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_layout);
    outer->addWidget(m_more);
    outer->addStretch(1);
}

void PatternGallery::setPatterns(int width, int height, const QStringList& names,
                                 const QVector<QVector<qint8>>& patterns, int total)
{
    qDeleteAll(m_views);
    m_views.clear();
    for (int i = 0; i < patterns.size(); ++i) {
        auto* view = new NeuronGridView;
        view->setCaption(names.value(i));
        view->setGrid(width, height, patterns[i]);
        view->setFixedSize(kThumbnailSide, kThumbnailSide + view->fontMetrics().height() + 4);
        if (m_singleRow)
            m_layout->addWidget(view, 0, i);
        else
            m_layout->addWidget(view, i / kColumns, i % kColumns);
        m_views.append(view);
    }
    const auto hidden = total - static_cast<int>(patterns.size());
    m_more->setVisible(hidden > 0);
    m_more->setText(tr("and %n more", nullptr, hidden));
}

int PatternGallery::rowHeight() const
{
    return kThumbnailSide + fontMetrics().height() + 4;
}

void PatternGallery::setSelected(int index)
{
    for (int i = 0; i < m_views.size(); ++i)
        m_views[i]->setSelected(i == index);
}

} // namespace hopfield::ui
