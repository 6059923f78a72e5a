#include "gui/document/RecoveryOffer.h"

#include "gui/document/Autosaver.h"
#include "gui/document/SessionError.h"
#include "gui/document/SessionFile.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace hopfield::app {

std::optional<Recovery> findRecovery(const QString& directory)
{
    const QString path = Autosaver::autosavePath(directory);
    if (!QFile::exists(Autosaver::markerPath(directory)) || !QFile::exists(path))
        return std::nullopt;
    try {
        return Recovery{path, QFileInfo(path).lastModified(), loadSessionFile(path)};
    } catch (const SessionError&) {
        return std::nullopt;
    }
}

bool askToRecover(QWidget* parent, const Recovery& recovery)
{
    QMessageBox box(QMessageBox::Question, QObject::tr("Recover the last session?"),
                    QObject::tr("Hopfield Lab did not close properly last time. Restore the "
                                "session autosaved at %1?")
                        .arg(QLocale().toString(recovery.savedAt, QLocale::ShortFormat)),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(recovery.path);
    QPushButton* restore = box.addButton(QObject::tr("Restore"), QMessageBox::AcceptRole);
    box.addButton(QObject::tr("Discard"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton*>(restore);
}

std::optional<Session> offerRecovery(const QString& directory, const RecoveryDecision& decide)
{
    std::optional<Recovery> recovery = findRecovery(directory);
    QFile::remove(Autosaver::markerPath(directory));
    if (!recovery)
        return std::nullopt;
    if (!decide(*recovery)) {
        const QString previous = Autosaver::previousPath(directory);
        QFile::remove(previous);
        QFile::rename(recovery->path, previous);
        return std::nullopt;
    }
    QFile::remove(recovery->path);
    return std::move(recovery->session);
}

} // namespace hopfield::app
