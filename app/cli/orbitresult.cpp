#include "cli/orbitresult.h"

#include "cli/clicommon.h"
#include "cli/resultfiles.h"

#include "compute/computecommon.h"
#include "compute/orbitcompute.h"
#include "io/numbertext.h"
#include "study/settingsnames.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <algorithm>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "OrbitResult".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(OrbitResult)
};

// Reads the columns of every tile into their slots; false for malformed, overlapping or
// missing columns.
bool readColumns(const std::vector<QByteArray>& tiles, int count, std::vector<OrbitColumnData>& columns,
                 QString& error)
{
    columns.assign(static_cast<std::size_t>(count), {});
    std::vector<bool> seen(static_cast<std::size_t>(count), false);
    for (const QByteArray& bytes : tiles) {
        QDataStream s(bytes);
        s.setVersion(QDataStream::Qt_6_0);
        qint32 begin = 0, end = 0;
        s >> begin >> end;
        if (s.status() != QDataStream::Ok || begin < 0 || end > count || begin > end)
            return error = Text::tr("an orbit-diagram tile does not match the study"), false;
        for (int c = begin; c < end; ++c) {
            const auto col = static_cast<std::size_t>(c);
            if (seen[col])
                return error = Text::tr("orbit-diagram column %1 appears in two tiles").arg(c), false;
            seen[col] = true;
            OrbitColumnData& d = columns[col];
            qint32 runs = 0, escapedRuns = 0;
            QString reason;
            quint64 values = 0, counts = 0;
            s >> runs >> escapedRuns >> d.status.computed >> reason >> values >> counts;
            d.status.runs = runs;
            d.status.escapedRuns = escapedRuns;
            d.status.escapeReason = reason.toStdString();
            if (s.status() != QDataStream::Ok || values > (quint64{1} << 34) || counts > (quint64{1} << 24))
                return error = Text::tr("orbit-diagram tile data for column %1 is damaged").arg(c), false;
            d.values.resize(values);
            for (double& v : d.values)
                s >> v;
            d.counts.resize(counts);
            for (std::uint32_t& n : d.counts) {
                quint32 k = 0;
                s >> k;
                n = k;
            }
            if (s.status() != QDataStream::Ok)
                return error = Text::tr("orbit-diagram tile data for column %1 is truncated").arg(c), false;
        }
    }
    const auto missing = std::find(seen.begin(), seen.end(), false);
    if (missing != seen.end())
        return error = Text::tr("orbit-diagram column %1 is in no tile").arg(missing - seen.begin()), false;
    return true;
}

// Millions of rows: each column's index and parameter are written once and copied to its rows.
std::string pointsCsv(const OrbitDiagram& d)
{
    TextBuffer csv(d.points.size() * 48 + 4096);
    csv.put("column,parameter,value\n");
    for (std::size_t c = 0; c + 1 < d.pointOffsets.size(); ++c) {
        char prefix[2 * kMaxNumberChars + 8];
        char* end = writeInteger(prefix, static_cast<long long>(c));
        *end++ = ',';
        end = writeNumber(end, d.parameterValues[c]);
        *end++ = ',';
        const std::string_view rowStart(prefix, static_cast<std::size_t>(end - prefix));
        for (std::size_t k = d.pointOffsets[c]; k < d.pointOffsets[c + 1]; ++k) {
            csv.put(rowStart);
            csv.number(d.points[k]);
            csv.put('\n');
        }
    }
    return csv.take();
}

} // namespace

bool orbitDiagramTiled(const Study& study)
{
    return compute::orbitDiagramTileable(study);
}

QByteArray computeOrbitTile(const RunPlan& plan, int i, int n, Progress* progress)
{
    const auto model = plan.study.createModel();
    const OrbitDiagramRequest request =
        compute::inSection("orbit_diagram", [&] { return compute::orbitDiagramRequest(plan.study, *model); });
    int begin = 0, end = 0;
    tileColumns(i, n, request.axis.count, begin, end);
    const auto columns = compute::orbitDiagramColumns(request, *model, begin, end, plan.threads, progress);
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_0);
    s << qint32(begin) << qint32(end);
    for (const OrbitColumnData& c : columns) {
        s << qint32(c.status.runs) << qint32(c.status.escapedRuns) << c.status.computed
          << QString::fromStdString(c.status.escapeReason) << quint64(c.values.size())
          << quint64(c.counts.size());
        for (double v : c.values)
            s << v;
        for (std::uint32_t k : c.counts)
            s << quint32(k);
    }
    return bytes;
}

