#include "gui/help/ShortcutList.h"

#include <QAction>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace hopfield::app {
namespace {

QString plainCommand(const QAction& action)
{
    QString text = action.text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    while (text.endsWith(QChar(0x2026)) || text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace

QList<ShortcutEntry> shortcutEntries(const QList<QAction*>& actions)
{
    QList<ShortcutEntry> entries;
    for (const QAction* action : actions) {
        if (action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        const ShortcutEntry entry{keys.join(QStringLiteral(", ")), plainCommand(*action)};
        const bool known = std::any_of(entries.begin(), entries.end(), [&entry](const auto& e) {
            return e.keys == entry.keys && e.command == entry.command;
        });
        if (!known)
            entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const ShortcutEntry& a, const ShortcutEntry& b) {
        return a.command.localeAwareCompare(b.command) < 0;
    });
    return entries;
}

QList<QKeySequence> repeatedShortcuts(const QList<QAction*>& actions)
{
    QHash<QString, int> uses;
    QList<QKeySequence> repeated;
    for (const QAction* action : actions)
        for (const QKeySequence& key : action->shortcuts())
            if (++uses[key.toString(QKeySequence::PortableText)] == 2)
                repeated.append(key);
    return repeated;
}

QString shortcutTable(const QList<ShortcutEntry>& entries)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\">");
    for (const ShortcutEntry& entry : entries)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(entry.keys.toHtmlEscaped(), entry.command.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

} // namespace hopfield::app
