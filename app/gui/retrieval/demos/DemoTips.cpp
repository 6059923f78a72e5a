#include "gui/retrieval/demos/DemoTips.h"

#include <QCoreApplication>
#include <QHash>

namespace hopfield::app {

QString demoThingsToTry(const QString& demoName)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("DemoTips", text);
    };
    // Each tip is an experiment the controls of the studio can run as they stand.
    static const QHash<QString, const char*> tips = {
        {QStringLiteral("letters"),
         "\u2022 Raise the noise to 40%, then 50%: where does A stop coming back?\n"
         "\u2022 Press N for a new corruption with the same noise and watch another path.\n"
         "\u2022 Store a fifth and a sixth letter: drawn letters overlap, so Hebb's rule "
         "holds only a few.\n"
         "\u2022 Run 50 trials to see how often A is retrieved, not only this once."},
        {QStringLiteral("letters-mixture"),
         "\u2022 Lower the mixture noise to 0%: the mixture is a fixed point itself.\n"
         "\u2022 Raise the temperature to 0.5: mixtures melt before the letters do.\n"
         "\u2022 Start from A instead: the overlaps show one letter, not three."},
        {QStringLiteral("letters-hot"),
         "\u2022 Move T to 0, then to 0.8 and 1.2: the overlap with A falls, then vanishes.\n"
         "\u2022 Tick \"Grey: each spin's mean\": the averages show A through the noise.\n"
         "\u2022 Slow the speed down to watch single spins flip against their field."},
        {QStringLiteral("random-100x100"),
         "\u2022 Raise the noise towards 50%: random patterns keep large basins.\n"
         "\u2022 Open the Learning & capacity tab to push the load past 0.138.\n"
         "\u2022 Compare synchronous with asynchronous updates: the first can end in a 2-cycle."},
        {QStringLiteral("photographs"),
         "\u2022 Occlude the upper half instead (drag a rectangle on the start state): the "
         "face is gone, does the rest still recall it?\n"
         "\u2022 Choose Flip noise at 40%: 65,536 neurons and four memories give huge basins.\n"
         "\u2022 Raise T to 0.5 and tick \"Grey: each spin's mean\": the photograph returns in "
         "shades.\n"
         "\u2022 Import a photograph of your own, dithered, and store it beside these."},
    };
    const auto found = tips.constFind(demoName);
    return found == tips.constEnd() ? QString() : tr(found.value());
}

} // namespace hopfield::app
