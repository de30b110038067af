// The curves behind the embedding choices and windowed RQA: the average mutual information
// I(tau) with the chosen delay marked (DelayChoiceView), the false-nearest-neighbour fraction and
// Cao's E1 and E2 against the dimension with the chosen dimensions marked (DimensionChoiceView),
// and RR, DET and LAM of sliding windows against the window's first sample (WindowedRqaView).
// Each title says which rule chose what. GUI thread only.
#pragma once

#include "measures/embedding.h"
#include "measures/recurrence.h"
#include "plots/plotdata.h"

#include <QString>
#include <qwt_plot.h>

#include <vector>

class QwtPlotCurve;
class QwtPlotMarker;

namespace nd {

class DelayChoiceView : public QwtPlot, public PlotData {
    Q_OBJECT
public:
    explicit DelayChoiceView(QWidget* parent = nullptr);
    // I(tau) for tau = 0..maxLag and, when the result is defined, a line at its delay.
    void setResult(const DelayResult& result);
    void clear();
    int markedDelay() const { return m_delay; } // 0: none

    QByteArray toCsv() const override; // lag,mutual_information,autocorrelation
    bool hasData() const override { return !m_result.mutualInformation.empty(); }

private:
    QwtPlotCurve* m_curve;
    QwtPlotMarker* m_marker;
    DelayResult m_result;
    int m_delay = 0;
};

class DimensionChoiceView : public QwtPlot, public PlotData {
    Q_OBJECT
public:
    explicit DimensionChoiceView(QWidget* parent = nullptr);
    // The FNN fraction, E1 and E2 against m = 1..max, lines at the FNN and Cao choices.
    void setResult(const DimensionResult& result, int delay);
    void clear();
    int markedFnn() const { return m_fnn; } // 0: none
    int markedCao() const { return m_cao; }

    QByteArray toCsv() const override; // dimension,fnn_fraction,cao_E1,cao_E2
    bool hasData() const override { return !m_result.fnnFraction.empty(); }

private:
    QwtPlotCurve *m_fraction, *m_e1, *m_e2;
    QwtPlotMarker *m_fnnMarker, *m_caoMarker;
    DimensionResult m_result;
    int m_fnn = 0, m_cao = 0;
};

class WindowedRqaView : public QwtPlot, public PlotData {
    Q_OBJECT
public:
    explicit WindowedRqaView(QWidget* parent = nullptr);
    // RR, DET and LAM of each window against its first sample (gaps where undefined).
    void setResult(const WindowedRqaResult& result, const QString& title);
    void clear();

    QByteArray toCsv() const override; // start,RR,DET,LAM
    bool hasData() const override { return !m_result.starts.empty(); }

private:
    std::vector<QwtPlotCurve*> m_curves;
    WindowedRqaResult m_result;
};

} // namespace nd
