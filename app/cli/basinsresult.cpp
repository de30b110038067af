#include "cli/basinsresult.h"

#include "cli/clicommon.h"
#include "cli/resultfiles.h"

#include "compute/computecommon.h"
#include "compute/dynamicscompute.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QJsonArray>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "BasinsResult".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(BasinsResult)
};

// Reads the rows of every tile into the row-major cell outcomes of the whole grid; false for
// malformed, overlapping or missing rows.
bool readRows(const Study& study, const std::vector<QByteArray>& tiles, std::vector<BasinCellOutcome>& cells,
              QString& error)
{
    const auto model = study.createModel();
    const BasinRequest request =
        compute::inSection("basins", [&] { return compute::basinRequest(study, *model); });
    const int nx = request.x.count, ny = request.y.count, n = model->dimension();
    if (nx < 1 || ny < 1)
        return error = Text::tr("a basins tile does not match the study"), false;
    cells.assign(static_cast<std::size_t>(nx) * static_cast<std::size_t>(ny), {});
    std::vector<bool> seen(static_cast<std::size_t>(ny), false);
    for (const QByteArray& bytes : tiles) {
        QDataStream s(bytes);
        s.setVersion(QDataStream::Qt_6_0);
        qint32 begin = 0, end = 0, columns = 0;
        s >> begin >> end >> columns;
        if (s.status() != QDataStream::Ok || begin < 0 || end > ny || begin > end || columns != nx)
            return error = Text::tr("a basins tile does not match the study"), false;
        for (int iy = begin; iy < end; ++iy) {
            if (seen[static_cast<std::size_t>(iy)])
                return error = Text::tr("basins row %1 appears in two tiles").arg(iy), false;
            seen[static_cast<std::size_t>(iy)] = true;
            for (int ix = 0; ix < nx; ++ix) {
                BasinCellOutcome& c = cells[static_cast<std::size_t>(iy) * static_cast<std::size_t>(nx) +
                                            static_cast<std::size_t>(ix)];
                qint32 state = 0, period = 0;
                quint32 points = 0;
                s >> state >> period >> points;
                if (s.status() != QDataStream::Ok)
                    return error = Text::tr("basins tile data for row %1 is truncated").arg(iy), false;
                const bool settled = state == kBasinSettled;
                const bool known =
                    settled ? period >= 0 && period <= request.maxPeriod
                            : (state == kBasinEscaped || state == kBasinNotComputed) && period == 0;
                const qint64 expected = settled && known ? qint64{period > 0 ? period : 2} * n : 0;
                if (!known || qint64{points} != expected)
                    return error = Text::tr("basins tile data for row %1 is damaged").arg(iy), false;
                c.state = state;
                c.period = period;
                c.points.resize(points);
                for (double& v : c.points)
                    s >> v;
            }
            if (s.status() != QDataStream::Ok)
                return error = Text::tr("basins tile data for row %1 is truncated").arg(iy), false;
        }
    }
    for (int iy = 0; iy < ny; ++iy)
        if (!seen[static_cast<std::size_t>(iy)])
            return error = Text::tr("basins row %1 is in no tile").arg(iy), false;
    return true;
}

// basins.json "measures": the entropies, and the uncertainty exponent and Wada test when asked.
QJsonObject measuresJson(const compute::BasinMeasures& m)
{
    const BasinEntropyReport& e = m.entropy;
    QJsonObject o{{"box_size", e.boxSize},
                  {"boxes", static_cast<double>(e.boxes)},
                  {"boundary_boxes", static_cast<double>(e.boundaryBoxes)},
                  {"outcomes", e.outcomes},
                  {"basin_entropy", jsonNumber(e.basinEntropy)},
                  {"boundary_basin_entropy", jsonNumber(e.boundaryBasinEntropy)},
                  {"fractal_by_ln2", e.fractalByLn2}};
    if (m.uncertainty) {
        const UncertaintyReport& u = *m.uncertainty;
        QJsonObject uo{{"epsilons", jsonArray(u.epsilons)},
                       {"fractions", jsonArray(u.fractions)},
                       {"samples", static_cast<double>(u.samples)},
                       {"fitted", u.fitted}};
        QJsonArray uncertain;
        for (long n : u.uncertain)
            uncertain.append(static_cast<double>(n));
        uo.insert("uncertain", uncertain);
        if (u.fitted) {
            uo.insert("exponent", jsonNumber(u.exponent));
            uo.insert("exponent_error", jsonNumber(u.exponentError));
            uo.insert("r_squared", jsonNumber(u.fit.rSquared));
            uo.insert("fit_points", static_cast<double>(u.fit.points));
        }
        o.insert("uncertainty", uo);
    }
    if (m.wada) {
        const WadaReport& w = *m.wada;
        QJsonArray seen;
        for (long n : w.seen)
            seen.append(static_cast<double>(n));
        o.insert("wada", QJsonObject{{"applicable", w.applicable},
                                     {"outcomes", w.outcomes},
                                     {"boundary_cells", static_cast<double>(w.boundaryCells)},
                                     {"seen", seen},
                                     {"wada_fraction", jsonNumber(w.wadaFraction)},
                                     {"levels_used", w.levelsUsed},
                                     {"classified", static_cast<double>(w.classified)}});
    }
    return o;
}

} // namespace

