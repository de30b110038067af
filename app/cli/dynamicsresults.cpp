// fixed_points (with the critical set) and lyapunov results of `neurodyn-cli run`.
#include "cli/analysisresults.h"
#include "cli/clicommon.h"
#include "cli/resultfiles.h"

#include "compute/dynamicscompute.h"

#include <QJsonArray>

namespace nd::cli {

namespace {

// fixed_points-critical_set.csv (one row per point of LC_-1 with its image on LC) and the
// twin's "critical_set" object.
bool writeCriticalSet(const RunContext& context, const compute::CriticalSetComputation& c,
                      const std::vector<std::string>& names, QJsonObject& twin, QString& error)
{
    const QString file = QStringLiteral("fixed_points-critical_set.csv");
    QList<QByteArray> header{"index"};
    for (const auto& n : names)
        header << QByteArray::fromStdString(n);
    for (const auto& n : names)
        header << "image_" + QByteArray::fromStdString(n);
    // The slice column only for slices: the files of one- and two-variable maps keep their columns.
    const bool slice = !c.options.slice.empty();
    header << "determinant";
    if (slice)
        header << "slice";
    QByteArray csv = csvLine(header);
    for (std::size_t k = 0; k < c.set.points.size(); ++k) {
        QList<QByteArray> row{QByteArray::number(static_cast<qulonglong>(k))};
        for (double v : c.set.points[k])
            row << csvNumber(v);
        for (double v : c.set.images[k])
            row << csvNumber(v);
        row << csvNumber(c.set.determinants[k]);
        if (slice)
            row << QByteArray::number(c.set.sliceOf[k]);
        csv += csvLine(row);
    }
    QJsonArray segments;
    for (const auto& [a, b] : c.set.segments)
        segments.append(QJsonArray{a, b});
    QJsonArray sliceVariables;
    for (int i : c.options.slice)
        sliceVariables.append(QString::fromStdString(names[static_cast<std::size_t>(i)]));
    QJsonObject fraction;
    if (c.distance)
        fraction = QJsonObject{{"distance", *c.distance},
                               {"orbit_points", static_cast<double>(c.orbit.size())},
                               {"fraction", jsonNumber(c.orbitFraction)}};
    twin.insert(
        QStringLiteral("critical_set"),
        QJsonObject{
            {"slice_variables", sliceVariables},
            {"slice_states", jsonMatrix(c.options.sliceStates)},
            {"slice_of", jsonCounts(c.set.sliceOf)},
            {"orbit_fraction", c.distance ? QJsonValue(fraction) : QJsonValue()},
            {"box_min", jsonArray(c.options.boxMin)},
            {"box_max", jsonArray(c.options.boxMax)},
            {"resolution", c.options.resolution},
            {"count", static_cast<double>(c.set.points.size())},
            {"points", jsonMatrix(c.set.points)},
            {"images", jsonMatrix(c.set.images)},
            {"determinants", jsonArray(c.set.determinants)},
            {"segments", segments},
            {"csv", file},
            {"conventions",
             QStringLiteral(
                 "LC_-1 is where det J = 0, LC = F(LC_-1) its image (point k of images is F of point k); "
                 "1-D: every sign change of F' between neighbours of a uniform grid of `resolution` "
                 "cells over the box, located by bisection; 2-D: det J on the (resolution + 1)^2 "
                 "vertices, one point per cell edge with a sign change (bisection along the edge), "
                 "segments join the points of one cell (marching squares) and likewise their images; "
                 "zeros where det J touches 0 without a sign change, and pieces smaller than a cell, "
                 "are not found; determinant is det J at the point (a residual, ~0); an empty box in "
                 "the study is the seed box; slice (slice_variables set): the two variables vary over the "
                 "box, every other coordinate is that of the slice state (the study's initial state, given "
                 "values, or points of the orbit from the initial state: slice_of names each point's slice), "
                 "det J is the full Jacobian's determinant, points and images are full states (a picture "
                 "projects them on the two variables); orbit_fraction: fraction of the orbit's points "
                 "(initial state, transient dropped) whose Euclidean distance in the full state space to "
                 "the nearest point or segment of LC_-1 is below distance (for a slice through the orbit "
                 "point this is the distance along the slice; a fixed slice adds the other coordinates' "
                 "offset); 0 for distance 0")}});
    return context.sink.file(file, csv, error);
}

} // namespace

bool writeFixedPoints(const RunContext& context, QString& error)
{
    const Study& study = context.plan.study;
    const compute::FixedPointsResult r = compute::fixedPoints(study, context.plan.threads, context.progress);
    const auto names = study.createModel()->variableNames();
    QList<QByteArray> header{"index"};
    for (const auto& n : names)
        header << QByteArray::fromStdString(n);
    header << "stability"
           << "unstable_count"
           << "determinant"
           << "residual"
           << "homogeneous";
    for (std::size_t i = 0; i < names.size(); ++i) {
        const QByteArray k = QByteArray::number(static_cast<qulonglong>(i + 1));
        header << "eigenvalue" + k + "_re"
               << "eigenvalue" + k + "_im"
               << "modulus" + k;
    }
    QByteArray csv = csvLine(header);
    QJsonArray points;
    for (std::size_t p = 0; p < r.points.size(); ++p) {
        const FixedPoint& f = r.points[p];
        QList<QByteArray> row{QByteArray::number(static_cast<qulonglong>(p))};
        for (double v : f.state)
            row << csvNumber(v);
        row << QByteArray::fromStdString(stabilityName(f.stability)) << QByteArray::number(f.unstableCount)
            << csvNumber(f.determinant) << csvNumber(f.residual) << (f.homogeneous ? "1" : "0");
        for (std::size_t i = 0; i < f.eigenvalues.size(); ++i)
            row << csvNumber(f.eigenvalues[i].real()) << csvNumber(f.eigenvalues[i].imag())
                << csvNumber(f.moduli[i]);
        csv += csvLine(row);
        points.append(QJsonObject{{"state", jsonArray(f.state)},
                                  {"eigenvalues", complexArray(f.eigenvalues)},
                                  {"moduli", jsonArray(f.moduli)},
                                  {"stability", QString::fromStdString(stabilityName(f.stability))},
                                  {"unstable_count", f.unstableCount},
                                  {"determinant", jsonNumber(f.determinant)},
                                  {"residual", jsonNumber(f.residual)},
                                  {"homogeneous", f.homogeneous}});
    }
    QJsonArray variables;
    for (const auto& n : names)
        variables.append(QString::fromStdString(n));
    QJsonObject twin = twinFor(study, QStringLiteral("fixed_points"));
    twin.insert(QStringLiteral("seed_box_min"), jsonArray(r.options.boxMin));
    twin.insert(QStringLiteral("seed_box_max"), jsonArray(r.options.boxMax));
    twin.insert(QStringLiteral("variables"), variables);
    twin.insert(QStringLiteral("count"), static_cast<int>(r.points.size()));
    twin.insert(QStringLiteral("points"), points);
    twin.insert(
        QStringLiteral("conventions"),
        QStringLiteral("damped Newton from the study's initial state and `seeds` seeds uniform in the box "
                       "(every second one homogeneous for networks); points closer than "
                       "duplicate_tolerance (max norm, relative) are one; maps: F(x) = x, eigenvalues of "
                       "the Jacobian are the multipliers sorted by decreasing modulus, unstable_count counts "
                       "moduli > 1; flows: F(x) = 0, sorted by decreasing real part, unstable_count counts "
                       "positive real parts; non-hyperbolic within hyperbolic_tolerance; det J = 0 marks "
                       "where a map is not locally invertible; residual is max |F(x) - x| (maps) or "
                       "max |F(x)| (flows)"));
    if (r.criticalSet && !writeCriticalSet(context, *r.criticalSet, names, twin, error))
        return false;
    return writeResult(context, QStringLiteral("fixed_points"), csv, twin, error) &&
           writeFigures(context, r, error);
}

bool writeLyapunov(const RunContext& context, QString& error)
{
    const Study& study = context.plan.study;
    const compute::LyapunovComputation c = compute::lyapunov(study, context.plan.threads, context.progress);
    const LyapunovResult& r = c.result;
    const std::size_t k = r.exponents.empty() ? 1 : r.exponents.size();
    QList<QByteArray> header{"time"};
    for (std::size_t j = 0; j < k; ++j)
        header << "estimate_" + QByteArray::number(static_cast<qulonglong>(j + 1));
    QByteArray csv = csvLine(header);
    for (std::size_t i = 0; i < r.curveTime.size(); ++i) {
        QList<QByteArray> row{csvNumber(r.curveTime[i])};
        for (std::size_t j = 0; j < k && i * k + j < r.curve.size(); ++j)
            row << csvNumber(r.curve[i * k + j]);
        csv += csvLine(row);
    }
    if (r.curveTime.empty() && r.defined) {
        // No convergence curve (the largest exponent alone, or curve_points 0): the final estimate.
        const bool flow = study.createModel()->timeKind() == TimeKind::Flow;
        QList<QByteArray> row{csvNumber(static_cast<double>(c.options.steps) * (flow ? c.options.dt : 1.0))};
        for (double e : r.exponents)
            row << csvNumber(e);
        csv += csvLine(row);
    }
    QJsonObject twin = twinFor(study, QStringLiteral("lyapunov"));
    twin.insert(QStringLiteral("defined"), r.defined);
    if (!r.defined)
        twin.insert(QStringLiteral("reason"), QString::fromStdString(r.reason));
    twin.insert(QStringLiteral("exponents"), jsonArray(r.exponents));
    twin.insert(QStringLiteral("sum"), r.defined ? jsonNumber(r.sum) : QJsonValue());
    twin.insert(QStringLiteral("kaplan_yorke"),
                r.kaplanYorkeDefined ? jsonNumber(r.kaplanYorke) : QJsonValue());
    if (!r.kaplanYorkeNote.empty())
        twin.insert(QStringLiteral("kaplan_yorke_note"), QString::fromStdString(r.kaplanYorkeNote));
    twin.insert(
        QStringLiteral("conventions"),
        QString::fromStdString(r.conventions) +
            QStringLiteral("; QR (Benettin) method from the study's initial state after the transient; "
                           "exponents sorted in descending order; Kaplan-Yorke dimension j + S_j / "
                           "|lambda_(j+1)| of the reported exponents; the CSV is the convergence curve: "
                           "running estimates in QR order after `time` iterations (maps) or time units "
                           "(flows)"));
    return writeResult(context, QStringLiteral("lyapunov"), csv, twin, error) &&
           writeFigures(context, c, error);
}

bool writeLyapunovAlong(const RunContext& context, QString& error)
{
    const Study& study = context.plan.study;
    const compute::LyapunovAlongComputation c =
        compute::lyapunovAlong(study, context.plan.threads, context.progress);
    const LyapunovAlongResult& r = c.result;
    const auto k = static_cast<std::size_t>(r.exponents);
    QList<QByteArray> header{QByteArray::fromStdString(c.along.parameter)};
    for (std::size_t j = 0; j < k; ++j)
        header << "lambda_" + QByteArray::number(static_cast<qulonglong>(j + 1));
    header << "sum"
           << "kaplan_yorke"
           << "escaped"
           << "reason";
    QByteArray csv = csvLine(header);
    QJsonArray exponents, sums, dimensions, defined, escaped, reasons;
    for (std::size_t i = 0; i < r.rows.size(); ++i) {
        const LyapunovResult& row = r.rows[i];
        QList<QByteArray> line{csvNumber(r.values[i])};
        for (std::size_t j = 0; j < k; ++j)
            line << (row.defined && j < row.exponents.size() ? csvNumber(row.exponents[j]) : QByteArray());
        line << (row.defined ? csvNumber(row.sum) : QByteArray())
             << (row.defined && row.kaplanYorkeDefined ? csvNumber(row.kaplanYorke) : QByteArray())
             << (row.escaped ? "1" : "0") << QByteArray::fromStdString(row.reason);
        csv += csvLine(line);
        exponents.append(row.defined ? jsonArray(row.exponents) : QJsonValue());
        sums.append(row.defined ? jsonNumber(row.sum) : QJsonValue());
        dimensions.append(row.defined && row.kaplanYorkeDefined ? jsonNumber(row.kaplanYorke) : QJsonValue());
        defined.append(row.defined);
        escaped.append(row.escaped);
        reasons.append(QString::fromStdString(row.reason));
    }
    // The twin's settings are the whole lyapunov section (the along object and the options the
    // spectrum at every value uses).
    QJsonObject twin = twinFor(study, QStringLiteral("lyapunov"));
    twin.insert(QStringLiteral("analysis"), QStringLiteral("lyapunov_along"));
    twin.insert(QStringLiteral("parameter"), QString::fromStdString(c.along.parameter));
    twin.insert(QStringLiteral("values"), jsonArray(r.values));
    twin.insert(QStringLiteral("exponent_count"), r.exponents);
    twin.insert(QStringLiteral("exponents"), exponents);
    twin.insert(QStringLiteral("sum"), sums);
    twin.insert(QStringLiteral("kaplan_yorke"), dimensions);
    twin.insert(QStringLiteral("defined"), defined);
    twin.insert(QStringLiteral("escaped"), escaped);
    twin.insert(QStringLiteral("reasons"), reasons);
    twin.insert(
        QStringLiteral("conventions"),
        QString::fromStdString(r.conventions) +
            QStringLiteral("; QR (Benettin) method at every value after the transient, with the "
                           "section's exponents, transient, steps and orthonormalize_every; exponents "
                           "sorted in descending order; sum of the computed exponents; Kaplan-Yorke "
                           "dimension j + S_j / |lambda_(j+1)|; a row whose orbit escaped or whose "
                           "tangent vectors degenerated has no numbers and says why"));
    return writeResult(context, QStringLiteral("lyapunov_along"), csv, twin, error) &&
           writeFigures(context, c, error);
}

} // namespace nd::cli
