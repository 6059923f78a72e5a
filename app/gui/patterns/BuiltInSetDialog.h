#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace hopfield::app {

/// A built-in pattern set: its title and its resource file.
struct BuiltInSet {
    QString title;    ///< translated, e.g. "Capital letters A-Z"
    QString resource; ///< e.g. ":/patterns/letters.txt"
};

/// The letters, the digits and the symbols shipped with the lab, and one bundled MNIST
/// digit per class (MnistDigits.h).
QList<BuiltInSet> builtInSets();

/// "Store these letters/digits": a built-in set and which of its patterns to store, by
/// ticking them or by storing the first N.  Four letters is about what Hebb's rule holds
/// for drawn letters, so a teacher picks a few, then more, to show that limit.
class BuiltInSetDialog : public QDialog {
    Q_OBJECT
public:
    explicit BuiltInSetDialog(QWidget* parent = nullptr);

    /// Shows set `index` of builtInSets() with its first `count` patterns ticked.
    void choose(int index, int count);
    /// Ticks exactly the patterns named `names` of the set on show.
    void tick(const QStringList& names);
    const BuiltInSet& set() const;
    /// The ticked names, in the set's order.
    QStringList chosenNames() const;
    /// "Capital letters A-Z: A, E, I, O, U".
    QString description() const;

private:
    void showSet(int index);
    void tickFirst(int count);
    void countTicks();

    QList<BuiltInSet> m_sets;
    QComboBox* m_set;
    QSpinBox* m_first;
    QListWidget* m_names;
    QLabel* m_summary;
};

} // namespace hopfield::app
