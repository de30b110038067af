// Figures of `neurodyn-cli run`, drawn by the GUI's own plot widgets (neurodyn_widgets, Qwt)
// on Qt's offscreen platform and exported as PNG, SVG and PDF, so a figure looks as the GUI
// draws it. Available only in builds with the GUI and NEURODYN_CLI_FIGURES; elsewhere
// figuresAvailable() is false and the write functions do nothing. Main (GUI) thread only.
//
// Drawn today: orbit-diagram (OrbitDiagramView), lyapunov (LyapunovView). The other analyses
// write data only until their views exist in widgets/plots (see the TODO in figures.cpp).
#pragma once

#include "analysis/lyapunov.h"
#include "analysis/orbitdiagram.h"

#include <QDir>
#include <QString>

namespace nd::cli {

bool figuresAvailable();

// Sets up what the figures need before the application object exists (the offscreen
// platform unless QT_QPA_PLATFORM is set). Call before constructing the application.
void prepareFigurePlatform();

// orbit-diagram.png/.svg/.pdf from the tone-mapped raster.
bool writeOrbitDiagramFigure(const QDir& dir, const OrbitDiagram& diagram, const OrbitDiagramRequest& request,
                             const QString& observableName, QString& error);
// lyapunov.png/.svg/.pdf: the convergence curves (nothing when the result is undefined or has
// no curve, as with the largest exponent alone).
bool writeLyapunovFigure(const QDir& dir, const LyapunovResult& result, QString& error);

} // namespace nd::cli
