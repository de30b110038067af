#include "cli/scanresult.h"

#include "cli/clicommon.h"
#include "cli/resultfiles.h"

#include "analysis/scanmeasures.h"
#include "common/parallel.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <cmath>

namespace nd::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ScanResult", text);
}

bool readAxis(const QJsonObject& o, const QString& path, ParameterAxis& axis, QString& error)
{
    const QJsonValue p = o.value(QStringLiteral("parameter")), from = o.value(QStringLiteral("from")),
                     to = o.value(QStringLiteral("to")), count = o.value(QStringLiteral("count"));
    if (!p.isString() || !from.isDouble() || !to.isDouble() || !count.isDouble() ||
        count.toDouble() != std::floor(count.toDouble()) || count.toDouble() < 1 || count.toDouble() > 1e6)
        return error = tr("%1 needs parameter (text), from, to (numbers) and count (1 to 1e6)").arg(path), false;
    axis.parameter = p.toString().toStdString();
    axis.from = from.toDouble();
    axis.to = to.toDouble();
    axis.count = count.toInt();
    return true;
}

double number(const QJsonObject& o, const char* key, double fallback)
{
    return o.value(QLatin1String(key)).toDouble(fallback);
}

} // namespace

bool scanPlanFromJson(const QJsonObject& s, const Study& study, ScanPlan& plan, QString& error)
{
    const QString path = QStringLiteral("analyses.parameter_scan");
    plan.section = s;
    if (!readAxis(s.value(QStringLiteral("x")).toObject(), path + QStringLiteral(".x"), plan.request.x, error))
        return false;
    if (s.contains(QStringLiteral("y"))) {
        ParameterAxis y;
        if (!readAxis(s.value(QStringLiteral("y")).toObject(), path + QStringLiteral(".y"), y, error))
            return false;
        plan.request.y = y;
    }
    plan.request.initial = study.initialState;
    SeriesSettings series;
    series.transient = static_cast<long>(number(s, "transient", 1000));
    series.steps = static_cast<long>(number(s, "steps", 10000));
    series.escapeBound = study.simulation.escapeBound;
    const int variable = static_cast<int>(number(s, "variable", 0));
    const QString measure = s.value(QStringLiteral("measure")).toString();
    if (measure == QLatin1String("lyapunov")) {
        LyapunovOptions o;
        o.transient = series.transient;
        o.steps = series.steps;
        o.escapeBound = series.escapeBound;
        o.curvePoints = 0;
        plan.measure = std::make_unique<LargestLyapunovMeasure>(o);
    } else if (measure == QLatin1String("period")) {
        PeriodOptions o;
        o.transient = series.transient;
        o.maxPeriod = static_cast<int>(number(s, "max_period", 64));
        o.tolerance = number(s, "tolerance", 1e-6);
        o.escapeBound = series.escapeBound;
        plan.measure = std::make_unique<PeriodMeasure>(o);
    } else if (measure == QLatin1String("escape")) {
        plan.measure = std::make_unique<EscapeMeasure>(series);
    } else if (measure == QLatin1String("mean")) {
        plan.measure = std::make_unique<MeanMeasure>(variable, series);
    } else if (measure == QLatin1String("spike_rate")) {
        plan.measure = std::make_unique<SpikeRateMeasure>(variable, number(s, "threshold", 0.0), series);
    } else {
        return error = tr("%1.measure must be lyapunov, period, escape, mean or spike_rate, not '%2'")
                           .arg(path, measure),
               false;
    }
    return true;
}

