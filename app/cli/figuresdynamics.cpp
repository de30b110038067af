// Figures of the trajectory, the Lyapunov exponents (at a point and along a parameter) and the
// basins of attraction (figures.h).
#include "cli/figures.h"

#ifdef NEURODYN_HAVE_FIGURES
#include "cli/figureexport.h"

#include "plots/basinsview.h"
#include "plots/lyapunovalongview.h"
#include "plots/lyapunovview.h"
#include "plots/phaseportraitview.h"
#include "plots/spacetimeview.h"
#include "plots/timeseriesview.h"

#include <algorithm>

namespace nd::cli {

namespace {

// As the GUI shows a trajectory: at most this many series in the time-series plot, and the
// space-time plot of a network over its last steps.
constexpr std::size_t kSeriesShown = 8;
constexpr std::size_t kSpaceTimeRows = 600;

bool writeSeries(const QDir& dir, const Trajectory& t, QString& error)
{
    std::vector<double> steps;
    for (std::size_t r = 0; r < t.rows(); ++r)
        steps.push_back(static_cast<double>(t.firstStep + static_cast<long>(r) * t.stride));
    const std::size_t shown = std::min(t.columns(), kSeriesShown);
    std::vector<std::vector<double>> series;
    QStringList names;
    for (std::size_t c = 0; c < shown; ++c) {
        series.push_back(t.column(c));
        names << QString::fromStdString(t.names[c]);
    }
    TimeSeriesView view;
    view.resize(kFigureWidth, kFigureHeight);
    view.setSeries(steps, series, names);
    return exportFigure(&view, dir, QStringLiteral("trajectory-series"), error);
}

// The plane of the study's view settings, or the return map of a one-variable model.
bool writePhase(const QDir& dir, const Trajectory& t, const ViewState& v, QString& error)
{
    PhasePortraitView view;
    view.resize(kFigureWidth, kFigureHeight);
    if (t.columns() == 1) {
        view.setReturnMap(t.column(0), QString::fromStdString(t.names[0]), v.cobweb);
    } else {
        const int last = static_cast<int>(t.columns()) - 1;
        const auto x = static_cast<std::size_t>(std::clamp(v.phaseX, 0, last));
        const auto y = static_cast<std::size_t>(std::clamp(v.phaseY, 0, last));
        view.setOrbit(t.column(x), t.column(y), QString::fromStdString(t.names[x]),
                      QString::fromStdString(t.names[y]));
    }
    return exportFigure(&view, dir, QStringLiteral("trajectory-phase"), error);
}

// Networks (their nodes' main variables, nodeVariables): every node over the last steps.
bool writeSpaceTime(const QDir& dir, const Trajectory& t, const Model& model, QString& error)
{
    SpaceTimeView view;
    view.resize(kFigureWidth, kFigureHeight);
    if (!view.setTrajectory(t, model, kSpaceTimeRows))
        return true;
    return exportFigure(&view, dir, QStringLiteral("trajectory-space_time"), error);
}

} // namespace

bool drawFigures(const RunContext& context, const Trajectory& t, QString& error)
{
    if (t.rows() == 0)
        return true;
    return writeSeries(context.dir, t, error) && writePhase(context.dir, t, context.plan.study.view, error) &&
           writeSpaceTime(context.dir, t, *context.plan.study.createModel(), error);
}

bool drawFigures(const RunContext& context, const compute::LyapunovComputation& c, QString& error)
{
    const LyapunovResult& r = c.result;
    if (!r.defined || r.curveTime.empty())
        return true;
    LyapunovView view;
    view.resize(kFigureWidth, kFigureHeight);
    // The GUI's summary names the conventions too; at the export size a title that long is
    // cut off, so the figure names the dimension only (the conventions are in lyapunov.json).
    QString summary = QCoreApplication::translate("Figures", "Lyapunov exponents");
    if (r.kaplanYorkeDefined)
        summary = QCoreApplication::translate("Figures", "Lyapunov exponents, D_KY = %1")
                      .arg(r.kaplanYorke, 0, 'g', 5);
    view.setResult(r.curveTime, r.curve, static_cast<int>(r.exponents.size()), r.exponents, summary);
    return exportFigure(&view, context.dir, QStringLiteral("lyapunov"), error);
}

bool drawFigures(const RunContext& context, const compute::LyapunovAlongComputation& c, QString& error)
{
    const LyapunovAlongResult& r = c.result;
    std::vector<std::vector<double>> exponents;
    std::vector<char> escaped;
    for (const LyapunovResult& row : r.rows) {
        exponents.push_back(row.defined ? row.exponents : std::vector<double>());
        escaped.push_back(row.escaped ? 1 : 0);
    }
    LyapunovAlongView view;
    view.resize(kFigureWidth, kFigureHeight);
    // As for the spectrum at one point, the conventions are in lyapunov_along.json: a title that
    // long is cut off at the export size.
    const QString parameter = QString::fromStdString(c.along.parameter);
    view.setResult(r.values, exponents, escaped, r.exponents, parameter,
                   QCoreApplication::translate("Figures", "Lyapunov spectrum along %1").arg(parameter));
    return exportFigure(&view, context.dir, QStringLiteral("lyapunov_along"), error);
}

bool drawFigures(const RunContext& context, const compute::BasinsComputation& c, QString& error)
{
    const BasinSettings& s = *context.plan.study.analyses.basins;
    BasinsView view;
    view.resize(kFigureWidth, kFigureHeight);
    view.setResult(c.result, QString::fromStdString(s.x.variable), QString::fromStdString(s.y.variable));
    return exportFigure(&view, context.dir, QStringLiteral("basins"), error);
}

} // namespace nd::cli

#endif