bool writeOrbitDiagram(const RunContext& context, QString& error)
{
    const Study& study = context.plan.study;
    compute::OrbitDiagramResult result;
    if (context.tiles.empty() || !orbitDiagramTiled(study)) {
        context.startStage(Text::tr("orbit diagram"));
        result = compute::orbitDiagram(study, context.plan.threads, context.progress);
        context.finishStage();
    } else {
        const auto model = study.createModel();
        result.request = compute::orbitDiagramRequest(study, *model);
        result.parameterLabel = result.request.axis.parameter;
        result.observableLabel = compute::orbitObservableLabel(study, *model);
        std::vector<QByteArray> parts;
        std::vector<OrbitColumnData> columns;
        if (!tilePayloads(context.tiles, QStringLiteral("orbit_diagram"), parts, error) ||
            !readColumns(parts, result.request.axis.count, columns, error))
            return false;
        result.diagram = assembleOrbitDiagram(result.request, std::move(columns), context.plan.threads);
    }
    const OrbitDiagramRequest& r = result.request;
    const OrbitDiagram& d = result.diagram;
    TextBuffer csv(d.parameterValues.size() * (static_cast<std::size_t>(d.bins) + 4) * 8 + 4096);
    csv.put("column,parameter,runs,escaped_runs");
    for (int b = 0; b < d.bins; ++b) {
        csv.put(",bin_");
        csv.integer(b);
    }
    csv.put('\n');
    int escaped = 0;
    for (std::size_t c = 0; c < d.parameterValues.size(); ++c) {
        const OrbitColumnStatus& st = d.status[c];
        escaped += st.escaped() ? 1 : 0;
        csv.integer(static_cast<long long>(c));
        csv.put(',');
        csv.number(d.parameterValues[c]);
        csv.put(',');
        csv.integer(st.runs);
        csv.put(',');
        csv.integer(st.escapedRuns);
        for (int b = 0; b < d.bins; ++b) {
            csv.put(',');
            csv.integer(static_cast<long long>(d.count(static_cast<int>(c), b)));
        }
        csv.put('\n');
    }
    QJsonObject twin = twinFor(study, QStringLiteral("orbit_diagram"));
    QJsonObject settings = twin.value(QStringLiteral("settings")).toObject();
    // What the engine used where the study leaves it open.
    settings.insert(QStringLiteral("parameter"), QString::fromStdString(r.axis.parameter));
    settings.insert(QStringLiteral("from"), r.axis.from);
    settings.insert(QStringLiteral("to"), r.axis.to);
    settings.insert(QStringLiteral("value_range"), r.autoRange ? "automatic" : "fixed");
    settings.insert(QStringLiteral("escape_bound"), jsonNumber(r.escapeBound));
    twin.insert(QStringLiteral("settings"), settings);
    twin.insert(QStringLiteral("observable"), QString::fromStdString(result.observableLabel));
    twin.insert(
        QStringLiteral("conventions"),
        QStringLiteral("column c uses parameter = from + (to - from) * c / (columns - 1); each run starts "
                       "from the initial state the policy gives (fixed: the study's initial state; follow: "
                       "the previous column's final state; sweep_up_down: follow upwards, then downwards; "
                       "random_per_column: count states uniform in the box, seeded per column); after the "
                       "transient, samples values of the observable (reduced to its section) are counted in "
                       "bins equal-width bins over [range_min, range_max] (values outside are dropped); an "
                       "automatic range is the min and max over all columns; bin_k of a row is that "
                       "column's count; flows advance one RK4 step of dt per iteration"));
    twin.insert(QStringLiteral("initial_policy"), nameOf(kInitialPolicyNames, r.policy));
    twin.insert(QStringLiteral("range_min"), jsonNumber(d.rangeMin));
    twin.insert(QStringLiteral("range_max"), jsonNumber(d.rangeMax));
    twin.insert(QStringLiteral("escaped_columns"), escaped);
    if (r.keepPoints) {
        twin.insert(QStringLiteral("points_csv"), QStringLiteral("orbit_diagram-points.csv"));
        const std::string points = pointsCsv(d);
        if (!context.sink.file(QStringLiteral("orbit_diagram-points.csv"), bytesOf(points), error))
            return false;
    }
    if (!writeResult(context, QStringLiteral("orbit_diagram"), bytesOf(csv.view()), twin, error))
        return false;
    return writeFigures(context, result, error);
}

} // namespace nd::cli
