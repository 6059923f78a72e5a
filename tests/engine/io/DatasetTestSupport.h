#pragma once

// Byte builders for the dataset-reader suites: IDX headers and CIFAR-10 records made in
// the test, so every expected value is visible beside the bytes that carry it.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <cstdint>
#include <initializer_list>
#include <string>

namespace hopfield::testing {

inline void appendBigEndian(QByteArray& bytes, std::uint32_t value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        bytes.append(static_cast<char>((value >> shift) & 0xff));
}

/// An IDX header: the magic, then each size, big-endian.
inline QByteArray idxHeader(std::uint32_t magic, std::initializer_list<std::uint32_t> sizes)
{
    QByteArray bytes;
    appendBigEndian(bytes, magic);
    for (const auto size : sizes)
        appendBigEndian(bytes, size);
    return bytes;
}

inline std::string view(const QByteArray& bytes)
{
    return bytes.toStdString();
}

/// The bundled digits' files, whole (gzip'd).
inline QByteArray bundledFile(const char* name)
{
    QFile file(QStringLiteral(HOPFIELD_SOURCE_DIR "/resources/data/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace hopfield::testing
