// The one owner of attractor colours: every view that colours by attractor (basins, the
// attractor atlas's fractions, its list and orbits) asks here, so attractor k has the same colour
// everywhere. GUI thread (QColor is a value; any thread may read it).
#pragma once

#include <QColor>

#include <vector>

namespace nd {

// Nine well separated colours (Tableau 10 without its grey, which escape uses); ids beyond
// repeat them.
const std::vector<QColor>& attractorPalette();

// Attractor id (or basin label) k >= 0: the palette's colour; escape: the heat map's escape grey;
// undecided: a light grey.
QColor attractorColor(int id);
QColor escapedAttractorColor();
QColor undecidedAttractorColor();

} // namespace nd
