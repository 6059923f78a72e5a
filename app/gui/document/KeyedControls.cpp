#include "gui/document/KeyedControls.h"

#include <cmath>

namespace hopfield::app {

void KeyedControls::addNumber(const QString& key, double low, double high, bool integral,
                              Getter get, Setter set)
{
    Entry entry;
    entry.key = key;
    entry.kind = Entry::Kind::Number;
    entry.low = low;
    entry.high = high;
    entry.integral = integral;
    entry.get = std::move(get);
    entry.set = std::move(set);
    m_entries.push_back(std::move(entry));
}

void KeyedControls::addChoice(const QString& key, QStringList choices, Getter get, Setter set)
{
    Entry entry;
    entry.key = key;
    entry.kind = Entry::Kind::Choice;
    entry.choices = std::move(choices);
    entry.get = std::move(get);
    entry.set = std::move(set);
    m_entries.push_back(std::move(entry));
}

void KeyedControls::addGroup(const QString& key, KeyedControls* group)
{
    Entry entry;
    entry.key = key;
    entry.kind = Entry::Kind::Group;
    entry.group = group;
    m_entries.push_back(std::move(entry));
}

void KeyedControls::rememberDefaults()
{
    for (Entry& entry : m_entries) {
        if (entry.kind == Entry::Kind::Group)
            entry.group->rememberDefaults();
        else
            entry.byDefault = entry.get();
    }
}

QJsonObject KeyedControls::values() const
{
    QJsonObject object;
    for (const Entry& entry : m_entries)
        object[entry.key] =
            entry.kind == Entry::Kind::Group ? QJsonValue(entry.group->values()) : entry.get();
    return object;
}

void KeyedControls::checkEntry(const Entry& entry, const JsonField& value) const
{
    switch (entry.kind) {
    case Entry::Kind::Group:
        entry.group->check(value);
        return;
    case Entry::Kind::Choice:
        if (!entry.choices.contains(value.string()))
            value.fail(QStringLiteral("unknown choice \"%1\"; the choices are %2")
                           .arg(value.string(), entry.choices.join(QStringLiteral(", "))));
        return;
    case Entry::Kind::Number:
        if (entry.integral)
            value.integerIn(static_cast<long long>(entry.low), static_cast<long long>(entry.high));
        else
            value.numberIn(entry.low, entry.high);
        return;
    }
}

void KeyedControls::check(const JsonField& field) const
{
    QStringList keys;
    for (const Entry& entry : m_entries)
        keys << entry.key;
    field.allowOnly(keys);
    for (const Entry& entry : m_entries)
        if (const std::optional<JsonField> value = field.optionalMember(entry.key))
            checkEntry(entry, *value);
}

void KeyedControls::apply(const QJsonObject& values) const
{
    for (const Entry& entry : m_entries) {
        const QJsonValue value = values.value(entry.key);
        if (entry.kind == Entry::Kind::Group)
            entry.group->apply(value.toObject());
        else
            entry.set(value.isUndefined() ? entry.byDefault : value);
    }
}

} // namespace hopfield::app
