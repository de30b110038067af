// Figures of the entropy family (figures.h): the multiscale entropy curve with the surrogates'
// band, the permutation and approximate entropy tables, and each one's null histogram when the
// section asks for significance.
#include "cli/figures.h"

#ifdef NEURODYN_HAVE_FIGURES
#include "cli/figureexport.h"

#include "plots/entropyviews.h"
#include "plots/nullhistogramview.h"

namespace nd::cli {

namespace {

// <base>-null: the surrogates' null histogram with the observed value and p (nothing without
// significance).
bool exportNull(const RunContext& context, const std::optional<compute::SignificanceComputation>& s,
                const QString& base, QString& error)
{
    if (!s)
        return true;
    NullHistogramView view;
    view.resize(kFigureWidth, kFigureHeight);
    view.setSignificance(s->result, s->options, QString::fromStdString(s->settings.scalar));
    return exportFigure(&view, context.dir, base + QStringLiteral("-null"), error);
}

} // namespace

bool drawFigures(const RunContext& context, const compute::MultiscaleEntropyComputation& c, QString& error)
{
    std::vector<MultiscaleEntropyView::NullScale> band;
    for (const compute::MseNullScale& n : c.nullBand)
        band.push_back({n.scale, n.defined, n.mean, n.sd});
    MultiscaleEntropyView view;
    view.resize(kFigureWidth, kFigureHeight);
    view.setResult(c.result, c.options, band);
    return exportFigure(&view, context.dir, QStringLiteral("mse"), error) &&
           exportNull(context, c.significance, QStringLiteral("mse"), error);
}

bool drawFigures(const RunContext& context, const compute::PermutationEntropyComputation& c, QString& error)
{
    EntropyTableView view;
    view.resize(kFigureWidth, kFigureHeight);
    view.setPermutationEntropy(c.result, c.options);
    return exportFigure(&view, context.dir, QStringLiteral("permutation_entropy"), error) &&
           exportNull(context, c.significance, QStringLiteral("permutation_entropy"), error);
}

bool drawFigures(const RunContext& context, const compute::ApproximateEntropyComputation& c, QString& error)
{
    EntropyTableView view;
    view.resize(kFigureWidth, kFigureHeight);
    view.setApproximateEntropy(c.result, c.options);
    return exportFigure(&view, context.dir, QStringLiteral("apen"), error) &&
           exportNull(context, c.significance, QStringLiteral("apen"), error);
}

} // namespace nd::cli

#endif
