#include "gui/patterns/BuiltInSetDialog.h"

#include "gui/patterns/MnistDigits.h"
#include "gui/patterns/PatternResource.h"
#include "gui/patterns/Photographs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hopfield::app {

QList<BuiltInSet> builtInSets()
{
    return {
        {BuiltInSetDialog::tr("Capital letters A\u2013Z"),
         QStringLiteral(":/patterns/letters.txt")},
        {BuiltInSetDialog::tr("Digits 0\u20139"), QStringLiteral(":/patterns/digits.txt")},
        {BuiltInSetDialog::tr("Symbols"), QStringLiteral(":/patterns/symbols.txt")},
        {BuiltInSetDialog::tr("MNIST digits (28 \u00d7 28)"), kMnistDigitsResource},
        {BuiltInSetDialog::tr("Photographs (256 \u00d7 256, dithered)"), kPhotographsResource},
    };
}

BuiltInSetDialog::BuiltInSetDialog(QWidget* parent)
    : QDialog(parent), m_sets(builtInSets()), m_set(new QComboBox), m_first(new QSpinBox),
      m_names(new QListWidget), m_summary(new QLabel)
{
    setWindowTitle(tr("Store patterns of a built-in set"));
    for (const BuiltInSet& set : m_sets)
        m_set->addItem(set.title);
    m_first->setToolTip(tr("Tick the first N patterns of the set"));
    m_names->setObjectName(QStringLiteral("builtInNames"));
    m_names->setFlow(QListView::LeftToRight);
    m_names->setWrapping(true);
    m_names->setResizeMode(QListView::Adjust);
    m_names->setSpacing(2);
    m_names->setMinimumSize(360, 140);
    auto* hint = new QLabel(tr("Hebb's rule holds only a few drawn letters or digits: they are "
                               "correlated. Store a few, then more, and watch retrieval fail."));
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Store these"));
    auto* form = new QFormLayout;
    form->addRow(tr("Set"), m_set);
    form->addRow(tr("Store the first"), m_first);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_names, 1);
    layout->addWidget(m_summary);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    connect(m_set, &QComboBox::activated, this, [this](int index) {
        showSet(index);
        tickFirst(m_first->value());
    });
    connect(m_first, &QSpinBox::valueChanged, this, &BuiltInSetDialog::tickFirst);
    connect(m_names, &QListWidget::itemChanged, this, &BuiltInSetDialog::countTicks);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Four letters: the demo's set, within what Hebb's rule holds.
    choose(0, 4);
}

void BuiltInSetDialog::choose(int index, int count)
{
    m_set->setCurrentIndex(index);
    showSet(index);
    const QSignalBlocker quiet(m_first);
    m_first->setValue(count);
    tickFirst(m_first->value());
}

void BuiltInSetDialog::showSet(int index)
{
    const QSignalBlocker quiet(m_names);
    m_names->clear();
    QStringList names;
    try {
        for (const Pattern& pattern : loadPatterns(m_sets.value(index).resource))
            names << QString::fromStdString(pattern.name());
    } catch (const std::exception& error) {
        m_summary->setText(QString::fromUtf8(error.what()));
    }
    for (const QString& name : names) {
        auto* item = new QListWidgetItem(name, m_names);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
    }
    const QSignalBlocker quietCount(m_first);
    m_first->setRange(1, std::max(1, static_cast<int>(names.size())));
}

void BuiltInSetDialog::tickFirst(int count)
{
    {
        const QSignalBlocker quiet(m_names);
        for (int row = 0; row < m_names->count(); ++row)
            m_names->item(row)->setCheckState(row < count ? Qt::Checked : Qt::Unchecked);
    }
    countTicks();
}

void BuiltInSetDialog::tick(const QStringList& names)
{
    {
        const QSignalBlocker quiet(m_names);
        for (int row = 0; row < m_names->count(); ++row) {
            QListWidgetItem* item = m_names->item(row);
            item->setCheckState(names.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    countTicks();
}

void BuiltInSetDialog::countTicks()
{
    const int chosen = static_cast<int>(chosenNames().size());
    m_summary->setText(tr("%1 of %2 patterns to store").arg(chosen).arg(m_names->count()));
    if (auto* box = findChild<QDialogButtonBox*>())
        box->button(QDialogButtonBox::Ok)->setEnabled(chosen > 0);
}

const BuiltInSet& BuiltInSetDialog::set() const
{
    return m_sets.at(m_set->currentIndex());
}

QStringList BuiltInSetDialog::chosenNames() const
{
    QStringList names;
    for (int row = 0; row < m_names->count(); ++row)
        if (m_names->item(row)->checkState() == Qt::Checked)
            names << m_names->item(row)->text();
    return names;
}

QString BuiltInSetDialog::description() const
{
    return tr("%1: %2").arg(set().title, chosenNames().join(QStringLiteral(", ")));
}

} // namespace hopfield::app
