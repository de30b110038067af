// Time series of one or more recorded variables against the step index. GUI thread only.
#pragma once

#include "plots/plotdata.h"

#include <QString>
#include <QStringList>
#include <qwt_plot.h>
#include <qwt_plot_curve.h>

#include <vector>

namespace nd {

class TimeSeriesView : public QwtPlot, public PlotData {
    Q_OBJECT
public:
    explicit TimeSeriesView(QWidget* parent = nullptr);

    // One curve per series; steps gives the abscissa shared by all series.
    void setSeries(const std::vector<double>& steps, const std::vector<std::vector<double>>& series,
                   const QStringList& names);
    int curveCount() const { return static_cast<int>(m_curves.size()); }
    std::vector<QPointF> points(int curve) const;

    // Columns: step, then one per series.
    QByteArray toCsv() const override;
    bool hasData() const override { return !m_curves.empty() && m_curves.front()->dataSize() > 0; }

private:
    std::vector<QwtPlotCurve*> m_curves;
    QStringList m_names;
};

} // namespace nd
