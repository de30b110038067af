// Figures of the time-series measures (0-1 test, sample entropy, synchrony, MFDFA) and of the
// network's multifractal spectrum (figures.h).
#include "cli/figures.h"

#ifdef NEURODYN_HAVE_FIGURES
#include "cli/figureexport.h"

#include "compute/computecommon.h"
#include "plots/multifractalview.h"
#include "plots/sampleentropyview.h"
#include "plots/synchronyview.h"
#include "plots/zerooneview.h"

namespace nd::cli {

namespace {

// The sub-plots of a multifractal view; the h(q) plot is shown for MFDFA only.
bool exportMultifractal(const MultifractalView& view, const QDir& dir, const QString& base, QString& error)
{
    return exportParts(view, dir, base,
                       {{"h", view.hPlot()},
                        {"tau", view.tauPlot()},
                        {"spectrum", view.spectrumPlot()},
                        {"loglog", view.logLogPlot()}},
                       error);
}

} // namespace

bool drawFigures(const RunContext& context, const compute::ZeroOneComputation& c, QString& error)
{
    // The measured series gives the p-q trajectory and D_c(n) of the c shown (as in the GUI).
    const auto model = context.plan.study.createModel();
    const int index =
        compute::variableIndex(*model, context.plan.study.analyses.zeroOne->variable, "variable");
    const std::vector<double> series = compute::trajectoryColumn(context.trajectory(), index);
    ZeroOneView view;
    view.resize(kFigureWidth, kFigureHeight);
    view.setResult(c.result, series);
    return exportParts(view, context.dir, QStringLiteral("zero_one"),
                       {{"kc", view.kcPlot()},
                        {"trajectory", view.trajectoryPlot()},
                        {"displacement", view.displacementPlot()}},
                       error);
}

bool drawFigures(const RunContext& context, const compute::SampleEntropyComputation& c, QString& error)
{
    SampleEntropyView view;
    view.resize(kFigureWidth, kFigureHeight);
    view.setResult(c.result, c.options);
    return exportFigure(&view, context.dir, QStringLiteral("sample_entropy"), error);
}

bool drawFigures(const RunContext& context, const compute::SynchronyComputation& c, QString& error)
{
    SynchronyView view;
    view.resize(kFigureWidth, kFigureHeight);
    view.setConventions(c.correlation, c.phaseConvention);
    view.setCorrelation(c.cross);
    if (c.kuramoto)
        view.setKuramoto(*c.kuramoto, c.phases.firstSample);
    return exportParts(
        view, context.dir, QStringLiteral("synchrony"),
        {{"order", view.orderPlot()}, {"matrix", view.matrixPlot()}, {"nodes", view.nodePlot()}}, error);
}

bool drawFigures(const RunContext& context, const compute::MfdfaComputation& c, QString& error)
{
    MultifractalView view;
    view.resize(kFigureWidth, kFigureHeight);
    view.setMfdfa(c.result);
    return exportMultifractal(view, context.dir, QStringLiteral("mfdfa"), error);
}

bool drawFigures(const RunContext& context, const compute::NetworkSpectrumComputation& c, QString& error)
{
    MultifractalView view;
    view.resize(kFigureWidth, kFigureHeight);
    view.setNetworkSpectrum(c.result);
    return exportMultifractal(view, context.dir, QStringLiteral("network_spectrum"), error);
}

} // namespace nd::cli

#endif
