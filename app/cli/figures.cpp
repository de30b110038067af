#include "cli/figures.h"

#ifdef NEURODYN_HAVE_FIGURES
#include "cli/figureexport.h"

#include "plots/plotexport.h"
#include "plots/plotpanel.h"

#include <algorithm>
#endif

namespace nd::cli {

#ifdef NEURODYN_HAVE_FIGURES

bool figuresAvailable()
{
    return true;
}

void prepareFigurePlatform()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

bool exportFigure(QwtPlot* plot, const QDir& dir, const QString& base, QString& error)
{
    for (const char* suffix : {"png", "svg", "pdf"})
        if (!exportPlot(plot, dir.filePath(base + QLatin1Char('.') + QLatin1String(suffix)), {}, &error))
            return false;
    return true;
}

bool exportParts(const PlotPanel& panel, const QDir& dir, const QString& base,
                 std::initializer_list<FigurePart> parts, QString& error)
{
    const auto shown = panel.plots();
    for (const FigurePart& p : parts) {
        const auto* data = dynamic_cast<const PlotData*>(p.plot);
        const bool visible =
            std::any_of(shown.begin(), shown.end(), [&](const auto& s) { return s.second == p.plot; });
        if (visible && data && data->hasData() &&
            !exportFigure(p.plot, dir, base + QLatin1Char('-') + QLatin1String(p.part), error))
            return false;
    }
    return true;
}

#else

bool figuresAvailable()
{
    return false;
}

void prepareFigurePlatform()
{
}

#endif

} // namespace nd::cli
