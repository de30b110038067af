#include "cli/orbitresult.h"

#include "cli/clicommon.h"
#include "cli/resultfiles.h"

#include "common/parallel.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <limits>

namespace nd::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("OrbitResult", text);
}

struct ColumnData {
    OrbitColumnStatus status;
    std::vector<double> values;        // automatic range
    std::vector<std::uint32_t> counts; // fixed range
};

} // namespace

OrbitDiagramRequest orbitRequestFor(const Study& study, const Model& model)
{
    const OrbitDiagramSettings& s = study.orbitDiagram;
    OrbitDiagramRequest r;
    r.axis.parameter = s.parameter.empty() && model.parameterCount() > 0 ? model.parameterSpecs().front().name
                                                                           : s.parameter;
    r.axis.from = s.from;
    r.axis.to = s.to;
    const int index = model.parameterIndex(r.axis.parameter);
    if (s.from == s.to && index >= 0) {
        r.axis.from = model.parameterSpecs()[static_cast<std::size_t>(index)].typicalMinimum;
        r.axis.to = model.parameterSpecs()[static_cast<std::size_t>(index)].typicalMaximum;
    }
    r.axis.count = s.columns;
    r.transient = s.transient;
    r.samples = s.samples;
    r.observable = Observable::variable(s.variable);
    r.policy = InitialPolicy::Fixed;
    r.initial = study.initialState;
    r.bins = s.bins;
    r.autoRange = !(s.valueMin < s.valueMax);
    r.rangeMin = s.valueMin;
    r.rangeMax = s.valueMax;
    r.escapeBound = study.simulation.escapeBound;
    return r;
}

bool writeOrbitDiagramResult(const QDir& dir, const Study& study, const Model& model,
                             const OrbitDiagramRequest& r, const OrbitDiagram& d, QString& error)
{
    QByteArray csv = "column,parameter,runs,escaped_runs";
    for (int b = 0; b < d.bins; ++b)
        csv += ",bin_" + QByteArray::number(b);
    csv += '\n';
    int escaped = 0;
    for (std::size_t c = 0; c < d.parameterValues.size(); ++c) {
        const OrbitColumnStatus& st = d.status[c];
        escaped += st.escaped() ? 1 : 0;
        csv += QByteArray::number(static_cast<qulonglong>(c)) + ',' + realText(d.parameterValues[c]).toLatin1() +
               ',' + QByteArray::number(st.runs) + ',' + QByteArray::number(st.escapedRuns);
        for (int b = 0; b < d.bins; ++b)
            csv += ',' + QByteArray::number(d.count(static_cast<int>(c), b));
        csv += '\n';
    }
    const auto names = model.variableNames();
    const int variable = r.observable.indices.front();
    QJsonObject twin{
        {"analysis", "orbit_diagram"},
        {"study", studySummaryJson(study)},
        {"settings", QJsonObject{{"parameter", QString::fromStdString(r.axis.parameter)},
                                 {"from", r.axis.from},
                                 {"to", r.axis.to},
                                 {"columns", r.axis.count},
                                 {"bins", r.bins},
                                 {"transient", static_cast<double>(r.transient)},
                                 {"samples", static_cast<double>(r.samples)},
                                 {"variable", QString::fromStdString(names[static_cast<std::size_t>(variable)])},
                                 {"initial_policy", "fixed"},
                                 {"value_range", r.autoRange ? "automatic" : "fixed"},
                                 {"escape_bound", jsonNumber(r.escapeBound)}}},
        {"conventions", "column c uses parameter = from + (to - from) * c / (columns - 1) and starts from the "
                        "study's initial state; after the transient, samples values of the variable are "
                        "counted in bins equal-width bins over [range_min, range_max] (values outside are "
                        "dropped); an automatic range is the min and max over all columns; bin_k of a row "
                        "is that column's count"},
        {"range_min", jsonNumber(d.rangeMin)},
        {"range_max", jsonNumber(d.rangeMax)},
        {"escaped_columns", escaped}};
    return writeResult(dir, QStringLiteral("orbit-diagram"), csv, twin, error);
}

