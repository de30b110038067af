// The attractor atlas's figures: basin fractions against the parameter as stacked areas, one
// colour per attractor id, and along a parameter the orbit diagram coloured by attractor
// (attractors-orbits.png; its data is attractors-orbits.csv, written by attractorsresult.cpp)
// (figures.h).
#include "cli/figures.h"

#ifdef NEURODYN_HAVE_FIGURES
#include "cli/figureexport.h"

#include "compute/attractorscompute.h"
#include "plots/attractororbitdiagramview.h"
#include "plots/attractorsview.h"

#include <QCoreApplication>

namespace nd::cli {

bool drawFigures(const RunContext& context, const compute::AttractorsComputation& c, QString& error)
{
    const AttractorSettings& s = *context.plan.study.analyses.attractors;
    AttractorsView view;
    view.resize(kFigureWidth, kFigureHeight);
    if (c.along) {
        view.setFractions(attractorFractions(c.continuation), QString::fromStdString(s.along->parameter));
    } else {
        // No axis: one stacked column at the study's parameter values.
        view.setFractions(attractorFractions(c.result, 0.0),
                          QCoreApplication::translate("Figures", "at the study's parameter values"));
    }
    if (!exportFigure(&view, context.dir, QStringLiteral("attractors"), error))
        return false;
    if (!c.along)
        return true;
    const Study& study = context.plan.study;
    const auto model = study.createModel();
    const int variable = compute::attractorDiagramVariable(study, *model);
    AttractorOrbitPoints points;
    for (const compute::AttractorOrbitSample& p : compute::attractorOrbitSamples(c, *model, variable)) {
        points.parameter.push_back(p.parameter);
        points.column.push_back(p.column);
        points.id.push_back(p.id);
        points.value.push_back(p.value);
    }
    const AttractorFractions& f = view.fractions();
    for (std::size_t k = 0; k < f.ids.size() && k < f.names.size(); ++k)
        points.names[f.ids[k]] = f.names[k];
    AttractorOrbitDiagramView diagram;
    diagram.resize(kFigureWidth, kFigureHeight);
    diagram.setOrbits(points, QString::fromStdString(s.along->parameter),
                      QString::fromStdString(model->variableNames()[static_cast<std::size_t>(variable)]));
    return exportFigure(&diagram, context.dir, QStringLiteral("attractors-orbits"), error);
}

} // namespace nd::cli

#endif
