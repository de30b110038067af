// The AKOrN run's figures (figures.h): the GUI's AKOrN view drawn once per sub-plot, so
// `neurodyn-cli run` shows what the view shows: for a grid the orientation hue image and the
// local order image of the last state, for grids and networks the order inside vs outside over
// the steps and both energies over the steps. Main (GUI) thread only.
#include "cli/figures.h"

#ifdef NEURODYN_HAVE_FIGURES
#include "cli/figureexport.h"

#include "plots/akornview.h"

namespace nd::cli {

bool drawFigures(const RunContext& context, const compute::AkornComputation& c, QString& error)
{
    AkornView view;
    view.resize(kFigureWidth, kFigureHeight);
    view.setResult(c.result, c.settings.radius);
    // exportParts skips the images of a network (no data there).
    return exportParts(view, context.dir, QStringLiteral("akorn"),
                       {{"orientation", view.orientationPlot()},
                        {"local_order", view.localOrderPlot()},
                        {"order", view.orderPlot()},
                        {"energy", view.energyPlot()}},
                       error);
}

} // namespace nd::cli

#endif
