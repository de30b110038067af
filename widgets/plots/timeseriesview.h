// Time series of one or more recorded variables against the step index. GUI thread only.
#pragma once

#include <QString>
#include <qwt_plot.h>

#include <vector>

class QwtPlotCurve;

namespace nd {

class TimeSeriesView : public QwtPlot {
    Q_OBJECT
public:
    explicit TimeSeriesView(QWidget* parent = nullptr);

    // One curve per series; steps gives the abscissa shared by all series.
    void setSeries(const std::vector<double>& steps, const std::vector<std::vector<double>>& series,
                   const QStringList& names);
    int curveCount() const { return static_cast<int>(m_curves.size()); }
    std::vector<QPointF> points(int curve) const;

private:
    std::vector<QwtPlotCurve*> m_curves;
};

} // namespace nd
