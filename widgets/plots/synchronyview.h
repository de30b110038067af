// Synchronisation of a network: the Kuramoto order parameter R(n) with its time mean and a
// +-SD band; the zero-lag cross-correlation matrix as a heat map on a symmetric colour bar
// [-1, 1] (pairs with a zero-variance node undefined, light grey); and per node the correlation
// with the hub and the local (ring-window) order parameter, which shows chimera states.
// Correlation and order parameter may come separately. The header and the legend name the
// conventions (which correlation scalar, which phases) set by setConventions, and the order
// plot's title its phases. GUI thread only.
#pragma once

#include "measures/synchrony.h"
#include "plots/heatmap.h"
#include "plots/plotpanel.h"

#include <memory>

namespace nd {

class SynchronyView : public PlotPanel {
    Q_OBJECT
public:
    explicit SynchronyView(QWidget* parent = nullptr);

    // The conventions the next results were computed with (all-pairs and spike by default).
    void setConventions(CorrelationScalar correlation, PhaseConvention phases);
    void setCorrelation(const CrossCorrelationResult& result);
    // R(n) of the samples from firstSample on (PhaseMatrix::firstSample for spike phases).
    void setKuramoto(const KuramotoResult& result, std::size_t firstSample = 0);
    void setColorMapName(const QString& name); // of the matrix; "coolwarm" (diverging) by default

    bool hasCorrelation() const { return m_hasCorrelation; }
    bool hasKuramoto() const { return m_hasKuramoto; }
    const HeatMap& matrix() const { return *m_heat; }
    QString matrixReadoutAt(const QPointF& position) const;

    // The sub-plots (plots() lists those shown, with their titles).
    QwtPlot* orderPlot() const { return m_orderPlot; }
    QwtPlot* matrixPlot() const { return m_matrixPlot; }
    QwtPlot* nodePlot() const { return m_nodePlot; }

private:
    void clearData() override; // PlotPanel::setMessage drops the data through it
    std::size_t nodeCount() const;
    bool hubDefined(std::size_t node) const;
    void drawOrder();
    void drawMatrix();
    void drawNodes();
    void updateHeader();

    DataPlot* m_orderPlot;
    DataPlot* m_matrixPlot;
    DataPlot* m_nodePlot;
    std::unique_ptr<HeatMap> m_heat;
    CrossCorrelationResult m_correlation;
    KuramotoResult m_kuramoto;
    std::size_t m_firstSample = 0;
    CorrelationScalar m_scalar = CorrelationScalar::AllPairs;
    PhaseConvention m_phases = PhaseConvention::Spike;
    bool m_hasCorrelation = false;
    bool m_hasKuramoto = false;
};

} // namespace nd
