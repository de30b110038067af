// The Lyapunov spectrum along a parameter: each of the k exponents against the parameter as a
// line (broken where a value has no spectrum), a zero line, and the values whose orbit escaped
// or whose tangent vectors degenerated marked on the axis. GUI thread only.
#pragma once

#include "plots/plotdata.h"

#include <QString>
#include <qwt_plot.h>

#include <vector>

class QwtPlotCurve;
class QwtPlotMarker;

namespace nd {

class LyapunovAlongView : public QwtPlot, public PlotData {
    Q_OBJECT
public:
    explicit LyapunovAlongView(QWidget* parent = nullptr);

    // One row per parameter value: exponents[i] holds the k exponents of values[i] (descending),
    // or is empty when that value has none; escaped[i] says whether it is empty because the
    // orbit escaped. title: what the plot shows (the parameter, the conventions).
    void setResult(const std::vector<double>& values, const std::vector<std::vector<double>>& exponents,
                   const std::vector<char>& escaped, int k, const QString& parameter, const QString& title);
    void setMessage(const QString& message);
    // No data and the plain title (in the current language): what a study without the part shows.
    void clear();
    int exponentCount() const { return m_k; }
    // Curves drawn for exponent j (one per run of values with a spectrum).
    int segmentCount(int j) const;

    QByteArray toCsv() const override;
    bool hasData() const override { return !m_values.empty(); }

private:
    void clearItems();

    std::vector<QwtPlotCurve*> m_curves;
    std::vector<int> m_curveExponent; // which exponent each curve draws
    QwtPlotCurve* m_undefined = nullptr;
    QwtPlotMarker* m_zero = nullptr;
    std::vector<double> m_values;
    std::vector<std::vector<double>> m_exponents;
    std::vector<char> m_escaped;
    QString m_parameter;
    int m_k = 0;
};

} // namespace nd
