#include "plots/orbitdiagramview.h"

#include "plots/colormaps.h"
#include "plots/plotstyle.h"

#include <QPen>
#include <qwt_interval.h>
#include <qwt_matrix_raster_data.h>
#include <qwt_plot_spectrogram.h>
#include <qwt_plot_zoomer.h>
#include <qwt_scale_widget.h>
#include <qwt_text.h>

#include <algorithm>

namespace nd {

OrbitDiagramView::OrbitDiagramView(QWidget* parent)
    : QwtPlot(parent), m_spectrogram(new QwtPlotSpectrogram), m_colorMap(QStringLiteral("viridis"))
{
    applyPlotStyle(this);
    setTitle(QwtText(tr("Orbit diagram")));
    // Render in the GUI thread: with every core busy computing, waiting for render threads
    // stalls the event loop far longer than the small raster takes to draw.
    m_spectrogram->setRenderThreadCount(1);
    m_spectrogram->setData(new QwtMatrixRasterData);
    m_spectrogram->attach(this);
    setAxisVisible(QwtAxis::YRight, true);
    axisWidget(QwtAxis::YRight)->setColorBarEnabled(true);
    axisWidget(QwtAxis::YRight)->setTitle(tr("density"));
    setAxisScale(QwtAxis::YRight, 0.0, 1.0);
    setColorMapName(m_colorMap);

    m_zoomer = new QwtPlotZoomer(canvas());
    m_zoomer->setRubberBandPen(QPen(Qt::white, 1.0, Qt::DashLine));
    m_zoomer->setTrackerMode(QwtPicker::AlwaysOff);
    connect(m_zoomer, &QwtPlotZoomer::zoomed, this, [this](const QRectF& rect) {
        if (!m_settingWindow)
            emit windowRequested(rect.normalized());
    });
}

void OrbitDiagramView::setColorMapName(const QString& name)
{
    m_colorMap = name;
    m_spectrogram->setColorMap(createColorMap(name, true));
    axisWidget(QwtAxis::YRight)->setColorMap(QwtInterval(0.0, 1.0), createColorMap(name, true));
    replot();
}

void OrbitDiagramView::reset(const QRectF& window, int columns, int bins, const QString& parameterName,
                             const QString& variableName)
{
    m_columns = std::max(columns, 1);
    m_bins = std::max(bins, 1);
    m_filled = 0;
    m_matrix.assign(static_cast<std::size_t>(m_columns) * static_cast<std::size_t>(m_bins), 0.0);
    m_columnDone.assign(static_cast<std::size_t>(m_columns), 0);
    setAxisTitle(QwtAxis::XBottom, parameterName);
    setAxisTitle(QwtAxis::YLeft, variableName);
    if (window != m_window) {
        m_window = window;
        m_settingWindow = true;
        setAxisScale(QwtAxis::XBottom, window.left(), window.right());
        setAxisScale(QwtAxis::YLeft, window.top(), window.bottom());
        replot();
        // A window the user zoomed into is already on the zoom stack: keep the stack so
        // zooming back out works; any other window becomes the new base.
        if (m_zoomer->zoomRect().normalized() != window)
            m_zoomer->setZoomBase(false);
        m_settingWindow = false;
    }
    refresh();
}

void OrbitDiagramView::setColumn(int column, const std::vector<double>& density)
{
    if (column < 0 || column >= m_columns)
        return;
    const int n = std::min(m_bins, static_cast<int>(density.size()));
    for (int b = 0; b < n; ++b)
        m_matrix[static_cast<std::size_t>(b) * static_cast<std::size_t>(m_columns) + static_cast<std::size_t>(column)] =
            density[static_cast<std::size_t>(b)];
    if (!m_columnDone[static_cast<std::size_t>(column)]) {
        m_columnDone[static_cast<std::size_t>(column)] = 1;
        ++m_filled;
    }
}

void OrbitDiagramView::refresh()
{
    auto* data = new QwtMatrixRasterData;
    data->setInterval(Qt::XAxis, QwtInterval(m_window.left(), m_window.right()));
    data->setInterval(Qt::YAxis, QwtInterval(m_window.top(), m_window.bottom()));
    data->setInterval(Qt::ZAxis, QwtInterval(0.0, 1.0));
    data->setValueMatrix(QVector<double>(m_matrix.begin(), m_matrix.end()), m_columns);
    m_spectrogram->setData(data);
    replot();
}

double OrbitDiagramView::density(int column, int bin) const
{
    if (column < 0 || column >= m_columns || bin < 0 || bin >= m_bins)
        return 0.0;
    return m_matrix[static_cast<std::size_t>(bin) * static_cast<std::size_t>(m_columns) + static_cast<std::size_t>(column)];
}

QByteArray OrbitDiagramView::toCsv() const
{
    QByteArray out = "parameter,value,density\n";
    const double dx = m_window.width() / m_columns;
    const double dy = m_window.height() / m_bins;
    for (int c = 0; c < m_columns; ++c) {
        for (int b = 0; b < m_bins; ++b) {
            const double d = density(c, b);
            if (d <= 0.0)
                continue;
            out += QByteArray::number(m_window.left() + (c + 0.5) * dx, 'g', 17) + ',' +
                   QByteArray::number(m_window.top() + (b + 0.5) * dy, 'g', 17) + ',' +
                   QByteArray::number(d, 'g', 17) + '\n';
        }
    }
    return out;
}

} // namespace nd
