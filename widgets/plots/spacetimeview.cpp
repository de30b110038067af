#include "plots/spacetimeview.h"

#include "plots/colormaps.h"
#include "plots/plotstyle.h"

#include <qwt_interval.h>
#include <qwt_matrix_raster_data.h>
#include <qwt_plot_spectrogram.h>
#include <qwt_scale_widget.h>
#include <qwt_text.h>

#include <algorithm>
#include <cmath>

namespace nd {

SpaceTimeView::SpaceTimeView(QWidget* parent)
    : QwtPlot(parent), m_spectrogram(new QwtPlotSpectrogram), m_colorMap(QStringLiteral("viridis"))
{
    applyPlotStyle(this);
    setTitle(QwtText(tr("Space-time plot")));
    setAxisTitle(QwtAxis::XBottom, tr("step n"));
    setAxisTitle(QwtAxis::YLeft, tr("node"));
    // Render in the GUI thread: with every core busy computing, waiting for render threads
    // stalls the event loop far longer than the small raster takes to draw.
    m_spectrogram->setRenderThreadCount(1);
    m_spectrogram->setData(new QwtMatrixRasterData);
    m_spectrogram->attach(this);
    setAxisVisible(QwtAxis::YRight, true);
    axisWidget(QwtAxis::YRight)->setColorBarEnabled(true);
    setColorMapName(m_colorMap);
}

void SpaceTimeView::setColorMapName(const QString& name)
{
    m_colorMap = name;
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
    axisWidget(QwtAxis::YRight)->setTitle(variable);
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
    return m_values[static_cast<std::size_t>(step) * static_cast<std::size_t>(m_nodes) + static_cast<std::size_t>(node)];
}

void SpaceTimeView::rebuild()
{
    m_min = 0.0;
    m_max = 1.0;
    if (!m_values.empty()) {
        const auto [lo, hi] = std::minmax_element(m_values.begin(), m_values.end());
        m_min = *lo;
        m_max = *hi > *lo ? *hi : *lo + 1.0;
    }
    const int steps = stepCount();
    // Rows are nodes (y), columns are steps (x): transpose the steps x nodes input.
    QVector<double> matrix(static_cast<qsizetype>(m_values.size()));
    for (int s = 0; s < steps; ++s)
        for (int i = 0; i < m_nodes; ++i)
            matrix[static_cast<qsizetype>(i) * steps + s] = value(s, i);
    auto* data = new QwtMatrixRasterData;
    const double x0 = static_cast<double>(m_firstStep);
    data->setInterval(Qt::XAxis, QwtInterval(x0, x0 + static_cast<double>(std::max(steps, 1)) * m_stride));
    data->setInterval(Qt::YAxis, QwtInterval(-0.5, std::max(m_nodes, 1) - 0.5));
    data->setInterval(Qt::ZAxis, QwtInterval(m_min, m_max));
    if (steps > 0)
        data->setValueMatrix(matrix, steps);
    m_spectrogram->setData(data);
    m_spectrogram->setColorMap(createColorMap(m_colorMap));
    axisWidget(QwtAxis::YRight)->setColorMap(QwtInterval(m_min, m_max), createColorMap(m_colorMap));
    setAxisScale(QwtAxis::YRight, m_min, m_max);
    setAxisScale(QwtAxis::XBottom, x0, x0 + static_cast<double>(std::max(steps, 1)) * m_stride);
    setAxisScale(QwtAxis::YLeft, -0.5, std::max(m_nodes, 1) - 0.5);
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
