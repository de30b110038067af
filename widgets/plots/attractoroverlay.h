// The attractor atlas's chosen attractor drawn over the main views: its representative orbit over
// the phase portrait as dots in its palette colour (attractorpalette.h), projected on the state
// variables the portrait shows (a network's node variables, a return map's x(n), x(n+1), an
// oscillator's angle wrapped as the portrait wraps it), so it lands on the portrait's own points;
// and its basin marked on another plot (the basins view of the same grid) by a dot in each of its
// cells. The curves belong to their plots (which delete them); the overlays only replace and
// remove them. GUI thread only.
#pragma once

#include "plots/phaseportraitview.h"

#include <QPointer>
#include <QPolygonF>
#include <QString>

#include <string>
#include <vector>

class QwtPlotCurve;

namespace nd {

// The orbit (rows of names.size() state values, row-major; names: the model's state variables)
// on the portrait's axes: (x, y) per row, or (x_n, x_{n+1}) for a return map. Empty when an axis
// names no state variable of the model (the portrait shows another model's run).
QPolygonF projectAttractorOrbit(const std::vector<double>& orbit, const std::vector<std::string>& names,
                                const PhasePortraitView::Axes& axes);

class AttractorOverlay {
public:
    explicit AttractorOverlay(PhasePortraitView* portrait);
    AttractorOverlay(const AttractorOverlay&) = delete;
    AttractorOverlay& operator=(const AttractorOverlay&) = delete;
    ~AttractorOverlay();

    // Draws `orbit` of attractor `id` (state rows, variables `names`) on the portrait's current
    // axes and keeps it, so that reproject() can follow a change of the axes.
    void show(int id, const std::vector<double>& orbit, const std::vector<std::string>& names);
    // Projects the kept orbit again on the portrait's axes (they changed).
    void reproject();
    void clear();

    bool isShown() const { return m_id >= 0; }
    int id() const { return m_id; }
    // The points drawn (empty when the axes name no variable of the orbit).
    const QPolygonF& points() const { return m_points; }

private:
    void draw();

    QPointer<PhasePortraitView> m_portrait;
    QwtPlotCurve* m_curve = nullptr; // attached to m_portrait while it lives
    int m_id = -1;
    std::vector<double> m_orbit;
    std::vector<std::string> m_names;
    QPolygonF m_points;
};

// Dots at given points of a plot (the centres of the cells of an attractor's basin), in a dark
// shade of the attractor's colour: the cells' own colours stay visible between them.
class AttractorCellMarks {
public:
    explicit AttractorCellMarks(QwtPlot* plot);
    AttractorCellMarks(const AttractorCellMarks&) = delete;
    AttractorCellMarks& operator=(const AttractorCellMarks&) = delete;
    ~AttractorCellMarks();

    void show(int id, const QPolygonF& centres);
    void clear();

    bool isShown() const { return m_id >= 0; }
    int id() const { return m_id; }
    const QPolygonF& points() const { return m_points; }

private:
    QPointer<QwtPlot> m_plot;
    QwtPlotCurve* m_curve = nullptr; // attached to m_plot while it lives
    int m_id = -1;
    QPolygonF m_points;
};

} // namespace nd
