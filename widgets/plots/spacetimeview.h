// Space-time raster of a network: one row per node, one column per recorded step, colour =
// the node's main variable (activation), the nodes as the model reports them (nodeVariables in
// core/network); for an oscillator network the sine of each oscillator's phase
// (oscillatorphases.h), which the colour bar's title names. Drawn through HeatMap with a colour
// bar of the value range. GUI thread only.
#pragma once

#include "plots/heatmap.h"
#include "plots/plotdata.h"

#include <QString>
#include <qwt_plot.h>

#include <vector>

namespace nd {

class Model;
struct Trajectory;

class SpaceTimeView : public QwtPlot, public PlotData {
    Q_OBJECT
public:
    explicit SpaceTimeView(QWidget* parent = nullptr);

    // values: steps x nodes, row-major (values[s * nodes + i] is node i at step firstStep + s * stride).
    void setRaster(int nodes, long firstStep, long stride, std::vector<double> values,
                   const QString& variable);
    // The last `steps` rows of a trajectory of `model`, one row per node of the network; clears
    // the view and returns false when the model is no network of at least two nodes or the
    // trajectory lacks their variables.
    bool setTrajectory(const Trajectory& trajectory, const Model& model, std::size_t steps);
    void clear();
    void setColorMapName(const QString& name);

    int nodeCount() const { return m_nodes; }
    int stepCount() const
    {
        return m_nodes > 0 ? static_cast<int>(m_values.size() / static_cast<std::size_t>(m_nodes)) : 0;
    }
    double value(int step, int node) const;

    QByteArray toCsv() const override;
    bool hasData() const override { return !m_values.empty(); }

private:
    void rebuild();

    HeatMap m_heat;
    int m_nodes = 0;
    long m_firstStep = 0;
    long m_stride = 1;
    std::vector<double> m_values;
};

} // namespace nd
