// Phase portrait of an orbit: one state variable against another, drawn as dots (an attractor
// is a cloud, not a line). GUI thread only.
#pragma once

#include <QString>
#include <qwt_plot.h>

#include <vector>

class QwtPlotCurve;

namespace nd {

class PhasePortraitView : public QwtPlot {
    Q_OBJECT
public:
    explicit PhasePortraitView(QWidget* parent = nullptr);

    // Replaces the plotted orbit; x and y must have the same length.
    void setOrbit(const std::vector<double>& x, const std::vector<double>& y,
                  const QString& xLabel, const QString& yLabel);
    void clearOrbit();
    std::size_t pointCount() const;
    // The plotted points, for tests and data export.
    std::vector<QPointF> points() const;

private:
    QwtPlotCurve* m_curve;
};

} // namespace nd
