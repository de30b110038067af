// Figures of the trajectory, the Lyapunov exponents (at a point and along a parameter) and the
// basins of attraction (figures.h).
#include "cli/figures.h"

#ifdef NEURODYN_HAVE_FIGURES
#include "cli/figureexport.h"

#include "plots/basinsview.h"
#include "plots/lyapunovalongview.h"
#include "plots/lyapunovview.h"
#include "plots/oscillatorviews.h"
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

// The views' own trajectory rules (oscillatorphases.h: angles as their sines in the series,
// wrapped in the phase portrait), so a figure shows what the GUI shows.
bool writeSeries(const QDir& dir, const Trajectory& t, const Model& model, QString& error)
{
    TimeSeriesView view;
    view.resize(kFigureWidth, kFigureHeight);
    view.setTrajectory(t, &model, kSeriesShown);
    return exportFigure(&view, dir, QStringLiteral("trajectory-series"), error);
}

// The plane of the study's view settings, or the return map of a one-variable model.
bool writePhase(const QDir& dir, const Trajectory& t, const Model& model, const ViewState& v, QString& error)
{
    PhasePortraitView view;
    view.resize(kFigureWidth, kFigureHeight);
    view.setTrajectory(t, &model, v.phaseX, v.phaseY, v.cobweb);
    return exportFigure(&view, dir, QStringLiteral("trajectory-phase"), error);
}

// Oscillator networks: the oscillators on the circle at the last step and R(n), as the GUI's
// Oscillators panel shows them.
bool writeOscillators(const QDir& dir, const Trajectory& t, const Model& model, QString& error)
{
    PhaseCircleView circle;
    circle.resize(kFigureHeight, kFigureHeight);
    if (!circle.setTrajectory(t, model))
        return true;
    OrderParameterView order;
    order.resize(kFigureWidth, kFigureHeight);
    order.setTrajectory(t, model);
    return exportFigure(&circle, dir, QStringLiteral("trajectory-oscillators"), error) &&
           exportFigure(&order, dir, QStringLiteral("trajectory-order_parameter"), error);
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
    const auto model = context.plan.study.createModel();
    return writeSeries(context.dir, t, *model, error) &&
           writePhase(context.dir, t, *model, context.plan.study.view, error) &&
           writeSpaceTime(context.dir, t, *model, error) && writeOscillators(context.dir, t, *model, error);
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
