#include "plots/spacetimeview.h"

#include "plots/plotstyle.h"
#include "plots/retranslate.h"

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
        setTitle(QwtText(tr("Space-time plot")));
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
