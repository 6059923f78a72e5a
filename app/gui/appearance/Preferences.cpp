#include "gui/appearance/Preferences.h"

#include "gui/document/Autosaver.h"

#include <QSettings>
#include <algorithm>

namespace hopfield::app {
namespace {

const QString kTheme = QStringLiteral("appearance/theme");
const QString kPresentation = QStringLiteral("appearance/presentationMode");
const QString kLastSession = QStringLiteral("session/lastPath");
const QString kAutosave = QStringLiteral("session/autosaveSeconds");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");

} // namespace

Preferences::Preferences()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                             QStringLiteral("hopfield-lab"),
                                             QStringLiteral("hopfield-lab")))
{
}

Preferences::Preferences(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

Preferences::~Preferences() = default;

ThemeKind Preferences::theme() const
{
    return themeFromName(m_settings->value(kTheme).toString()).value_or(ThemeKind::Light);
}

void Preferences::setTheme(ThemeKind theme)
{
    m_settings->setValue(kTheme, themeName(theme));
}

bool Preferences::presentationMode() const
{
    return m_settings->value(kPresentation, false).toBool();
}

void Preferences::setPresentationMode(bool on)
{
    m_settings->setValue(kPresentation, on);
}

QString Preferences::lastSessionPath() const
{
    return m_settings->value(kLastSession).toString();
}

void Preferences::setLastSessionPath(const QString& path)
{
    m_settings->setValue(kLastSession, path);
}

int Preferences::autosaveIntervalSeconds() const
{
    bool ok = false;
    const int seconds = m_settings->value(kAutosave).toInt(&ok);
    if (!ok || seconds < 0 || seconds > kMaxAutosaveSeconds)
        return Autosaver::kDefaultIntervalSeconds;
    return seconds;
}

void Preferences::setAutosaveIntervalSeconds(int seconds)
{
    m_settings->setValue(kAutosave, std::clamp(seconds, 0, kMaxAutosaveSeconds));
}

QByteArray Preferences::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void Preferences::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray Preferences::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void Preferences::setWindowState(const QByteArray& state)
{
    m_settings->setValue(kState, state);
}

void Preferences::sync()
{
    m_settings->sync();
}

QString Preferences::fileName() const
{
    return m_settings->fileName();
}

} // namespace hopfield::app
