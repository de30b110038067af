// Application preferences kept in QSettings (never in study files): language, worker
// threads, default export size and resolution, colour map, how orbit diagrams are drawn.
// GUI thread only.
#pragma once

#include <QSizeF>
#include <QString>

namespace nd {

struct Preferences {
    QString language;          // "" (system), "en", "de" or "zh_CN"; see language.h
    int threads = 0;           // worker threads for analyses; 0 = all cores
    QSizeF exportSizeMm{160.0, 120.0};
    int exportDpi = 150;
    QString colorMap = QStringLiteral("viridis");
    QString orbitRendering = QStringLiteral("ink"); // orbitRenderingNames() in plots/colormaps.h

    static Preferences load();
    void save() const;
    bool operator==(const Preferences&) const = default;
};

} // namespace nd
