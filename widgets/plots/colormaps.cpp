#include "plots/colormaps.h"

#include <QCoreApplication>
#include <qwt_color_map.h>

#include <array>
#include <cmath>
#include <utility>

namespace nd {

namespace {

using Stops = std::vector<std::pair<double, QColor>>;

// Perceptually ordered maps sampled at a few stops; linear interpolation between them is
// close enough for density plots.
Stops stopsFor(const QString& name)
{
    if (name == QLatin1String("grey"))
        return {{0.0, QColor(255, 255, 255)}, {1.0, QColor(0, 0, 0)}};
    if (name == QLatin1String("inferno"))
        return {{0.0, QColor(0, 0, 4)},        {0.25, QColor(87, 16, 110)}, {0.5, QColor(188, 55, 84)},
                {0.75, QColor(249, 142, 9)},   {1.0, QColor(252, 255, 164)}};
    if (name == QLatin1String("coolwarm")) // diverging: signed quantities centred on zero
        return {{0.0, QColor(59, 76, 192)},    {0.25, QColor(141, 176, 254)}, {0.5, QColor(221, 221, 221)},
                {0.75, QColor(244, 154, 123)}, {1.0, QColor(180, 4, 38)}};
    if (name == QLatin1String("jet"))
        return {{0.0, QColor(0, 0, 143)},      {0.125, QColor(0, 0, 255)},  {0.375, QColor(0, 255, 255)},
                {0.625, QColor(255, 255, 0)},  {0.875, QColor(255, 0, 0)},  {1.0, QColor(128, 0, 0)}};
    return {{0.0, QColor(68, 1, 84)},         {0.25, QColor(59, 82, 139)}, {0.5, QColor(33, 145, 140)},
            {0.75, QColor(94, 201, 98)},      {1.0, QColor(253, 231, 37)}};
}

QColor colorAt(const Stops& stops, double t)
{
    for (std::size_t i = 1; i < stops.size(); ++i) {
        if (t > stops[i].first)
            continue;
        const auto& [t0, c0] = stops[i - 1];
        const auto& [t1, c1] = stops[i];
        const double f = t1 > t0 ? (t - t0) / (t1 - t0) : 1.0;
        const auto mix = [f](int a, int b) { return static_cast<int>(std::lround(a + f * (b - a))); };
        return QColor(mix(c0.red(), c1.red()), mix(c0.green(), c1.green()), mix(c0.blue(), c1.blue()));
    }
    return stops.back().second;
}

constexpr double kFloor = 1e-3; // densities below it (only exact zeros in practice) are background

} // namespace

QStringList colorMapNames()
{
    return {QStringLiteral("viridis"), QStringLiteral("inferno"), QStringLiteral("grey"), QStringLiteral("jet"),
            QStringLiteral("coolwarm")};
}

QString colorMapDisplayName(const QString& name)
{
    if (name == QLatin1String("grey"))
        return QCoreApplication::translate("ColorMaps", "Grey");
    if (name == QLatin1String("inferno"))
        return QCoreApplication::translate("ColorMaps", "Inferno");
    if (name == QLatin1String("jet"))
        return QCoreApplication::translate("ColorMaps", "Jet");
    if (name == QLatin1String("coolwarm"))
        return QCoreApplication::translate("ColorMaps", "Cool-warm (diverging)");
    return QCoreApplication::translate("ColorMaps", "Viridis");
}

QwtColorMap* createColorMap(const QString& name, bool blankZero)
{
    const Stops stops = stopsFor(name);
    auto* map = new QwtLinearColorMap(blankZero ? QColor(Qt::white) : stops.front().second, stops.back().second);
    for (std::size_t i = blankZero ? 0 : 1; i + 1 < stops.size(); ++i)
        map->addColorStop(blankZero ? kFloor + (1.0 - kFloor) * stops[i].first : stops[i].first, stops[i].second);
    return map;
}

QStringList orbitRenderingNames()
{
    return {QStringLiteral("ink"), QStringLiteral("dark")};
}

QString orbitRenderingDisplayName(const QString& rendering)
{
    if (rendering == QLatin1String("dark"))
        return QCoreApplication::translate("ColorMaps", "Bright on black (colour map)");
    return QCoreApplication::translate("ColorMaps", "Dark ink on white");
}

QColor orbitCanvasColor(const QString& rendering)
{
    return rendering == QLatin1String("dark") ? QColor(0, 0, 0) : QColor(255, 255, 255);
}

QwtColorMap* createOrbitColorMap(const QString& rendering, const QString& colorMap)
{
    Stops stops;
    if (rendering == QLatin1String("dark")) {
        // The upper part of a map whose dense end is bright: its dark lower end would vanish on
        // black, so the rarest visited bin starts at 40 % of the map.
        const bool brightEnd = colorMap == QLatin1String("viridis") || colorMap == QLatin1String("inferno");
        const Stops map = stopsFor(brightEnd ? colorMap : QStringLiteral("inferno"));
        constexpr double kStart = 0.4;
        for (double t : {0.0, 0.25, 0.5, 0.75, 1.0})
            stops.emplace_back(t, colorAt(map, kStart + (1.0 - kStart) * t));
    } else {
        // Ink: luminance falls from about 0.55 (a bin visited once) to nearly black (the bins of a
        // periodic orbit or a fixed point), as in a classic bifurcation diagram drawn with a pen.
        stops = {{0.0, QColor(128, 142, 186)}, {0.5, QColor(52, 64, 128)}, {1.0, QColor(8, 12, 48)}};
    }
    auto* map = new QwtLinearColorMap(orbitCanvasColor(rendering), stops.back().second);
    for (std::size_t i = 0; i + 1 < stops.size(); ++i)
        map->addColorStop(kFloor + (1.0 - kFloor) * stops[i].first, stops[i].second);
    return map;
}

} // namespace nd
