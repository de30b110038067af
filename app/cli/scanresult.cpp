#include "cli/scanresult.h"

#include "cli/clicommon.h"
#include "cli/resultfiles.h"

#include "compute/scancompute.h"
#include "io/numbertext.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "ScanResult".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ScanResult)
};

// The one-column results of every tile, in x order; false for malformed, overlapping or
// missing columns.
bool readColumns(const std::vector<QByteArray>& tiles, int nx, int ny, std::vector<ScanResult>& columns,
                 QString& error)
{
    columns.assign(static_cast<std::size_t>(nx), {});
    std::vector<bool> seen(static_cast<std::size_t>(nx), false);
    for (const QByteArray& bytes : tiles) {
        QDataStream s(bytes);
        s.setVersion(QDataStream::Qt_6_0);
        qint32 begin = 0, end = 0;
        s >> begin >> end;
        if (s.status() != QDataStream::Ok || begin < 0 || end > nx || begin > end)
            return error = Text::tr("a parameter-scan tile does not match the study"), false;
        for (int ix = begin; ix < end; ++ix) {
            if (seen[static_cast<std::size_t>(ix)])
                return error = Text::tr("parameter-scan column %1 appears in two tiles").arg(ix), false;
            seen[static_cast<std::size_t>(ix)] = true;
            qint32 rows = 0;
            s >> rows;
            if (rows != ny)
                return error = Text::tr("parameter-scan tile data for column %1 is damaged").arg(ix), false;
            ScanResult& c = columns[static_cast<std::size_t>(ix)];
            c.nx = 1;
            c.ny = ny;
            for (int iy = 0; iy < ny; ++iy) {
                double value = 0.0;
                bool defined = false, escaped = false, computed = false;
                QString reason;
                s >> value >> defined >> escaped >> computed >> reason;
                c.values.push_back(value);
                c.defined.push_back(defined);
                c.escaped.push_back(escaped);
                c.computed.push_back(computed);
                c.reasons.push_back(reason.toStdString());
            }
            if (s.status() != QDataStream::Ok)
                return error = Text::tr("parameter-scan tile data for column %1 is truncated").arg(ix), false;
        }
    }
    for (int ix = 0; ix < nx; ++ix)
        if (!seen[static_cast<std::size_t>(ix)])
            return error = Text::tr("parameter-scan column %1 is in no tile").arg(ix), false;
    return true;
}

} // namespace

QByteArray computeScanTile(const RunPlan& plan, int i, int n, Progress* progress)
{
    int begin = 0, end = 0;
    tileColumns(i, n, plan.study.analyses.parameterScan->x.count, begin, end);
    const std::vector<ScanResult> columns =
        compute::parameterScanColumns(plan.study, begin, end, plan.threads, progress);
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_0);
    s << qint32(begin) << qint32(end);
    for (const ScanResult& c : columns) {
        s << qint32(c.ny);
        for (int iy = 0; iy < c.ny; ++iy) {
            const auto k = static_cast<std::size_t>(iy);
            s << c.values[k] << bool(c.defined[k]) << bool(c.escaped[k]) << bool(c.computed[k])
              << QString::fromStdString(c.reasons[k]);
        }
    }
    return bytes;
}

bool writeParameterScan(const RunContext& context, QString& error)
{
    const Study& study = context.plan.study;
    const ScanSettings& settings = *study.analyses.parameterScan;
    ScanResult r;
    if (context.tiles.empty()) {
        context.startStage(Text::tr("parameter scan"));
        r = compute::parameterScan(study, context.plan.threads, context.progress).result;
        context.finishStage();
    } else {
        std::vector<QByteArray> parts;
        std::vector<ScanResult> columns;
        if (!tilePayloads(context.tiles, QStringLiteral("parameter_scan"), parts, error) ||
            !readColumns(parts, settings.x.count, settings.y ? settings.y->count : 1, columns, error))
            return false;
        r = compute::assembleParameterScan(study, columns);
    }
    // A 1-D scan has no second axis, so no iy and y columns (an empty "y" clashed with a state
    // variable y).
    const bool twoD = settings.y.has_value();
    const std::string& xName = settings.x.parameter;
    TextBuffer csv(static_cast<std::size_t>(r.nx) * static_cast<std::size_t>(r.ny) * 64 + 4096);
    csv.put(twoD ? "ix,iy," : "ix,");
    csv.put(xName);
    if (twoD) {
        csv.put(',');
        csv.put(settings.y->parameter);
    }
    csv.put(",value,escaped,reason\n");
    int undefined = 0, escaped = 0;
    for (int iy = 0; iy < r.ny; ++iy)
        for (int ix = 0; ix < r.nx; ++ix) {
            const std::size_t k =
                static_cast<std::size_t>(iy) * static_cast<std::size_t>(r.nx) + static_cast<std::size_t>(ix);
            undefined += r.defined[k] ? 0 : 1;
            escaped += r.escaped[k] ? 1 : 0;
            csv.integer(ix);
            csv.put(',');
            if (twoD) {
                csv.integer(iy);
                csv.put(',');
            }
            csv.number(r.xValues[static_cast<std::size_t>(ix)]);
            csv.put(',');
            if (twoD) {
                csv.number(r.yValues[static_cast<std::size_t>(iy)]);
                csv.put(',');
            }
            if (r.defined[k])
                csv.number(r.values[k]);
            csv.put(r.escaped[k] ? ",1,\"" : ",0,\"");
            for (char ch : r.reasons[k]) { // always quoted, quotes doubled
                if (ch == '"')
                    csv.put('"');
                csv.put(ch);
            }
            csv.put("\"\n");
        }
    QJsonObject twin = twinFor(study, QStringLiteral("parameter_scan"));
    twin.insert(QStringLiteral("measure"), QString::fromStdString(r.measure));
    twin.insert(QStringLiteral("unit"), QString::fromStdString(r.unit));
    if (!r.conventions.empty())
        twin.insert(QStringLiteral("measure_conventions"), QString::fromStdString(r.conventions));
    twin.insert(QStringLiteral("nx"), r.nx);
    twin.insert(QStringLiteral("ny"), r.ny);
    twin.insert(QStringLiteral("undefined_cells"), undefined);
    twin.insert(QStringLiteral("escaped_cells"), escaped);
    twin.insert(
        QStringLiteral("conventions"),
        QStringLiteral("cell (ix, iy) uses x = from + (to - from) ix / (count - 1) (and likewise y; a 1-D "
                       "scan has no iy and y columns) and starts from the study's initial state; each "
                       "measure iterates transient then steps iterations (flows: RK4 steps of the study's "
                       "dt); an undefined value is an empty field with its reason"));
    return writeResult(context, QStringLiteral("parameter_scan"), bytesOf(csv.view()), twin, error) &&
           writeFigures(context, r, error);
}

} // namespace nd::cli
