// Multifractal spectra. For MFDFA of a series: h(q) with its standard error and the fit
// quality R^2 per q, tau(q), f(alpha), and ln F_q(s) against ln s with the fitted lines, scales
// with zero-variance segments flagged (dashed red lines) and the width in the header. For the
// spectrum of a network: tau(q), f(alpha) with alpha_0 marked, ln Z_q(r) against ln(r/d) with
// the fitted lines, and alpha_0 and the width in the header. GUI thread only.
#pragma once

#include "measures/mfdfa.h"
#include "measures/networkspectrum.h"
#include "measures/spectrum.h"
#include "plots/plotpanel.h"

#include <optional>
#include <vector>

namespace nd {

class MultifractalView : public PlotPanel {
    Q_OBJECT
public:
    enum class Mode { Empty, Mfdfa, Network };

    explicit MultifractalView(QWidget* parent = nullptr);
    // The sub-plots (plots() lists those shown, with their titles).
    QwtPlot* hPlot() const { return m_hPlot; }
    QwtPlot* tauPlot() const { return m_tauPlot; }
    QwtPlot* spectrumPlot() const { return m_fPlot; }
    QwtPlot* logLogPlot() const { return m_logPlot; }

    void setMfdfa(const MfdfaResult& result);
    void setNetworkSpectrum(const NetworkSpectrumResult& result);
    Mode mode() const { return m_mode; }

    // The line drawn through the log-log points of q index qi (least squares over the scales
    // or radii used by the fit), or none when it cannot be fitted.
    std::optional<LineFit> fittedLine(std::size_t qi) const;
    // The ln s of scales with zero-variance segments (flagged in the log-log plot).
    const std::vector<double>& flaggedLogScales() const { return m_flagged; }

private:
    void clearData() override; // PlotPanel::setMessage drops the data through it
    // The spectrum shown, whichever analysis it came from.
    struct Spectrum {
        const std::vector<double>& q;
        const std::vector<double>& tau;
        const std::vector<double>& alpha;
        const std::vector<double>& f;
    };
    Spectrum spectrum() const;
    QByteArray logLogCsv() const;
    // Clears the old result and sets up the plots for `mode`; false (and the message) when undefined.
    bool begin(Mode mode, const PlotTexts& logLog, bool defined, const QString& whyUndefined);
    void drawCommon(const std::vector<double>& q, const std::vector<double>& tau,
                    const std::vector<double>& alpha, const std::vector<double>& f);
    // Points of every q over x (the usable entries only) with their fitted lines.
    // A dense q grid (NeuroMFA's 61 values) would draw a curve per q that nobody can tell apart:
    // above kMaxLogLogCurves, only the integer q are drawn (or every k-th when too few are whole),
    // the fits and the CSV keep every q, and the returned line (for the header) says which are shown.
    QString drawLogLog(const std::vector<double>& q, const std::vector<double>& x,
                       const std::vector<std::vector<double>>& y, const std::vector<unsigned char>& usable);
    void drawH();

    DataPlot* m_hPlot;
    DataPlot* m_tauPlot;
    DataPlot* m_fPlot;
    DataPlot* m_logPlot;
    Mode m_mode = Mode::Empty;
    MfdfaResult m_mfdfa;
    NetworkSpectrumResult m_network;
    std::vector<double> m_logX;                 // ln s or ln(r / d)
    std::vector<unsigned char> m_usable;        // per scale / radius
    std::vector<std::optional<LineFit>> m_fits; // per q
    std::vector<double> m_flagged;
};

} // namespace nd
