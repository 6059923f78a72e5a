#include "AnimatedGif.h"

#include "AtomicWrite.h"

#include <QDir>
#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace hopfield::ui::gif {
namespace {

constexpr int kMaxSide = 65535;
constexpr int kMaxCode = 4095; // codes are at most 12 bits wide

void appendWord(QByteArray& out, int value)
{
    out.append(static_cast<char>(value & 0xff));
    out.append(static_cast<char>((value >> 8) & 0xff));
}

/// Packs variable-width codes least significant bit first, as GIF wants, and cuts the
/// stream into data sub-blocks of at most 255 bytes.
class CodeWriter {
public:
    explicit CodeWriter(QByteArray& out) : m_out(out) {}

    void write(std::uint32_t code, int bits)
    {
        m_buffer |= code << m_bitCount;
        m_bitCount += bits;
        while (m_bitCount >= 8) {
            pushByte(static_cast<char>(m_buffer & 0xff));
            m_buffer >>= 8;
            m_bitCount -= 8;
        }
    }

    void finish()
    {
        if (m_bitCount > 0)
            pushByte(static_cast<char>(m_buffer & 0xff));
        flushBlock();
        m_out.append('\0'); // block terminator
    }

private:
    void pushByte(char byte)
    {
        m_block.append(byte);
        if (m_block.size() == 255)
            flushBlock();
    }

    void flushBlock()
    {
        if (m_block.isEmpty())
            return;
        m_out.append(static_cast<char>(m_block.size()));
        m_out.append(m_block);
        m_block.clear();
    }

    QByteArray& m_out;
    QByteArray m_block;
    std::uint32_t m_buffer = 0;
    int m_bitCount = 0;
};

/// LZW as GIF89a appendix F: a clear code first, a code one bit wider each time the next
/// dictionary entry no longer fits, and a clear code whenever the dictionary is full.
void appendLzw(QByteArray& out, const QImage& indexed, int minCodeSize)
{
    out.append(static_cast<char>(minCodeSize));
    CodeWriter writer(out);
    const std::uint32_t clearCode = 1u << minCodeSize;
    const std::uint32_t endCode = clearCode + 1;
    std::unordered_map<std::uint32_t, std::uint32_t> dictionary; // (prefix << 8 | index)
    int codeSize = minCodeSize + 1;
    std::uint32_t lastCode = endCode;
    writer.write(clearCode, codeSize);

    std::int64_t prefix = -1;
    for (int y = 0; y < indexed.height(); ++y) {
        const uchar* row = indexed.constScanLine(y);
        for (int x = 0; x < indexed.width(); ++x) {
            const std::uint32_t index = row[x];
            if (prefix < 0) {
                prefix = index;
                continue;
            }
            const std::uint32_t key = static_cast<std::uint32_t>(prefix) << 8 | index;
            if (const auto found = dictionary.find(key); found != dictionary.end()) {
                prefix = found->second;
                continue;
            }
            writer.write(static_cast<std::uint32_t>(prefix), codeSize);
            dictionary.emplace(key, ++lastCode);
            if (lastCode >= (1u << codeSize))
                ++codeSize;
            if (lastCode == kMaxCode) {
                writer.write(clearCode, codeSize);
                dictionary.clear();
                codeSize = minCodeSize + 1;
                lastCode = endCode;
            }
            prefix = index;
        }
    }
    writer.write(static_cast<std::uint32_t>(prefix), codeSize);
    writer.write(endCode, codeSize);
    writer.finish();
}

void appendFrame(QByteArray& out, const AnimationFrame& frame)
{
    const QImage indexed = frame.image.convertToFormat(QImage::Format_RGB32)
                               .convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither);
    const QVector<QRgb> colours = indexed.colorTable();
    int tableBits = 1; // the colour table holds 2^tableBits entries, 2 to 256
    while ((1 << tableBits) < colours.size())
        ++tableBits;

    // Graphic control extension: no disposal, no transparency, the frame's delay.
    out.append("\x21\xf9\x04\x04", 4);
    appendWord(out, std::clamp(frame.delayCentiseconds, 0, 65535));
    out.append("\x00\x00", 2);

    // Image descriptor with a local colour table.
    out.append('\x2c');
    appendWord(out, 0);
    appendWord(out, 0);
    appendWord(out, indexed.width());
    appendWord(out, indexed.height());
    out.append(static_cast<char>(0x80 | (tableBits - 1)));
    for (int i = 0; i < (1 << tableBits); ++i) {
        const QRgb colour = i < colours.size() ? colours[i] : qRgb(0, 0, 0);
        out.append(static_cast<char>(qRed(colour)));
        out.append(static_cast<char>(qGreen(colour)));
        out.append(static_cast<char>(qBlue(colour)));
    }
    appendLzw(out, indexed, std::max(2, tableBits));
}

} // namespace

QString validate(const QVector<AnimationFrame>& frames)
{
    if (frames.isEmpty())
        return QStringLiteral("there are no frames");
    const QSize size = frames.front().image.size();
    if (frames.front().image.isNull())
        return QStringLiteral("the first frame is empty");
    if (size.width() > kMaxSide || size.height() > kMaxSide)
        return QStringLiteral("a GIF is at most %1 pixels wide and tall, the frames are %2 x %3")
            .arg(kMaxSide)
            .arg(size.width())
            .arg(size.height());
    for (qsizetype i = 1; i < frames.size(); ++i)
        if (frames[i].image.size() != size)
            return QStringLiteral("frame %1 is %2 x %3, not %4 x %5 as the first")
                .arg(i + 1)
                .arg(frames[i].image.width())
                .arg(frames[i].image.height())
                .arg(size.width())
                .arg(size.height());
    return {};
}

QByteArray encode(const QVector<AnimationFrame>& frames)
{
    if (!validate(frames).isEmpty())
        return {};
    QByteArray out("GIF89a");
    // Logical screen: the frames' size, no global colour table.
    appendWord(out, frames.front().image.width());
    appendWord(out, frames.front().image.height());
    out.append("\x00\x00\x00", 3);
    // NETSCAPE2.0 application extension: loop forever.
    out.append("\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00", 19);
    for (const AnimationFrame& frame : frames)
        appendFrame(out, frame);
    out.append('\x3b'); // trailer
    return out;
}

QString write(const QString& path, const QVector<AnimationFrame>& frames)
{
    const auto failure = [&path](const QString& cause) {
        return QStringLiteral("Cannot write the animation to '%1': %2")
            .arg(QDir::toNativeSeparators(path), cause);
    };
    if (const QString problem = validate(frames); !problem.isEmpty())
        return failure(problem);
    if (const QString cause = writeAtomically(path, encode(frames)); !cause.isEmpty())
        return failure(cause);
    return {};
}

} // namespace hopfield::ui::gif
