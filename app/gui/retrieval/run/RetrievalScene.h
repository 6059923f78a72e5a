#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hopfield::app {

/// What a prepared run looks like before it moves: the stored patterns (for the
/// thumbnails and the landscape of the patterns actually stored), their names and the
/// start state.  Published once per setup.
struct RetrievalScene {
    int width = 0;
    int height = 0;
    QStringList names;              ///< of every stored pattern
    QVector<QVector<qint8>> stored; ///< spins of every stored pattern
    QVector<qint8> start;
    int target = -1;          ///< the pattern the start was made from; -1 for a mixture
    QString startDescription; ///< "A, 20% flipped"
    double temperature = 0.0;

    /// The gallery shows the first few.
    static constexpr int kMaxThumbnails = 6;
    int neurons() const { return width * height; }
    int patterns() const { return static_cast<int>(names.size()); }
};

} // namespace hopfield::app

Q_DECLARE_METATYPE(hopfield::app::RetrievalScene)
