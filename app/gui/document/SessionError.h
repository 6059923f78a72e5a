#pragma once

#include <QString>
#include <stdexcept>

namespace hopfield::app {

/// A session that cannot be read or written.  what() reads "FIELD: problem" (for example
/// "settings.temperature: expected a number in [0, 2], got 3.5"), prefixed with the file
/// when one is involved, so the user knows what to fix.
class SessionError : public std::runtime_error {
public:
    explicit SessionError(const QString& message) : std::runtime_error(message.toStdString()) {}

    QString message() const { return QString::fromStdString(what()); }
};

} // namespace hopfield::app
