#include "gui/preferences.h"

#include "plots/colormaps.h"

#include <QSettings>

#include <algorithm>

namespace nd {

Preferences Preferences::load()
{
    QSettings s;
    Preferences p;
    p.language = s.value(QStringLiteral("preferences/language"), p.language).toString();
    p.threads = std::clamp(s.value(QStringLiteral("preferences/threads"), p.threads).toInt(), 0, 256);
    const double w = s.value(QStringLiteral("preferences/exportWidthMm"), p.exportSizeMm.width()).toDouble();
    const double h = s.value(QStringLiteral("preferences/exportHeightMm"), p.exportSizeMm.height()).toDouble();
    if (w >= 10.0 && w <= 2000.0 && h >= 10.0 && h <= 2000.0)
        p.exportSizeMm = QSizeF(w, h);
    p.exportDpi = std::clamp(s.value(QStringLiteral("preferences/exportDpi"), p.exportDpi).toInt(), 10, 2400);
    const QString map = s.value(QStringLiteral("preferences/colorMap"), p.colorMap).toString();
    if (colorMapNames().contains(map))
        p.colorMap = map;
    const QString rendering =
        s.value(QStringLiteral("preferences/orbitRendering"), p.orbitRendering).toString();
    if (orbitRenderingNames().contains(rendering))
        p.orbitRendering = rendering;
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("preferences/language"), language);
    s.setValue(QStringLiteral("preferences/threads"), threads);
    s.setValue(QStringLiteral("preferences/exportWidthMm"), exportSizeMm.width());
    s.setValue(QStringLiteral("preferences/exportHeightMm"), exportSizeMm.height());
    s.setValue(QStringLiteral("preferences/exportDpi"), exportDpi);
    s.setValue(QStringLiteral("preferences/colorMap"), colorMap);
    s.setValue(QStringLiteral("preferences/orbitRendering"), orbitRendering);
}

} // namespace nd
