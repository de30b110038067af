// The AKOrN view (analyses.akorn, core/oscillators/akornrun.h): for a grid, the orientation of
// every pixel's first oscillator after the last step as a hue image (angle atan2(x1, x0) on a
// cyclic colour scale; the silhouette's border dotted) and the local order parameter image;
// for grids and networks, the order inside and outside the silhouette over the steps and the
// energy over the steps in both forms (the paper's with 1/2, and the official code's logged
// form without it, dashed). GUI thread only.
#pragma once

#include "oscillators/akornrun.h"
#include "plots/heatmap.h"
#include "plots/plotpanel.h"

#include <memory>

class QwtPlotSpectrogram;

namespace nd {

class AkornView : public PlotPanel {
    Q_OBJECT
public:
    explicit AkornView(QWidget* parent = nullptr);
    // radius: the local order window's half width the result was computed with.
    void setResult(const AkornRunResult& result, int radius);
    bool hasResult() const { return m_has; }

    QwtPlot* orientationPlot() const { return m_orientationPlot; }
    QwtPlot* localOrderPlot() const { return m_localPlot; }
    QwtPlot* orderPlot() const { return m_orderPlot; }
    QwtPlot* energyPlot() const { return m_energyPlot; }

private:
    void clearData() override;
    void drawImages();
    void drawSeries();
    void updateHeader();

    DataPlot* m_orientationPlot;
    DataPlot* m_localPlot;
    DataPlot* m_orderPlot;
    DataPlot* m_energyPlot;
    QwtPlotSpectrogram* m_hue;
    std::unique_ptr<HeatMap> m_local;
    AkornRunResult m_result;
    int m_radius = 2;
    bool m_has = false;
};

} // namespace nd
