#pragma once

#include <QList>
#include <QtGlobal>

namespace hopfield::ui {

/// One cell of a grid set to a new spin (+1 or -1): the unit of an edit intent.
struct CellEdit {
    int index = 0; ///< row-major cell index
    qint8 spin = -1;

    bool operator==(const CellEdit&) const = default;
};

using CellEdits = QList<CellEdit>;

} // namespace hopfield::ui
