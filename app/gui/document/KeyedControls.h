#pragma once

#include "gui/document/JsonField.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace hopfield::app {

/// A lab's user-set controls by key, as a session saves them ("labs.learning.capacity" in
/// the file): the lab registers each control with how to read and set it and what it
/// allows; the controls themselves keep the values and their defaults (remembered once, when
/// the lab is built), so there is no second copy of the settings to keep in step.
///  - values(): every control's value, in registration order;
///  - check(): refuses an unknown key, a wrong type, a value out of range or an unknown
///    choice with a one-line, path-qualified SessionError, before anything changes;
///  - apply(): sets the controls in registration order, a key the file leaves out to its
///    default (so an old file, without the section, gives today's defaults).
class KeyedControls {
public:
    using Getter = std::function<QJsonValue()>;
    using Setter = std::function<void(const QJsonValue&)>;

    /// A number in [low, high] (integral when `integral`).
    void addNumber(const QString& key, double low, double high, bool integral, Getter get,
                   Setter set);
    /// One of `choices` by name.
    void addChoice(const QString& key, QStringList choices, Getter get, Setter set);
    /// A nested group (a panel of a lab) under `key`.
    void addGroup(const QString& key, KeyedControls* group);

    /// Takes the controls' current values as their defaults (and the groups').
    void rememberDefaults();

    QJsonObject values() const;
    void check(const JsonField& field) const;
    void apply(const QJsonObject& values) const;

private:
    struct Entry {
        QString key;
        enum class Kind { Number, Choice, Group } kind = Kind::Number;
        double low = 0.0;
        double high = 0.0;
        bool integral = false;
        QStringList choices;
        Getter get;
        Setter set;
        KeyedControls* group = nullptr;
        QJsonValue byDefault;
    };
    void checkEntry(const Entry& entry, const JsonField& value) const;

    std::vector<Entry> m_entries;
};

} // namespace hopfield::app
