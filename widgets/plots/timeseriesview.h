// Time series of one or more recorded variables against the step index; a phase of an
// oscillator network is drawn as its sine (oscillatorphases.h), named so in the legend and the
// axis title. GUI thread only.
#pragma once

#include "plots/plotdata.h"

#include <QString>
#include <QStringList>
#include <qwt_plot.h>
#include <qwt_plot_curve.h>

#include <vector>

namespace nd {

class Model;
struct Trajectory;

class TimeSeriesView : public QwtPlot, public PlotData {
    Q_OBJECT
public:
    explicit TimeSeriesView(QWidget* parent = nullptr);

    // One curve per series; steps gives the abscissa shared by all series.
    void setSeries(const std::vector<double>& steps, const std::vector<std::vector<double>>& series,
                   const QStringList& names);
    // The first `maxSeries` columns of a trajectory of `model` (null: drawn as recorded), the
    // angles among them as sin(angle); the GUI and the CLI's figures both draw through this.
    void setTrajectory(const Trajectory& trajectory, const Model* model, std::size_t maxSeries);
    int curveCount() const { return static_cast<int>(m_curves.size()); }
    // Whether the curves are sines of phases (the axis title says so).
    bool showsSines() const { return m_sines; }
    std::vector<QPointF> points(int curve) const;

    // Columns: step, then one per series.
    QByteArray toCsv() const override;
    bool hasData() const override { return !m_curves.empty() && m_curves.front()->dataSize() > 0; }

private:
    std::vector<QwtPlotCurve*> m_curves;
    QStringList m_names;
    bool m_sines = false;
};

} // namespace nd