QByteArray computeBasinsTile(const RunPlan& plan, int i, int n, Progress* progress)
{
    int begin = 0, end = 0;
    tileColumns(i, n, plan.study.analyses.basins->y.count, begin, end);
    const BasinRows rows = compute::basinRows(plan.study, begin, end, plan.threads, progress);
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_0);
    s << qint32(rows.y0) << qint32(rows.y1) << qint32(rows.nx);
    for (const BasinCellOutcome& c : rows.cells) {
        s << qint32(c.state) << qint32(c.period) << quint32(c.points.size());
        for (double v : c.points)
            s << v;
    }
    return bytes;
}

bool writeBasins(const RunContext& context, QString& error)
{
    const Study& study = context.plan.study;
    compute::BasinsComputation c;
    if (context.tiles.empty()) {
        c = compute::basins(study, context.plan.threads, context.progress);
    } else {
        std::vector<QByteArray> parts;
        std::vector<BasinCellOutcome> cells;
        if (!tilePayloads(context.tiles, QStringLiteral("basins"), parts, error) ||
            !readRows(study, parts, cells, error))
            return false;
        c = compute::assembleBasins(study, cells, context.plan.threads, context.progress);
    }
    const BasinResult& r = c.result;
    const BasinSettings& s = *study.analyses.basins;
    QByteArray csv = csvLine({"ix", "iy", QByteArray::fromStdString(s.x.variable),
                              QByteArray::fromStdString(s.y.variable), "label"});
    for (int iy = 0; iy < r.ny; ++iy)
        for (int ix = 0; ix < r.nx; ++ix)
            csv += QByteArray::number(ix) + ',' + QByteArray::number(iy) + ',' +
                   csvNumber(r.xValues[static_cast<std::size_t>(ix)]) + ',' +
                   csvNumber(r.yValues[static_cast<std::size_t>(iy)]) + ',' +
                   QByteArray::number(r.at(ix, iy)) + '\n';
    QJsonArray attractors;
    for (const BasinAttractor& a : r.attractors)
        attractors.append(QJsonObject{{"label", a.label},
                                      {"period", a.period},
                                      {"points", jsonArray(a.points)},
                                      {"cells", static_cast<double>(a.cells)},
                                      {"fraction", jsonNumber(a.fraction)},
                                      {"description", QString::fromStdString(a.description)}});
    QJsonObject twin = twinFor(study, QStringLiteral("basins"));
    if (c.measures)
        twin.insert(QStringLiteral("measures"), measuresJson(*c.measures));
    twin.insert(QStringLiteral("nx"), r.nx);
    twin.insert(QStringLiteral("ny"), r.ny);
    twin.insert(QStringLiteral("attractors"), attractors);
    twin.insert(QStringLiteral("escaped_cells"), static_cast<double>(r.escapedCells));
    twin.insert(QStringLiteral("escaped_fraction"), jsonNumber(r.escapedFraction));
    twin.insert(
        QStringLiteral("conventions"),
        QStringLiteral("cell (ix, iy) starts from the study's initial state with the two coordinates set to "
                       "x = from + (to - from) ix / (count - 1) and likewise y, iterates the transient, then "
                       "fingerprints the next `window` iterations: a periodic orbit (period <= max_period "
                       "within period_tolerance) is the set of its points, matched within match_tolerance; "
                       "an aperiodic one is the mean and spread of each coordinate, matched within "
                       "aperiodic_tolerance; labels are numbered by period, then by the attractor's points; "
                       "-1 marks escape"));
    return writeResult(context, QStringLiteral("basins"), csv, twin, error) &&
           writeFigures(context, c, error);
}

} // namespace nd::cli
