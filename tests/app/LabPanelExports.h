#pragma once

// Exporting a lab panel's figures from a test, in every format the Export button offers.
#include "gui/learning/LabPanel.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

namespace lab_test {

inline QByteArray head(const QString& path, int bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(bytes);
}

/// Writes figure `figure` of `panel` as PNG, SVG, PDF and CSV into `directory` and checks
/// each file's signature, and that the CSV has a header and data rows.
inline void checkFigureExports(const hopfield::app::LabPanel& panel, int figure,
                               const QString& directory, const QString& name)
{
    const QString base = QStringLiteral("%1/%2-%3").arg(directory, name).arg(figure);
    QCOMPARE(panel.exportTo(figure, base + QStringLiteral(".png"), 100.0), QString());
    QCOMPARE(panel.exportTo(figure, base + QStringLiteral(".svg")), QString());
    QCOMPARE(panel.exportTo(figure, base + QStringLiteral(".pdf")), QString());
    QCOMPARE(panel.exportTo(figure, base + QStringLiteral(".csv")), QString());
    QCOMPARE(head(base + QStringLiteral(".png"), 8), QByteArray("\x89PNG\r\n\x1a\n"));
    QVERIFY(head(base + QStringLiteral(".svg"), 400).contains("<svg"));
    QCOMPARE(head(base + QStringLiteral(".pdf"), 5), QByteArray("%PDF-"));
    const QByteArray csv = head(base + QStringLiteral(".csv"), 100000);
    QVERIFY2(csv.count('\n') >= 2, csv.constData()); // a header and data rows
}

/// The CSV of figure `figure` of `panel`, written into `directory`: before any computation,
/// the header line alone.
inline QByteArray csvOf(const hopfield::app::LabPanel& panel, int figure, const QString& directory)
{
    const QString path = QStringLiteral("%1/figure-%2.csv").arg(directory).arg(figure);
    if (!panel.exportTo(figure, path).isEmpty())
        return {};
    return head(path, 100000);
}

} // namespace lab_test
