// What the figure files of app/cli share (figures.h is their interface): writing one plot as
// <base>.png, .svg and .pdf through the GUI's exportPlot, the sub-plots of a composite view as
// <base>-<part>.*, and the translated texts they add to the views. Figure builds only
// (NEURODYN_HAVE_FIGURES). Main (GUI) thread only.
#pragma once

#ifdef NEURODYN_HAVE_FIGURES

#include <QCoreApplication>
#include <QDir>
#include <QString>

#include <initializer_list>

class QwtPlot;

namespace nd {
class PlotPanel;
}

namespace nd::cli {

// The views are sized like a GUI window before drawing (layouts that depend on it settle the
// same way); the files themselves have the export's default physical size and resolution.
inline constexpr int kFigureWidth = 800, kFigureHeight = 600;

// <base>.png, <base>.svg, <base>.pdf of one plot.
bool exportFigure(QwtPlot* plot, const QDir& dir, const QString& base, QString& error);

// One sub-plot of a composite view and the part of the file names it gets.
struct FigurePart {
    const char* part;
    QwtPlot* plot;
};

// <base>-<part>.* of each listed sub-plot that the panel shows and that has data.
bool exportParts(const PlotPanel& panel, const QDir& dir, const QString& base,
                 std::initializer_list<FigurePart> parts, QString& error);

} // namespace nd::cli

#endif
