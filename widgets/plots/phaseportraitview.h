// Phase portrait of an orbit: one state variable against another, drawn as dots (an attractor
// is a cloud, not a line); for 1-D maps the return map x(n) -> x(n+1) with the diagonal, the
// graph of the map over the whole x range shown (a periodic orbit's few points and its cobweb
// mean little without the curve they lie on) and an optional cobweb. A phase of an oscillator
// network is drawn wrapped to (-pi, pi] (oscillatorphases.h), and its axis title says so.
// GUI thread only.
#pragma once

#include "plots/plotdata.h"

#include <QString>
#include <qwt_plot.h>

#include <string>
#include <vector>

class QwtPlotCurve;

namespace nd {

class Model;
struct Trajectory;

class PhasePortraitView : public QwtPlot, public PlotData {
    Q_OBJECT
public:
    explicit PhasePortraitView(QWidget* parent = nullptr);

    // Replaces the plotted orbit; x and y must have the same length.
    void setOrbit(const std::vector<double>& x, const std::vector<double>& y, const QString& xLabel,
                  const QString& yLabel);
    // 1-D maps: plots (x(n), x(n+1)), the diagonal, and the cobweb of the first steps if asked.
    // With a one-variable map `model` (its current parameters), the graph of the map too, over
    // the orbit's range widened so that a short or periodic orbit still shows the map's shape.
    void setReturnMap(const std::vector<double>& x, const QString& label, bool cobweb,
                      const Model* model = nullptr);
    // What the GUI and the CLI's figures draw of a trajectory of `model`: for one column its return
    // map (cobweb if asked), else columns x and y (clamped to the columns), angles wrapped.
    void setTrajectory(const Trajectory& trajectory, const Model* model, int x, int y, bool cobweb);
    void clearOrbit();
    // Points of the cobweb polyline (empty unless a cobweb is shown).
    std::size_t cobwebPointCount() const;
    // The plotted graph of the map (empty unless a return map of a map model is shown).
    std::vector<QPointF> mapGraph() const;
    // The x range the diagonal and the map's graph span.
    QPointF graphRange() const;
    std::size_t pointCount() const;
    // The plotted points, for tests and data export.
    std::vector<QPointF> points() const;

    QByteArray toCsv() const override;
    bool hasData() const override { return pointCount() > 0; }

    // The recorded variables on the axes as setTrajectory last drew them (the trajectory's column
    // names; y empty for a return map x(n), x(n+1); both empty when nothing is drawn) and whether
    // each is an angle drawn wrapped. Overlays (the attractor atlas's orbit) project on them.
    struct Axes {
        std::string x, y;
        bool wrapX = false, wrapY = false;
        bool operator==(const Axes&) const = default;
    };
    const Axes& axes() const { return m_axes; }

signals:
    // setTrajectory or clearOrbit changed what axes() says (after the new orbit is drawn).
    void axesChanged();

private:
    void setAxes(const Axes& axes);
    // The dots of (x[i], y[i]), without diagonal or cobweb; no replot.
    void showPoints(const std::vector<double>& x, const std::vector<double>& y);
    // Axis titles from the labels, in the current language for a return map's x(n), x(n+1).
    void applyAxisTitles();

    QwtPlotCurve* m_curve;
    QwtPlotCurve* m_cobweb;
    QwtPlotCurve* m_diagonal;
    QwtPlotCurve* m_graph;
    QString m_xLabel;
    QString m_yLabel;
    QString m_returnMapVariable; // set while a return map is shown
    Axes m_axes;
};

} // namespace nd
