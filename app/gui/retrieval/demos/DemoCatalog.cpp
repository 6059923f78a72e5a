#include "gui/retrieval/demos/DemoCatalog.h"

#include "gui/patterns/Photographs.h"

#include <algorithm>

namespace hopfield::app {
namespace {

/// The letters stored by the letter demos.  Letters share most of their background, so
/// their Hebb couplings are strongly correlated and only a few fit: with these four,
/// T = 0 retrieval from 20% noise succeeds in over 99% of seeds, the 3-mixture of the
/// first three is an attractor, and A stays retrieved at T = 0.4 (six letters such as
/// A H L O T X are retrieved from 20% noise in no seed at all).
const QStringList kLetters = {QStringLiteral("A"), QStringLiteral("I"), QStringLiteral("M"),
                              QStringLiteral("V")};

PatternSource letterSource()
{
    PatternSource source;
    source.resource = QStringLiteral(":/patterns/letters.txt");
    source.names = kLetters;
    return source;
}

Demo letters()
{
    Demo demo;
    demo.name = QStringLiteral("letters");
    demo.title = QStringLiteral("Retrieving a corrupted letter");
    demo.description = QStringLiteral(
        "Four letters are stored with Hebb's rule. Start from A with 20% of its pixels flipped: "
        "zero-temperature dynamics walks downhill in energy, one neuron at a time, back to A.");
    demo.setup.patterns = letterSource();
    demo.setup.target = 0;
    demo.setup.noise = 0.2;
    demo.setup.seed = 7;
    return demo;
}

Demo lettersMixture()
{
    Demo demo;
    demo.name = QStringLiteral("letters-mixture");
    demo.title = QStringLiteral("A spurious mixture state");
    demo.description = QStringLiteral(
        "Start near the symmetric mixture sign(A + I + M) with 10% noise. The network does not "
        "pick a letter: it falls back into the mixture, an attractor nobody stored.");
    demo.setup.patterns = letterSource();
    demo.setup.start = StartKind::Mixture;
    demo.setup.mixture = {0, 1, 2};
    demo.setup.noise = 0.1;
    demo.setup.seed = 7;
    return demo;
}

Demo lettersHot()
{
    Demo demo;
    demo.name = QStringLiteral("letters-hot");
    demo.title = QStringLiteral("Retrieval at T = 0.4");
    demo.description = QStringLiteral(
        "Glauber dynamics at T = 0.4: neurons sometimes flip against their field. The state "
        "finds A, then keeps fluctuating around it: the overlap stays high but below 1.");
    demo.setup.patterns = letterSource();
    demo.setup.target = 0;
    demo.setup.noise = 0.2;
    demo.setup.temperature = 0.4;
    demo.setup.seed = 7;
    demo.setup.speed = 1600.0;
    return demo;
}

Demo random100()
{
    Demo demo;
    demo.name = QStringLiteral("random-100x100");
    demo.title = QStringLiteral("10,000 neurons, 500 random patterns");
    demo.description = QStringLiteral(
        "N = 10,000 neurons store P = 500 random patterns (load 0.05, well below the capacity "
        "0.138). Start from pattern 0 with 20% noise: the errors vanish within a few sweeps.");
    demo.setup.patterns.kind = PatternSource::Kind::Random;
    demo.setup.patterns.width = 100;
    demo.setup.patterns.height = 100;
    demo.setup.patterns.count = 500;
    demo.setup.target = 0;
    demo.setup.noise = 0.2;
    demo.setup.seed = 7;
    demo.setup.speed = 25000.0;
    return demo;
}

Demo photographsDemo()
{
    Demo demo;
    demo.name = QStringLiteral("photographs");
    demo.title = QStringLiteral("Photographs as memories");
    demo.description = QStringLiteral(
        "N = 65,536 neurons store four dithered photographs with Hebb's rule. The lower half "
        "of the astronaut is covered in white: the stored upper half pulls the rest back, "
        "and her face returns within a sweep or two.");
    demo.setup.patterns.resource = kPhotographsResource;
    demo.setup.target = 0;
    demo.setup.seed = 7;
    // One sweep of 65,536 updates in a little over a second: slow enough to watch the
    // picture come back row by row of random updates.
    demo.setup.speed = 50000.0;
    CorruptionSettings occlusion;
    occlusion.kind = CorruptionSettings::Kind::Occlusion;
    occlusion.occlusion = Rect{0, kPhotographSide / 2, kPhotographSide, kPhotographSide / 2};
    occlusion.fill = OcclusionFill::Negative; // white paper over the lower half
    occlusion.seed = demo.setup.seed;
    demo.corruption = occlusion;
    demo.setup.start = StartKind::Given;
    try {
        // Kept whole: spins() views into the state, which a temporary would free at once.
        const auto state = makeStartState(photographs(), demo.setup.target, occlusion);
        const auto spins = state.start.spins();
        demo.setup.startSpins.assign(spins.begin(), spins.end());
    } catch (const std::exception&) {
        // The photographs did not load: the run says why, naming the picture.
        demo.setup.start = StartKind::CorruptedTarget;
    }
    return demo;
}

} // namespace

QList<Demo> demos()
{
    return {letters(), lettersMixture(), lettersHot(), random100(), photographsDemo()};
}

QStringList demoNames()
{
    QStringList names;
    for (const Demo& demo : demos())
        names << demo.name;
    return names;
}

std::optional<Demo> findDemo(const QString& name)
{
    const QList<Demo> all = demos();
    const auto found =
        std::find_if(all.begin(), all.end(), [&](const Demo& demo) { return demo.name == name; });
    if (found == all.end())
        return std::nullopt;
    return *found;
}

} // namespace hopfield::app
