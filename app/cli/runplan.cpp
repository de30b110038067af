#include "cli/runplan.h"

#include "cli/figures.h"
#include "cli/orbitresult.h"
#include "cli/progressbar.h"
#include "cli/resultfiles.h"
#include "cli/scanresult.h"

#include "common/errors.h"
#include "study/studyfile.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace nd::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RunPlan", text);
}

const char* kTileMagic = "neurodyn-tile";
constexpr quint32 kTileVersion = 1;

// Tile payloads by analysis name, after the header.
bool readTilePayloads(const QByteArray& tile, std::map<QString, QByteArray>& payloads, QString& error)
{
    QDataStream s(tile);
    s.setVersion(QDataStream::Qt_6_0);
    QByteArray magic, study;
    quint32 version = 0;
    qint32 index = 0, count = 0, analyses = 0;
    s >> magic >> version >> index >> count >> study >> analyses;
    for (qint32 a = 0; a < analyses && s.status() == QDataStream::Ok; ++a) {
        QString name;
        QByteArray payload;
        s >> name >> payload;
        payloads[name] = payload;
    }
    if (s.status() != QDataStream::Ok)
        return error = tr("a tile file is truncated or damaged"), false;
    return true;
}

// The part `name` of every tile.
bool tilePayloads(const std::vector<QByteArray>& tiles, const QString& name, std::vector<QByteArray>& parts,
                  QString& error)
{
    for (const QByteArray& t : tiles) {
        std::map<QString, QByteArray> payloads;
        if (!readTilePayloads(t, payloads, error))
            return false;
        if (!payloads.count(name))
            return error = tr("a tile holds no %1 part").arg(name), false;
        parts.push_back(payloads[name]);
    }
    return true;
}

} // namespace

bool runPlanFromBytes(const QByteArray& bytes, RunPlan& plan, QString& error)
{
    const StudyLoadResult loaded = studyFromJson(bytes);
    if (!loaded.ok)
        return error = loaded.error, false;
    plan.studyBytes = bytes;
    plan.study = loaded.study;
    const QJsonObject analyses = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("analyses")).toObject();
    plan.orbitDiagram = analyses.contains(QStringLiteral("orbit_diagram"));
    plan.scan = analyses.value(QStringLiteral("parameter_scan")).toObject();
    if (analyses.contains(QStringLiteral("parameter_scan"))) {
        ScanPlan check;
        if (plan.scan.isEmpty())
            return error = tr("analyses.parameter_scan must be a non-empty object"), false;
        if (!scanPlanFromJson(plan.scan, plan.study, check, error))
            return false;
    }
    return true;
}

bool loadRunPlan(const QString& path, RunPlan& plan, QString& error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return error = tr("cannot read %1: %2").arg(path, f.errorString()), false;
    if (!runPlanFromBytes(f.readAll(), plan, error))
        return error = tr("%1: %2").arg(path, error), false;
    return true;
}

void tileColumns(int i, int n, int count, int& begin, int& end)
{
    begin = static_cast<int>(static_cast<long long>(i) * count / n);
    end = static_cast<int>(static_cast<long long>(i + 1) * count / n);
}

QByteArray computeTile(const RunPlan& plan, int i, int n, ProgressBar* progress)
{
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_0);
    s << QByteArray(kTileMagic) << kTileVersion << qint32(i) << qint32(n) << plan.studyBytes;
    s << qint32((plan.orbitDiagram ? 1 : 0) + (plan.scan.isEmpty() ? 0 : 1));
    if (plan.orbitDiagram) {
        const auto model = plan.study.createModel();
        OrbitDiagramRequest r = orbitRequestFor(plan.study, *model);
        r.threads = plan.threads;
        int begin = 0, end = 0;
        tileColumns(i, n, r.axis.count, begin, end);
        if (progress)
            progress->start(tr("orbit diagram, tile %1/%2").arg(i).arg(n));
        s << QStringLiteral("orbit_diagram") << computeOrbitTile(*model, r, begin, end, progress);
        if (progress)
            progress->finish();
    }
    if (!plan.scan.isEmpty()) {
        const auto model = plan.study.createModel();
        ScanPlan scan;
        QString error;
        if (!scanPlanFromJson(plan.scan, plan.study, scan, error))
            throw InputError(error.toStdString());
        scan.request.threads = plan.threads;
        int begin = 0, end = 0;
        tileColumns(i, n, scan.request.x.count, begin, end);
        if (progress)
            progress->start(tr("parameter scan, tile %1/%2").arg(i).arg(n));
        s << QStringLiteral("parameter_scan") << computeScanTile(*model, scan, begin, end, progress);
        if (progress)
            progress->finish();
    }
    return bytes;
}

bool readTileHeader(const QByteArray& tile, TileHeader& header, QString& error)
{
    QDataStream s(tile);
    s.setVersion(QDataStream::Qt_6_0);
    QByteArray magic;
    quint32 version = 0;
    qint32 index = 0, count = 0;
    s >> magic >> version >> index >> count >> header.studyBytes;
    if (s.status() != QDataStream::Ok || magic != kTileMagic)
        return error = tr("not a neurodyn-cli tile file"), false;
    if (version != kTileVersion)
        return error = tr("tile file version %1 is not supported (expected %2)").arg(version).arg(kTileVersion), false;
    if (count < 1 || index < 0 || index >= count)
        return error = tr("tile index %1 of %2 is out of range").arg(index).arg(count), false;
    header.index = index;
    header.count = count;
    return true;
}

bool writeResults(const RunPlan& plan, const std::vector<QByteArray>& tiles, const QDir& dir, ProgressBar* progress,
                  QString& error)
{
    if (progress)
        progress->start(tr("trajectory"));
    if (!writeTrajectoryResult(dir, plan.study, error))
        return false;
    if (progress)
        progress->finish();
    if (plan.orbitDiagram) {
        const auto model = plan.study.createModel();
        OrbitDiagramRequest r = orbitRequestFor(plan.study, *model);
        r.threads = plan.threads;
        OrbitDiagram d;
        if (tiles.empty()) {
            if (progress)
                progress->start(tr("orbit diagram"));
            d = computeOrbitDiagram(*model, r, progress);
            if (progress)
                progress->finish();
        } else {
            std::vector<QByteArray> parts;
            if (!tilePayloads(tiles, QStringLiteral("orbit_diagram"), parts, error) ||
                !mergeOrbitTiles(r, parts, d, error))
                return false;
        }
        if (!writeOrbitDiagramResult(dir, plan.study, *model, r, d, error))
            return false;
        const auto names = model->variableNames();
        const QString variable = QString::fromStdString(names[static_cast<std::size_t>(r.observable.indices.front())]);
        if (!writeOrbitDiagramFigure(dir, d, r, variable, error))
            return false;
    }
    if (!plan.scan.isEmpty()) {
        const auto model = plan.study.createModel();
        ScanPlan scan;
        if (!scanPlanFromJson(plan.scan, plan.study, scan, error))
            return false;
        scan.request.threads = plan.threads;
        ScanResult result;
        if (tiles.empty()) {
            if (progress)
                progress->start(tr("parameter scan"));
            result = computeScan(*model, *scan.measure, scan.request, progress);
            if (progress)
                progress->finish();
        } else {
            std::vector<QByteArray> parts;
            if (!tilePayloads(tiles, QStringLiteral("parameter_scan"), parts, error) ||
                !mergeScanTiles(scan, parts, result, error))
                return false;
        }
        if (!writeScanResult(dir, plan.study, scan, result, error))
            return false;
    }
    return true;
}

} // namespace nd::cli
