// The attractor atlas's figure: basin fractions against the parameter as stacked areas, one
// colour per attractor id (figures.h).
#include "cli/figures.h"

#ifdef NEURODYN_HAVE_FIGURES
#include "cli/figureexport.h"

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
    return exportFigure(&view, context.dir, QStringLiteral("attractors"), error);
}

} // namespace nd::cli

#endif
