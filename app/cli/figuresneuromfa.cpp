// NeuroMFA over training's figures, the same for `run` and `neurodyn-cli neuromfa`: the spectra
// coloured early to late, alpha_0 / width / E over the steps, and E against the benchmark
// scores when there are any (figures.h).
#include "cli/figures.h"

#ifdef NEURODYN_HAVE_FIGURES
#include "cli/figureexport.h"

#include "plots/emergenceview.h"

namespace nd::cli {

bool drawNeuroMfaFigures(const QDir& dir, const NeuroMfaSeriesResult& result,
                         const std::optional<BenchmarkScores>& scores, QString& error)
{
    EmergenceView view;
    view.resize(kFigureWidth, kFigureHeight);
    view.setResult(result, scores);
    return exportParts(
        view, dir, QStringLiteral("neuromfa"),
        {{"spectra", view.spectraPlot()}, {"metrics", view.metricsPlot()}, {"scores", view.scoresPlot()}},
        error);
}

bool drawFigures(const RunContext& context, const compute::NeuroMfaComputation& c, QString& error)
{
    return drawNeuroMfaFigures(context.dir, c.result, c.scores, error);
}

} // namespace nd::cli

#endif
