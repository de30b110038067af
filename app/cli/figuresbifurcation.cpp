// Figures of the orbit diagram, the parameter scan and the continuation (figures.h); the first
// two carry the continuation's branches and curves where they share its parameters.
#include "cli/figures.h"

#ifdef NEURODYN_HAVE_FIGURES
#include "cli/figureexport.h"
#include "compute/scancompute.h"

#include "analysis/scanunit.h"

#include "plots/continuationview.h"
#include "plots/orbitdiagramview.h"
#include "plots/parameterplaneview.h"

#include <QRectF>

namespace nd::cli {

namespace {

std::vector<Branch> branchesOf(const compute::ContinuationComputation& c)
{
    std::vector<Branch> out;
    for (const compute::ContinuationBranch& b : c.branches)
        out.push_back(b.branch);
    return out;
}

} // namespace

bool drawFigures(const RunContext& context, const compute::OrbitDiagramResult& result, QString& error)
{
    const OrbitDiagram& d = result.diagram;
    const OrbitDiagramRequest& r = result.request;
    const int columns = static_cast<int>(d.parameterValues.size());
    OrbitDiagramView view;
    view.resize(kFigureWidth, kFigureHeight);
    view.reset(QRectF(r.axis.from, d.rangeMin, r.axis.to - r.axis.from, d.rangeMax - d.rangeMin), columns,
               d.bins, QString::fromStdString(result.parameterLabel),
               QString::fromStdString(result.observableLabel));
    std::vector<double> density(static_cast<std::size_t>(d.bins));
    for (int c = 0; c < columns; ++c) {
        const auto first = d.tone.begin() + static_cast<std::ptrdiff_t>(c) * d.bins;
        std::copy(first, first + d.bins, density.begin());
        view.setColumn(c, density);
        if (d.status[static_cast<std::size_t>(c)].escaped())
            view.setColumnEscaped(c);
    }
    view.refresh();
    // The branches belong in the diagram when they are continued in its parameter and the diagram
    // shows one state variable sample by sample (not a mean, a section, a wrapped phase or R).
    const auto& continuation = context.plan.study.analyses.continuation;
    const Observable& o = r.observable;
    if (continuation && continuation->parameter == r.axis.parameter && o.indices.size() == 1 &&
        o.section == Section::None && o.reduction == Reduction::Mean) {
        const auto model = context.plan.study.createModel();
        view.setBranches(branchesOf(context.continuation()), o.indices.front(), model.get());
    }
    return exportFigure(&view, context.dir, QStringLiteral("orbit_diagram"), error);
}

bool drawFigures(const RunContext& context, const ScanResult& result, QString& error)
{
    const Study& study = context.plan.study;
    const ScanSettings& s = *study.analyses.parameterScan;
    const QString x = QString::fromStdString(s.x.parameter);
    const QString y = s.y ? QString::fromStdString(s.y->parameter) : QString();
    ParameterPlaneView view;
    view.resize(kFigureWidth, kFigureHeight);
    view.setResult(result, x, y);
    // The study's colour range, as the GUI's view shows it; none: the same automatic range.
    if (const auto& range = study.view.scanColorRange)
        view.setColorRange(QwtInterval(range->first, range->second));
    // The unit for this model's kind of time ("per iteration" for a map), not both cases the
    // result file names.
    const auto model = study.createModel();
    view.setMeasure(
        QString::fromStdString(result.measure),
        QString::fromStdString(scanUnitFor(*compute::scanMeasure(study, *model), model->timeKind())));
    // Two-parameter curves over a 2-D scan of the same two parameters (in either order).
    const auto& continuation = study.analyses.continuation;
    if (s.y && continuation && continuation->curves) {
        const std::string& first = continuation->parameter;
        const std::string& second = continuation->curves->secondParameter;
        if ((first == s.x.parameter && second == s.y->parameter) ||
            (first == s.y->parameter && second == s.x.parameter))
            view.setCurves(branchesOf(context.continuation()));
    }
    return exportFigure(&view, context.dir, QStringLiteral("parameter_scan"), error);
}

bool drawFigures(const RunContext& context, const compute::ContinuationComputation& c, QString& error)
{
    const auto model = context.plan.study.createModel();
    ContinuationView view;
    view.resize(kFigureWidth, kFigureHeight);
    view.setBranches(branchesOf(c), model.get());
    return exportParts(view, context.dir, QStringLiteral("continuation"),
                       {{"branches", view.branchPlot()}, {"curves", view.curvePlot()}}, error);
}

} // namespace nd::cli

#endif