QByteArray computeOrbitTile(const Model& model, const OrbitDiagramRequest& request, int begin, int end,
                            Progress* progress)
{
    std::vector<ColumnData> columns(static_cast<std::size_t>(std::max(0, end - begin)));
    parallelFor(
        columns.size(), request.threads,
        [&](std::size_t i) {
            OrbitDiagramRequest one = request;
            one.axis.from = one.axis.to = request.axis.value(begin + static_cast<int>(i));
            one.axis.count = 1;
            one.threads = 1;
            one.keepPoints = request.autoRange;
            OrbitDiagram d = computeOrbitDiagram(model, one);
            ColumnData& out = columns[i];
            out.status = d.status.front();
            if (request.autoRange)
                out.values = std::move(d.points);
            else
                out.counts = std::move(d.counts);
        },
        progress);
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_0);
    s << qint32(begin) << qint32(end) << bool(request.autoRange);
    for (const ColumnData& c : columns) {
        s << qint32(c.status.runs) << qint32(c.status.escapedRuns) << c.status.computed
          << QString::fromStdString(c.status.escapeReason);
        s << quint64(request.autoRange ? c.values.size() : c.counts.size());
        if (request.autoRange)
            for (double v : c.values)
                s << v;
        else
            for (std::uint32_t n : c.counts)
                s << quint32(n);
    }
    return bytes;
}

bool mergeOrbitTiles(const OrbitDiagramRequest& r, const std::vector<QByteArray>& tiles, OrbitDiagram& d,
                     QString& error)
{
    const int columns = r.axis.count;
    const auto bins = static_cast<std::size_t>(r.bins);
    std::vector<std::vector<double>> values(static_cast<std::size_t>(columns));
    std::vector<bool> seen(static_cast<std::size_t>(columns), false);
    d = OrbitDiagram{};
    d.bins = r.bins;
    d.rangeMin = r.rangeMin;
    d.rangeMax = r.rangeMax;
    d.counts.assign(static_cast<std::size_t>(columns) * bins, 0u);
    d.status.resize(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c)
        d.parameterValues.push_back(r.axis.value(c));
    for (const QByteArray& bytes : tiles) {
        QDataStream s(bytes);
        s.setVersion(QDataStream::Qt_6_0);
        qint32 begin = 0, end = 0;
        bool autoRange = false;
        s >> begin >> end >> autoRange;
        if (s.status() != QDataStream::Ok || begin < 0 || end > columns || begin > end || autoRange != r.autoRange)
            return error = tr("an orbit-diagram tile does not match the study"), false;
        for (int c = begin; c < end; ++c) {
            const auto col = static_cast<std::size_t>(c);
            if (seen[col])
                return error = tr("orbit-diagram column %1 appears in two tiles").arg(c), false;
            seen[col] = true;
            qint32 runs = 0, escapedRuns = 0;
            QString reason;
            quint64 n = 0;
            s >> runs >> escapedRuns >> d.status[col].computed >> reason >> n;
            d.status[col].runs = runs;
            d.status[col].escapedRuns = escapedRuns;
            d.status[col].escapeReason = reason.toStdString();
            if (s.status() != QDataStream::Ok || (!autoRange && n != bins) || n > std::size_t{1} << 34)
                return error = tr("orbit-diagram tile data for column %1 is damaged").arg(c), false;
            for (quint64 k = 0; k < n; ++k) {
                if (autoRange) {
                    double v = 0.0;
                    s >> v;
                    values[col].push_back(v);
                } else {
                    quint32 count = 0;
                    s >> count;
                    d.counts[col * bins + k] = count;
                }
            }
            if (s.status() != QDataStream::Ok)
                return error = tr("orbit-diagram tile data for column %1 is truncated").arg(c), false;
        }
    }
    const auto missing = std::find(seen.begin(), seen.end(), false);
    if (missing != seen.end())
        return error = tr("orbit-diagram column %1 is in no tile").arg(missing - seen.begin()), false;
    if (r.autoRange) {
        // The engine's rule for an automatic range (orbitdiagram.cpp), applied to all columns.
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (const auto& v : values)
            for (double x : v)
                if (std::isfinite(x)) {
                    lo = std::min(lo, x);
                    hi = std::max(hi, x);
                }
        if (!(lo <= hi)) {
            lo = 0.0;
            hi = 1.0;
        } else if (lo == hi) {
            const double pad = std::max(1e-12, 1e-6 * std::fabs(lo));
            lo -= pad;
            hi += pad;
        }
        d.rangeMin = lo;
        d.rangeMax = hi;
        for (int c = 0; c < columns; ++c)
            if (d.status[static_cast<std::size_t>(c)].computed)
                for (double x : values[static_cast<std::size_t>(c)]) {
                    const int b = binOf(x, lo, hi, r.bins);
                    if (b >= 0)
                        ++d.counts[static_cast<std::size_t>(c) * bins + static_cast<std::size_t>(b)];
                }
    }
    toneMapColumns(d.counts, columns, r.bins, d.tone);
    for (int c = 0; c < columns; ++c)
        if (d.status[static_cast<std::size_t>(c)].escaped())
            std::fill_n(d.tone.begin() + static_cast<long>(c) * r.bins, r.bins, 0.0f);
    return true;
}

} // namespace nd::cli
