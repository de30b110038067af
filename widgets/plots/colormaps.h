// Colour maps for density rasters (orbit diagrams, space-time plots, parameter planes).
// GUI thread only.
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

class QwtColorMap;

namespace nd {

// Internal names ("viridis", "inferno", "grey", "jet", "coolwarm") in the order offered to the
// user; "coolwarm" is diverging (for signed quantities such as correlations).
QStringList colorMapNames();
QString colorMapDisplayName(const QString& name);
// A new colour map over [0, 1] (owned by the caller); unknown names give viridis. With
// blankZero, exactly zero maps to white, so empty cells of a density raster stay background.
QwtColorMap* createColorMap(const QString& name, bool blankZero = false);

// How orbit diagrams are drawn, in the order offered to the user: "ink" (dark ink on a white
// canvas) or "dark" (bright colours on a black canvas). Either way the densest bins, where
// periodic orbits and fixed points put all their samples, have the strongest contrast with the
// background, and even a bin visited once stays clearly visible.
QStringList orbitRenderingNames();
QString orbitRenderingDisplayName(const QString& rendering);
QColor orbitCanvasColor(const QString& rendering);
// A new colour map over density [0, 1] for the rendering (owned by the caller): exactly zero is
// the canvas colour. "dark" uses the bright part of `colorMap` when its dense end is bright
// (viridis, inferno), else inferno's.
QwtColorMap* createOrbitColorMap(const QString& rendering, const QString& colorMap);

} // namespace nd
