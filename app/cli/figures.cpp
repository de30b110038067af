#include "cli/figures.h"

#ifdef NEURODYN_HAVE_FIGURES
#include "plots/orbitdiagramview.h"
#include "plots/plotexport.h"
#endif

#include <QRectF>

#include <vector>

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

bool writeOrbitDiagramFigure(const QDir& dir, const OrbitDiagram& d, const OrbitDiagramRequest& r,
                             const QString& variableName, QString& error)
{
    const int columns = static_cast<int>(d.parameterValues.size());
    OrbitDiagramView view;
    view.resize(800, 600);
    view.reset(QRectF(r.axis.from, d.rangeMin, r.axis.to - r.axis.from, d.rangeMax - d.rangeMin), columns, d.bins,
               QString::fromStdString(r.axis.parameter), variableName);
    std::vector<double> density(static_cast<std::size_t>(d.bins));
    for (int c = 0; c < columns; ++c) {
        for (int b = 0; b < d.bins; ++b)
            density[static_cast<std::size_t>(b)] =
                d.tone[static_cast<std::size_t>(c) * static_cast<std::size_t>(d.bins) + static_cast<std::size_t>(b)];
        view.setColumn(c, density);
    }
    view.refresh();
    for (const char* suffix : {"png", "svg", "pdf"})
        if (!exportPlot(&view, dir.filePath(QStringLiteral("orbit-diagram.") + QLatin1String(suffix)), {}, &error))
            return false;
    return true;
}

#else

bool figuresAvailable()
{
    return false;
}

void prepareFigurePlatform() {}

bool writeOrbitDiagramFigure(const QDir&, const OrbitDiagram&, const OrbitDiagramRequest&, const QString&, QString&)
{
    return true;
}

#endif

} // namespace nd::cli
