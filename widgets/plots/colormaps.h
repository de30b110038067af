// Colour maps for density rasters (orbit diagrams, space-time plots, parameter planes).
// GUI thread only.
#pragma once

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

} // namespace nd
