// NeuroMFA over training (issue 22 point 3): the spectra f(alpha) of every checkpoint (mean over
// the subnetworks, coloured from early = blue to late = red, with a +-1 sd band), alpha_0 and
// the width (mean +- sd) and the degree of emergence E over the training steps, and E against
// the user's benchmark scores when there are any (accuracy on the right axis, dashed, as in the
// paper's figure). Used by the GUI and drawn by `neurodyn-cli neuromfa` for its figures.
// GUI thread only.
#pragma once

#include "network/neuromfaseries.h"
#include "plots/plotpanel.h"

#include <optional>

namespace nd {

class EmergenceView : public PlotPanel {
    Q_OBJECT
public:
    explicit EmergenceView(QWidget* parent = nullptr);

    QwtPlot* spectraPlot() const { return m_spectra; }
    QwtPlot* metricsPlot() const { return m_metrics; }
    QwtPlot* scoresPlot() const { return m_scores; }

    // Shows a finished series; with scores, also E against them (the scores plot is hidden
    // without). A canceled or empty series shows why.
    void setResult(const NeuroMfaSeriesResult& result, const std::optional<BenchmarkScores>& scores = std::nullopt);
    const NeuroMfaSeriesResult& result() const { return m_result; }

private:
    void clearData() override;
    void drawSpectra();
    void drawMetrics();
    void drawScores();

    DataPlot* m_spectra;
    DataPlot* m_metrics;
    DataPlot* m_scores;
    NeuroMfaSeriesResult m_result;
    std::optional<BenchmarkScores> m_scoreData;
};

} // namespace nd
