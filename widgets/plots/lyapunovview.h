// Lyapunov spectrum view: the running estimate of each exponent against the number of
// iterations (convergence), the final exponents and the Kaplan-Yorke dimension in the title.
// GUI thread only.
#pragma once

#include "plots/plotdata.h"

#include <QString>
#include <qwt_plot.h>

#include <vector>

class QwtPlotCurve;

namespace nd {

class LyapunovView : public QwtPlot, public PlotData {
    Q_OBJECT
public:
    explicit LyapunovView(QWidget* parent = nullptr);

    // curve[i * k + j]: exponent j after time[i]; exponents: final values, descending.
    void setResult(const std::vector<double>& time, const std::vector<double>& curve, int k,
                   const std::vector<double>& exponents, const QString& summary);
    void setMessage(const QString& message);
    const std::vector<double>& exponents() const { return m_exponents; }
    int curveCount() const { return static_cast<int>(m_curves.size()); }

    QByteArray toCsv() const override;
    bool hasData() const override { return !m_curves.empty() && !m_time.empty(); }

private:
    void clearCurves();

    std::vector<QwtPlotCurve*> m_curves;
    std::vector<double> m_time;
    std::vector<double> m_values;
    std::vector<double> m_exponents;
    int m_k = 0;
};

} // namespace nd
