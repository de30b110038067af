// Figures of the recurrence quantification and the embedding choices (figures.h): the GUI's
// recurrence plot and embedding views drawn into the run's folder.
#include "cli/figures.h"

#ifdef NEURODYN_HAVE_FIGURES
#include "cli/figureexport.h"

#include "plots/recurrenceplotview.h"
#include "plots/recurrenceviews.h"

#include <QCoreApplication>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "RecurrenceFigures".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RecurrenceFigures)
};

// The curves behind the choices that were made, as <base>-delay and <base>-dimension.
bool exportChoices(const RunContext& context, const QString& base, const DelayResult* delay,
                   const DimensionResult* dimension, int dimensionDelay, QString& error)
{
    if (delay && !delay->mutualInformation.empty()) {
        DelayChoiceView view;
        view.resize(kFigureWidth, kFigureHeight);
        view.setResult(*delay);
        if (!exportFigure(&view, context.dir, base + QStringLiteral("-delay"), error))
            return false;
    }
    if (dimension && !dimension->fnnFraction.empty()) {
        DimensionChoiceView view;
        view.resize(kFigureWidth, kFigureHeight);
        view.setResult(*dimension, dimensionDelay);
        if (!exportFigure(&view, context.dir, base + QStringLiteral("-dimension"), error))
            return false;
    }
    return true;
}

} // namespace

bool drawFigures(const RunContext& context, const compute::RqaComputation& c, QString& error)
{
    const QString base = QStringLiteral("rqa");
    if (!exportChoices(context, base, c.delayChoice ? &*c.delayChoice : nullptr,
                       c.dimensionChoice ? &*c.dimensionChoice : nullptr, c.options.delay, error))
        return false;
    if (c.whole && c.whole->defined) {
        RecurrencePlotView view;
        view.resize(kFigureWidth, kFigureHeight);
        view.setMatrix(recurrenceMatrix(c.series, c.options));
        const RqaResult& r = *c.whole;
        const auto rule = [](bool given, const char* word) {
            return given ? Text::tr("given") : QLatin1String(word);
        };
        view.setTitle(Text::tr("Recurrence plot: m = %1 (%2), tau = %3 (%4), eps = %5; RR = %6, DET = %7")
                          .arg(c.options.dimension)
                          .arg(rule(c.settings.dimensionRule == DimensionRule::Given,
                                    c.settings.dimensionRule == DimensionRule::Cao ? "cao" : "fnn"))
                          .arg(c.options.delay)
                          .arg(rule(c.settings.delayRule == DelayRule::Given, "ami"))
                          .arg(r.epsilon, 0, 'g', 4)
                          .arg(r.rr, 0, 'g', 3)
                          .arg(r.detDefined ? QString::number(r.det, 'g', 3) : Text::tr("undefined")));
        return exportFigure(&view, context.dir, base, error);
    }
    if (c.windowed && !c.windowed->windows.empty()) {
        WindowedRqaView view;
        view.resize(kFigureWidth, kFigureHeight);
        view.setResult(*c.windowed, Text::tr("Windowed RQA: windows of %1 samples every %2, m = %3, tau = %4")
                                        .arg(c.settings.window)
                                        .arg(c.settings.step == 0 ? c.settings.window : c.settings.step)
                                        .arg(c.options.dimension)
                                        .arg(c.options.delay));
        return exportFigure(&view, context.dir, base + QStringLiteral("-windows"), error);
    }
    return true;
}

bool drawFigures(const RunContext& context, const compute::EmbeddingComputation& c, QString& error)
{
    return exportChoices(context, QStringLiteral("embedding"), c.delayChoice ? &*c.delayChoice : nullptr,
                         c.dimension ? &*c.dimension : nullptr, c.delay, error);
}

} // namespace nd::cli

#endif
