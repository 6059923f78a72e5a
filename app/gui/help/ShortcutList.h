#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;

namespace hopfield::app {

/// One line of the Help menu's shortcut list: the keys and what they do.
struct ShortcutEntry {
    QString keys;    ///< every key sequence of the action, e.g. "Ctrl+Shift+Z, Ctrl+Y"
    QString command; ///< the action's text without its mnemonic "&" or trailing dots
};

/// The actions among `actions` that have a shortcut, sorted by command, so the list shown
/// is the list the window answers to.
QList<ShortcutEntry> shortcutEntries(const QList<QAction*>& actions);

/// Key sequences bound more than once among `actions` (by two actions, or twice by one):
/// Qt answers such a key with "Ambiguous shortcut overload" and runs neither.
QList<QKeySequence> repeatedShortcuts(const QList<QAction*>& actions);

/// The entries as an HTML table for a dialog.
QString shortcutTable(const QList<ShortcutEntry>& entries);

} // namespace hopfield::app
