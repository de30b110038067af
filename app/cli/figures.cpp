#include "cli/figures.h"

#ifdef NEURODYN_HAVE_FIGURES
#include "plots/lyapunovview.h"
#include "plots/orbitdiagramview.h"
#include "plots/plotexport.h"

#include <QCoreApplication>
#endif

#include <QRectF>

#include <vector>

// TODO(figures): the views of the other analyses are being written in widgets/plots:
// ParameterPlaneView (parameter-scan), BasinsView (basins), ZeroOneView (zero-one),
// SampleEntropyView (sample-entropy), SynchronyView (synchrony), MultifractalView (mfdfa,
// network-spectrum) and ContinuationView (continuation). Once they are on main, add one
// write*Figure per analysis here, fed from the compute result its CSV writer already has
// (dynamicsresults.cpp, seriesresults.cpp, continuationresult.cpp, scanresult.cpp), and call it
// there; until then those analyses write data only. fixed-points has a table, not a figure.

namespace nd::cli {

#ifdef NEURODYN_HAVE_FIGURES

namespace {

// The three formats of one figure, through the GUI's own export.
bool exportFigure(QwtPlot* plot, const QDir& dir, const QString& base, QString& error)
{
    for (const char* suffix : {"png", "svg", "pdf"})
        if (!exportPlot(plot, dir.filePath(base + QLatin1Char('.') + QLatin1String(suffix)), {}, &error))
            return false;
    return true;
}

} // namespace

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
                             const QString& observableName, QString& error)
{
    const int columns = static_cast<int>(d.parameterValues.size());
    OrbitDiagramView view;
    view.resize(800, 600);
    view.reset(QRectF(r.axis.from, d.rangeMin, r.axis.to - r.axis.from, d.rangeMax - d.rangeMin), columns,
               d.bins, QString::fromStdString(r.axis.parameter), observableName);
    std::vector<double> density(static_cast<std::size_t>(d.bins));
    for (int c = 0; c < columns; ++c) {
        for (int b = 0; b < d.bins; ++b)
            density[static_cast<std::size_t>(b)] =
                d.tone[static_cast<std::size_t>(c) * static_cast<std::size_t>(d.bins) +
                       static_cast<std::size_t>(b)];
        view.setColumn(c, density);
    }
    view.refresh();
    return exportFigure(&view, dir, QStringLiteral("orbit-diagram"), error);
}

bool writeLyapunovFigure(const QDir& dir, const LyapunovResult& r, QString& error)
{
    if (!r.defined || r.curveTime.empty())
        return true;
    LyapunovView view;
    view.resize(800, 600);
    // The GUI's summary names the conventions too; at the export size a title that long is
    // cut off, so the figure names the dimension only (the conventions are in lyapunov.json).
    QString summary = QCoreApplication::translate("Figures", "Lyapunov exponents");
    if (r.kaplanYorkeDefined)
        summary = QCoreApplication::translate("Figures", "Lyapunov exponents, D_KY = %1")
                      .arg(r.kaplanYorke, 0, 'g', 5);
    view.setResult(r.curveTime, r.curve, static_cast<int>(r.exponents.size()), r.exponents, summary);
    return exportFigure(&view, dir, QStringLiteral("lyapunov"), error);
}

#else

bool figuresAvailable()
{
    return false;
}

void prepareFigurePlatform()
{
}

bool writeOrbitDiagramFigure(const QDir&, const OrbitDiagram&, const OrbitDiagramRequest&, const QString&,
                             QString&)
{
    return true;
}

bool writeLyapunovFigure(const QDir&, const LyapunovResult&, QString&)
{
    return true;
}

#endif

} // namespace nd::cli
