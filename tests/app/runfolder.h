// Run folders of `neurodyn-cli run` for the CLI tests (tst_cli_run, tst_cli_tiles): reading
// result files, checking exported figures, and writing the studies the tests run. Header-only;
// test threads only.
#pragma once

#include "clirun.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#ifdef NEURODYN_TEST_FIGURES
#include <QImage>
#include <QXmlStreamReader>
#endif

namespace ndtest {

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
// The files of a run folder matching the patterns, by name.
inline QMap<QString, QByteArray> filesOf(const QString& dir, const QStringList& patterns)
{
    QMap<QString, QByteArray> files;
    for (const QString& name : QDir(dir).entryList(patterns, QDir::Files))
        files[name] = readAll(QDir(dir).filePath(name));
    return files;
}
// Every result file of a run folder (tile files and figures excluded), by name.
inline QMap<QString, QByteArray> results(const QString& dir)
{
    return filesOf(dir, {"*.csv", "*.json"});
}
inline QJsonObject jsonFile(const QString& path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}
// Copies a tile file with its "basins" part cut short by 12 bytes (the tile's own framing
// intact: magic, version, index, count, study, then name/payload pairs).
inline bool writeWithShortBasins(const QString& from, const QString& to)
{
    QDataStream in(readAll(from));
    in.setVersion(QDataStream::Qt_6_0);
    QByteArray magic, study;
    quint32 version = 0;
    qint32 index = 0, count = 0, parts = 0;
    in >> magic >> version >> index >> count >> study >> parts;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << magic << version << index << count << study << parts;
    bool cut = false;
    for (qint32 p = 0; p < parts; ++p) {
        QString name;
        QByteArray payload;
        in >> name >> payload;
        if (name == "basins" && payload.size() > 12) {
            payload.chop(12);
            cut = true;
        }
        out << name << payload;
    }
    QFile f(to);
    return cut && in.status() == QDataStream::Ok && f.open(QIODevice::WriteOnly) &&
           f.write(bytes) == bytes.size();
}

inline QString writeStudy(const QTemporaryDir& dir, const QString& name, const QJsonObject& study)
{
    const QString path = dir.filePath(name + ".json");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(QJsonDocument(study).toJson());
    return path;
}

// Writes a study of the Chialvo map whose analyses split into tiles: an orbit diagram (fixed or
// automatic range) with a 2-D Lyapunov or 1-D period scan, basins split by rows, and analyses
// computed in one piece beside them (written once per temporary folder).
inline QString orbitStudy(const QTemporaryDir& dir, bool fixedRange)
{
    const QString name = fixedRange ? "orbit-fixed" : "orbit-auto";
    if (QFile::exists(dir.filePath(name + ".json")))
        return dir.filePath(name + ".json");
    QJsonObject study = QJsonDocument::fromJson(cli({"example", "chialvo-bursting", "-"}).out).object();
    QJsonObject simulation = study.value("simulation").toObject();
    simulation.insert("samples", 200);
    study.insert("simulation", simulation);
    QJsonObject orbit{{"parameter", "b"}, {"from", 0.1},   {"to", 0.6},
                      {"count", 37},      {"bins", 50},    {"observable", QJsonObject{{"variable", "x"}}},
                      {"transient", 300}, {"samples", 150}};
    if (fixedRange) {
        orbit.insert("value_min", -0.5);
        orbit.insert("value_max", 3.0);
    }
    // Fixed range: with a 2-D Lyapunov scan; automatic range: with a 1-D period scan.
    const QJsonObject x{{"parameter", "b"}, {"from", 0.1}, {"to", 0.6}, {"count", 7}};
    QJsonObject scan{
        {"measure", fixedRange ? "lyapunov" : "period"}, {"x", x}, {"transient", 200}, {"steps", 500}};
    if (fixedRange)
        scan.insert("y", QJsonObject{{"parameter", "a"}, {"from", 0.85}, {"to", 0.9}, {"count", 5}});
    // Basins on a small grid, split by rows (3 tiles of 6, 7 and 7 rows).
    const QJsonObject basins{
        {"x", QJsonObject{{"variable", "x"}, {"from", -1.0}, {"to", 3.0}, {"count", 24}}},
        {"y", QJsonObject{{"variable", "y"}, {"from", 0.0}, {"to", 4.0}, {"count", 20}}},
        {"transient", 300},
        {"window", 64},
        {"max_period", 8}};
    // Beside them, analyses computed in one piece (by rank 0, or at the merge).
    study.insert("analyses", QJsonObject{{"orbit_diagram", orbit},
                                         {"parameter_scan", scan},
                                         {"basins", basins},
                                         {"lyapunov", QJsonObject{{"steps", 2000}}},
                                         {"zero_one", QJsonObject{{"variable", "y"}}}});
    return writeStudy(dir, name, study);
}

// One exported figure: a PNG of the export size that decodes, an SVG that parses, a PDF with a
// valid header and trailer (nothing without figures).
inline void checkFigure(const QString& base)
{
#ifdef NEURODYN_TEST_FIGURES
    // The export's default size: 160 mm x 120 mm at 150 dpi (plots/plotexport.h).
    const QImage png(base + ".png");
    QVERIFY2(!png.isNull(), qPrintable(base + ".png does not decode"));
    QCOMPARE(png.size(), QSize(qRound(160 / 25.4 * 150), qRound(120 / 25.4 * 150)));
    QXmlStreamReader svg(readAll(base + ".svg"));
    bool root = false;
    while (!svg.atEnd())
        if (svg.readNext() == QXmlStreamReader::StartElement && !root)
            root = svg.name() == QLatin1String("svg");
    QVERIFY2(root && !svg.hasError(), qPrintable(base + ".svg: " + svg.errorString()));
    const QByteArray pdf = readAll(base + ".pdf");
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
#else
    Q_UNUSED(base);
#endif
}

inline void checkSameFigures(const QString& out, const QString& reference)
{
    // The same figures, each decoding, alike to the byte in every format (the PDFs carry a
    // fixed creation date and document ID).
    const auto drawn = filesOf(out, {"*.png", "*.svg", "*.pdf"});
    const auto expected = filesOf(reference, {"*.png", "*.svg", "*.pdf"});
    QCOMPARE(drawn.keys(), expected.keys());
    for (const QString& name : drawn.keys())
        QVERIFY2(drawn[name] == expected[name], qPrintable(name + " differs"));
    QCOMPARE(readAll(out + "/neurodyn-run.manifest"), readAll(reference + "/neurodyn-run.manifest"));
    for (const QString& name : drawn.keys())
        if (name.endsWith(".png"))
            checkFigure(out + "/" + name.chopped(4));
}

} // namespace ndtest
