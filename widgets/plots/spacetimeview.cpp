#include "plots/spacetimeview.h"

#include "model/model.h"
#include "network/nodevariables.h"
#include "oscillators/oscillatorphases.h"
#include "plots/plotstyle.h"
#include "plots/retranslate.h"
#include "simulate/trajectory.h"

#include <qwt_interval.h>
#include <qwt_scale_widget.h>
#include <qwt_text.h>

#include <algorithm>
#include <cmath>

namespace nd {

SpaceTimeView::SpaceTimeView(QWidget* parent) : QwtPlot(parent), m_heat(this)
{
    applyPlotStyle(this);
    retranslateWith(this, [this] {
        setTitle(wrappedText(tr("Space-time plot")));
        setAxisTitle(QwtAxis::XBottom, tr("step n"));
        setAxisTitle(QwtAxis::YLeft, tr("node"));
    });
    rebuild();
}

void SpaceTimeView::setColorMapName(const QString& name)
{
    m_heat.setColorMapName(name);
    rebuild();
}

void SpaceTimeView::setRaster(int nodes, long firstStep, long stride, std::vector<double> values,
                              const QString& variable)
{
    m_nodes = nodes > 0 ? nodes : 0;
    m_firstStep = firstStep;
    m_stride = std::max(stride, 1L);
    m_values = m_nodes > 0 ? std::move(values) : std::vector<double>();
    m_values.resize(m_values.size() - m_values.size() % static_cast<std::size_t>(std::max(m_nodes, 1)));
    m_heat.setColorBarTitle(variable);
    rebuild();
}

bool SpaceTimeView::setTrajectory(const Trajectory& t, const Model& model, std::size_t steps)
{
    // Oscillators: sin(phase), continuous where the phase wraps (a phase modulo 2 pi jumps from
    // one end of the colour map to the other each turn) and the same for Kuramoto's angles and
    // AKOrN's planes.
    const std::vector<double> phases = oscillatorPhaseSeries(model, t);
    if (!phases.empty()) {
        const std::size_t n = phases.size() / t.rows();
        if (n < 2) {
            clear();
            return false;
        }
        const std::size_t rows = std::min(t.rows(), steps);
        const std::size_t first = t.rows() - rows;
        std::vector<double> values = phaseSines(
            std::vector<double>(phases.begin() + static_cast<std::ptrdiff_t>(first * n), phases.end()));
        setRaster(static_cast<int>(n), t.firstStep + static_cast<long>(first) * t.stride, t.stride,
                  std::move(values), tr("sin(phase)"));
        return true;
    }
    if (!oscillatorPhases(model).empty()) { // oscillators whose phases the run did not record
        clear();
        return false;
    }
    const std::vector<std::string> names = model.variableNames();
    const NodeVariables nodes = nodeVariables(model);
    std::vector<std::size_t> columns;
    for (int v : nodes.indices) {
        if (v < 0 || v >= static_cast<int>(names.size()))
            continue;
        const auto it = std::find(t.names.begin(), t.names.end(), names[static_cast<std::size_t>(v)]);
        if (it != t.names.end())
            columns.push_back(static_cast<std::size_t>(it - t.names.begin()));
    }
    if (columns.size() < 2 || t.rows() == 0) {
        clear();
        return false;
    }
    const std::size_t rows = std::min(t.rows(), steps);
    const std::size_t first = t.rows() - rows;
    std::vector<double> values;
    values.reserve(rows * columns.size());
    for (std::size_t r = first; r < t.rows(); ++r)
        for (std::size_t c : columns)
            values.push_back(t.at(r, c));
    // The variable's name without the node number: x for x0, x1, ...
    QString variable = QString::fromStdString(t.names[columns.front()]);
    while (!variable.isEmpty() && (variable.back().isDigit() || variable.back() == QLatin1Char('_')))
        variable.chop(1);
    setRaster(static_cast<int>(columns.size()), t.firstStep + static_cast<long>(first) * t.stride, t.stride,
              std::move(values), variable);
    return true;
}

void SpaceTimeView::clear()
{
    m_values.clear();
    m_nodes = 0;
    rebuild();
}

double SpaceTimeView::value(int step, int node) const
{
    if (node < 0 || node >= m_nodes || step < 0 || step >= stepCount())
        return std::nan("");
    return m_values[static_cast<std::size_t>(step) * static_cast<std::size_t>(m_nodes) +
                    static_cast<std::size_t>(node)];
}

void SpaceTimeView::rebuild()
{
    const int steps = stepCount();
    // Rows are nodes (y), columns are steps (x): transpose the steps x nodes input.
    std::vector<double> matrix(m_values.size());
    for (int s = 0; s < steps; ++s)
        for (int i = 0; i < m_nodes; ++i)
            matrix[static_cast<std::size_t>(i) * static_cast<std::size_t>(steps) +
                   static_cast<std::size_t>(s)] = value(s, i);
    const double x0 = static_cast<double>(m_firstStep);
    m_heat.setGrid(QwtInterval(x0, x0 + static_cast<double>(std::max(steps, 1)) * m_stride), steps,
                   QwtInterval(-0.5, std::max(m_nodes, 1) - 0.5), m_nodes);
    m_heat.setCells(std::move(matrix));
    m_heat.refresh();
    m_heat.fitAxes();
    replot();
}

QByteArray SpaceTimeView::toCsv() const
{
    QByteArray out = "step";
    for (int i = 0; i < m_nodes; ++i)
        out += ",node" + QByteArray::number(i);
    out += '\n';
    for (int s = 0; s < stepCount(); ++s) {
        out += QByteArray::number(m_firstStep + static_cast<long>(s) * m_stride);
        for (int i = 0; i < m_nodes; ++i)
            out += ',' + QByteArray::number(value(s, i), 'g', 17);
        out += '\n';
    }
    return out;
}

} // namespace nd
