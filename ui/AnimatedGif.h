#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QVector>

namespace hopfield::ui {

/// One picture of an animation and how long it stays on screen.
struct AnimationFrame {
    QImage image;
    int delayCentiseconds = 10; ///< GIF counts time in hundredths of a second
};

/// Animated GIF (GIF89a) of a sequence of same-size frames, looping forever: what a
/// teacher drops into slides.  Qt reads GIF but cannot write it, so the format lives here.
/// Each frame gets its own colour table (Qt's conversion to 8-bit indices: exact for up
/// to 256 colours, dithered beyond), and its pixels are LZW-compressed with the variable
/// code sizes of the GIF89a specification, section 22 and appendix F.  Alpha is ignored.
namespace gif {

/// The file's bytes; empty if there are no frames, if a frame differs in size from the
/// first, is null, or is wider or taller than 65535 pixels (all `validate` reports).
QByteArray encode(const QVector<AnimationFrame>& frames);

/// Why `frames` cannot be encoded, or an empty string if they can.
QString validate(const QVector<AnimationFrame>& frames);

/// Writes encode(frames) atomically (QSaveFile): returns an empty string on success, and a
/// message naming the file and the cause otherwise, leaving any old file untouched.
QString write(const QString& path, const QVector<AnimationFrame>& frames);

} // namespace gif
} // namespace hopfield::ui
