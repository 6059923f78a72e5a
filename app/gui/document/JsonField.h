#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace hopfield::app {

/// A JSON value together with its path in the document ("settings.rule.name",
/// "patterns.items[2].rows"): every typed read checks the type or range and throws a
/// SessionError that names the path and says what was expected and what was found.
class JsonField {
public:
    JsonField(QJsonValue value, QString path);

    const QString& path() const noexcept { return m_path; }
    const QJsonValue& value() const noexcept { return m_value; }

    /// The member `key` of this object; a missing member is an error.
    JsonField member(const QString& key) const;
    /// The member `key`, or nothing when the object lacks it.
    std::optional<JsonField> optionalMember(const QString& key) const;
    bool has(const QString& key) const;
    /// Refuses any member not listed: a misspelt field is an error, not silently ignored.
    void allowOnly(const QStringList& keys) const;

    QJsonObject object() const;
    QJsonArray array() const;
    JsonField element(qsizetype index) const;
    QString string() const;
    QStringList strings() const;
    double number() const;
    /// A number in [low, high].
    double numberIn(double low, double high) const;
    /// An integral number in [low, high].
    long long integerIn(long long low, long long high) const;

    /// Throws SessionError("PATH: problem").
    [[noreturn]] void fail(const QString& problem) const;

private:
    QString describe() const;

    QJsonValue m_value;
    QString m_path;
};

} // namespace hopfield::app
