#pragma once

#include "gui/document/Session.h"

#include <QByteArray>

namespace hopfield::app {

/// The session as an indented JSON document (format "hopfield-lab-session", version 1):
/// patterns as rows of '#' and '.' a person can read, or as a reference to a built-in or
/// random set; see SessionReader.h for every field.
QByteArray writeSession(const Session& session);

} // namespace hopfield::app
