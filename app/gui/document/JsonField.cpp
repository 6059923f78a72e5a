#include "gui/document/JsonField.h"

#include "gui/document/SessionError.h"

#include <cmath>

namespace hopfield::app {

JsonField::JsonField(QJsonValue value, QString path)
    : m_value(std::move(value)), m_path(std::move(path))
{
}

JsonField JsonField::member(const QString& key) const
{
    std::optional<JsonField> found = optionalMember(key);
    if (!found)
        fail(QStringLiteral("the field \"%1\" is missing").arg(key));
    return *found;
}

std::optional<JsonField> JsonField::optionalMember(const QString& key) const
{
    const QJsonObject members = object();
    if (!members.contains(key))
        return std::nullopt;
    const QString childPath = m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    return JsonField(members.value(key), childPath);
}

bool JsonField::has(const QString& key) const
{
    return object().contains(key);
}

void JsonField::allowOnly(const QStringList& keys) const
{
    for (const QString& key : object().keys())
        if (!keys.contains(key))
            fail(QStringLiteral("unknown field \"%1\"; the fields here are %2")
                     .arg(key, keys.join(QStringLiteral(", "))));
}

QJsonObject JsonField::object() const
{
    if (!m_value.isObject())
        fail(QStringLiteral("expected an object, got %1").arg(describe()));
    return m_value.toObject();
}

QJsonArray JsonField::array() const
{
    if (!m_value.isArray())
        fail(QStringLiteral("expected an array, got %1").arg(describe()));
    return m_value.toArray();
}

JsonField JsonField::element(qsizetype index) const
{
    return JsonField(array().at(index), QStringLiteral("%1[%2]").arg(m_path).arg(index));
}

QString JsonField::string() const
{
    if (!m_value.isString())
        fail(QStringLiteral("expected a string, got %1").arg(describe()));
    return m_value.toString();
}

QStringList JsonField::strings() const
{
    QStringList result;
    const qsizetype count = array().size();
    for (qsizetype i = 0; i < count; ++i)
        result << element(i).string();
    return result;
}

double JsonField::number() const
{
    if (!m_value.isDouble())
        fail(QStringLiteral("expected a number, got %1").arg(describe()));
    return m_value.toDouble();
}

double JsonField::numberIn(double low, double high) const
{
    const double value = number();
    if (!(value >= low && value <= high))
        fail(QStringLiteral("expected a number in [%1, %2], got %3").arg(low).arg(high).arg(value));
    return value;
}

long long JsonField::integerIn(long long low, long long high) const
{
    const double value = number();
    if (value != std::floor(value) || !(value >= static_cast<double>(low)) ||
        !(value <= static_cast<double>(high)))
        fail(QStringLiteral("expected a whole number in [%1, %2], got %3")
                 .arg(low)
                 .arg(high)
                 .arg(value));
    return static_cast<long long>(value);
}

void JsonField::fail(const QString& problem) const
{
    throw SessionError(QStringLiteral("%1: %2").arg(
        m_path.isEmpty() ? QStringLiteral("(top level)") : m_path, problem));
}

QString JsonField::describe() const
{
    switch (m_value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return m_value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QStringLiteral("the number %1").arg(m_value.toDouble());
    case QJsonValue::String:
        return QStringLiteral("the string \"%1\"").arg(m_value.toString());
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

} // namespace hopfield::app
