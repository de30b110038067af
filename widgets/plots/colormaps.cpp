#include "plots/colormaps.h"

#include <QCoreApplication>
#include <qwt_color_map.h>

#include <array>
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
    constexpr double kFloor = 1e-3;
    const Stops stops = stopsFor(name);
    auto* map = new QwtLinearColorMap(blankZero ? QColor(Qt::white) : stops.front().second, stops.back().second);
    for (std::size_t i = blankZero ? 0 : 1; i + 1 < stops.size(); ++i)
        map->addColorStop(blankZero ? kFloor + (1.0 - kFloor) * stops[i].first : stops[i].first, stops[i].second);
    return map;
}

} // namespace nd
