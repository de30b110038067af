// Figures of `neurodyn-cli run`, drawn by the GUI's own plot widgets (neurodyn_widgets, Qwt)
// on Qt's offscreen platform and exported as PNG, SVG and PDF. Available only in builds with
// the GUI (NEURODYN_BUILD_GUI); elsewhere figuresAvailable() is false and nothing is drawn.
#pragma once

#include "analysis/orbitdiagram.h"

#include <QDir>
#include <QString>

namespace nd::cli {

bool figuresAvailable();

// Sets up what the figures need before the application object exists (the offscreen
// platform unless QT_QPA_PLATFORM is set). Call before constructing the application.
void prepareFigurePlatform();

// orbit-diagram.png/.svg/.pdf from the tone-mapped raster. No-op when figures are unavailable.
bool writeOrbitDiagramFigure(const QDir& dir, const OrbitDiagram& diagram, const OrbitDiagramRequest& request,
                             const QString& variableName, QString& error);

} // namespace nd::cli