bool writeScanResult(const QDir& dir, const Study& study, const ScanPlan& plan, const ScanResult& r,
                     QString& error)
{
    const QByteArray xName = QByteArray::fromStdString(plan.request.x.parameter);
    const QByteArray yName = plan.request.y ? QByteArray::fromStdString(plan.request.y->parameter) : "y";
    QByteArray csv = "ix,iy," + xName + ',' + yName + ",value,escaped,reason\n";
    int undefined = 0, escaped = 0;
    for (int iy = 0; iy < r.ny; ++iy)
        for (int ix = 0; ix < r.nx; ++ix) {
            const std::size_t k = static_cast<std::size_t>(iy) * static_cast<std::size_t>(r.nx) +
                                  static_cast<std::size_t>(ix);
            undefined += r.defined[k] ? 0 : 1;
            escaped += r.escaped[k] ? 1 : 0;
            QByteArray reason = QByteArray::fromStdString(r.reasons[k]).replace('"', "\"\"");
            csv += QByteArray::number(ix) + ',' + QByteArray::number(iy) + ',' +
                   realText(r.xValues[static_cast<std::size_t>(ix)]).toLatin1() + ',' +
                   (r.yValues.empty() ? QByteArray() : realText(r.yValues[static_cast<std::size_t>(iy)]).toLatin1()) +
                   ',' +
                   (r.defined[k] ? realText(r.values[k]).toLatin1() : QByteArray()) + ',' +
                   (r.escaped[k] ? "1" : "0") + ",\"" + reason + "\"\n";
        }
    QJsonObject twin{
        {"analysis", "parameter_scan"},
        {"study", studySummaryJson(study)},
        {"settings", plan.section},
        {"measure", QString::fromStdString(r.measure)},
        {"unit", QString::fromStdString(r.unit)},
        {"nx", r.nx},
        {"ny", r.ny},
        {"undefined_cells", undefined},
        {"escaped_cells", escaped},
        {"conventions", "cell (ix, iy) uses x = from + (to - from) ix / (count - 1) (and likewise y; a 1-D scan "
                        "has one row with an empty y) and starts from the study's initial state; an "
                        "undefined value is an empty field with its reason"}};
    return writeResult(dir, QStringLiteral("parameter-scan"), csv, twin, error);
}

QByteArray computeScanTile(const Model& model, const ScanPlan& plan, int begin, int end, Progress* progress)
{
    std::vector<ScanResult> columns(static_cast<std::size_t>(std::max(0, end - begin)));
    parallelFor(
        columns.size(), plan.request.threads,
        [&](std::size_t i) {
            ScanRequest one = plan.request;
            one.x.from = one.x.to = plan.request.x.value(begin + static_cast<int>(i));
            one.x.count = 1;
            one.threads = 1;
            columns[i] = computeScan(model, *plan.measure, one);
        },
        progress);
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

bool mergeScanTiles(const ScanPlan& plan, const std::vector<QByteArray>& tiles, ScanResult& r, QString& error)
{
    const int nx = plan.request.x.count;
    const int ny = plan.request.y ? plan.request.y->count : 1;
    const std::size_t cells = static_cast<std::size_t>(nx) * static_cast<std::size_t>(ny);
    r = ScanResult{};
    r.measure = plan.measure->name();
    r.unit = plan.measure->unit();
    r.nx = nx;
    r.ny = ny;
    for (int ix = 0; ix < nx; ++ix)
        r.xValues.push_back(plan.request.x.value(ix));
    for (int iy = 0; plan.request.y && iy < ny; ++iy)
        r.yValues.push_back(plan.request.y->value(iy));
    r.values.assign(cells, 0.0);
    r.defined.assign(cells, 0);
    r.escaped.assign(cells, 0);
    r.computed.assign(cells, 0);
    r.reasons.assign(cells, {});
    std::vector<bool> seen(static_cast<std::size_t>(nx), false);
    for (const QByteArray& bytes : tiles) {
        QDataStream s(bytes);
        s.setVersion(QDataStream::Qt_6_0);
        qint32 begin = 0, end = 0;
        s >> begin >> end;
        if (s.status() != QDataStream::Ok || begin < 0 || end > nx || begin > end)
            return error = tr("a parameter-scan tile does not match the study"), false;
        for (int ix = begin; ix < end; ++ix) {
            if (seen[static_cast<std::size_t>(ix)])
                return error = tr("parameter-scan column %1 appears in two tiles").arg(ix), false;
            seen[static_cast<std::size_t>(ix)] = true;
            qint32 rows = 0;
            s >> rows;
            if (rows != ny)
                return error = tr("parameter-scan tile data for column %1 is damaged").arg(ix), false;
            for (int iy = 0; iy < ny; ++iy) {
                const std::size_t k = static_cast<std::size_t>(iy) * static_cast<std::size_t>(nx) +
                                      static_cast<std::size_t>(ix);
                bool defined = false, escaped = false, computed = false;
                QString reason;
                s >> r.values[k] >> defined >> escaped >> computed >> reason;
                r.defined[k] = defined;
                r.escaped[k] = escaped;
                r.computed[k] = computed;
                r.reasons[k] = reason.toStdString();
            }
            if (s.status() != QDataStream::Ok)
                return error = tr("parameter-scan tile data for column %1 is truncated").arg(ix), false;
        }
    }
    for (int ix = 0; ix < nx; ++ix)
        if (!seen[static_cast<std::size_t>(ix)])
            return error = tr("parameter-scan column %1 is in no tile").arg(ix), false;
    return true;
}

} // namespace nd::cli
