#include "plots/orbitdiagramview.h"

#include "plots/plotstyle.h"
#include "plots/retranslate.h"

#include <QPen>
#include <qwt_interval.h>
#include <qwt_plot_zoomer.h>
#include <qwt_scale_widget.h>
#include <qwt_text.h>

#include <algorithm>

namespace nd {

OrbitDiagramView::OrbitDiagramView(QWidget* parent) : QwtPlot(parent), m_heat(this), m_overlay(this)
{
    applyPlotStyle(this);
    m_heat.setBlankZero(true);
    m_heat.setFixedRange(QwtInterval(0.0, 1.0));
    retranslateWith(this, [this] {
        setTitle(QwtText(tr("Orbit diagram")));
        m_heat.setColorBarTitle(tr("density"));
    });
    m_heat.refresh();

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
    m_heat.setColorMapName(name);
    refresh();
}

void OrbitDiagramView::setBranches(const std::vector<Branch>& branches, int variable, const Model* model)
{
    m_overlay.setCycleBranches(branches, variable, model);
    replot();
}

void OrbitDiagramView::clearBranches()
{
    m_overlay.clear();
    replot();
}

void OrbitDiagramView::setMessage(const QString& message)
{
    m_filled = 0;
    std::fill(m_columnDone.begin(), m_columnDone.end(), 0);
    m_heat.fill(0.0);
    m_heat.refresh();
    setPlotMessage(this, message);
}

void OrbitDiagramView::reset(const QRectF& window, int columns, int bins, const QString& parameterName,
                             const QString& variableName)
{
    setPlotMessage(this, {});
    m_columns = std::max(columns, 1);
    m_bins = std::max(bins, 1);
    m_filled = 0;
    m_heat.setGrid(QwtInterval(window.left(), window.right()), m_columns,
                   QwtInterval(window.top(), window.bottom()), m_bins, 0.0);
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
        m_heat.setCell(column, b, density[static_cast<std::size_t>(b)]);
    if (!m_columnDone[static_cast<std::size_t>(column)]) {
        m_columnDone[static_cast<std::size_t>(column)] = 1;
        ++m_filled;
    }
}

void OrbitDiagramView::refresh()
{
    m_heat.refresh();
    replot();
}

double OrbitDiagramView::density(int column, int bin) const
{
    if (column < 0 || column >= m_columns || bin < 0 || bin >= m_bins)
        return 0.0;
    return m_heat.cell(column, bin);
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
