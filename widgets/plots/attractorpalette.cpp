#include "plots/attractorpalette.h"

#include "plots/heatmap.h"

#include <algorithm>

namespace nd {

const std::vector<QColor>& attractorPalette()
{
    static const std::vector<QColor> palette = {QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44),
                                                QColor(214, 39, 40),  QColor(148, 103, 189), QColor(140, 86, 75),
                                                QColor(227, 119, 194), QColor(188, 189, 34), QColor(23, 190, 207)};
    return palette;
}

QColor escapedAttractorColor()
{
    return HeatMap::escapedColor();
}

QColor undecidedAttractorColor()
{
    return QColor(205, 205, 205);
}

QColor attractorColor(int id)
{
    const auto& p = attractorPalette();
    return p[static_cast<std::size_t>(std::max(id, 0)) % p.size()];
}

} // namespace nd
