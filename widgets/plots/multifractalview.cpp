#include "plots/multifractalview.h"

#include "plots/colormaps.h"
#include "plots/plotstyle.h"

#include <QPen>
#include <QStringList>
#include <qwt_color_map.h>
#include <qwt_interval_symbol.h>
#include <qwt_legend.h>
#include <qwt_plot_curve.h>
#include <qwt_plot_intervalcurve.h>
#include <qwt_plot_marker.h>
#include <qwt_symbol.h>
#include <qwt_text.h>

#include <cmath>
#include <memory>

namespace nd {

namespace {

const QColor kBlue(20, 60, 160);
const QColor kOrange(200, 90, 0);

QwtPlotCurve* pointCurve(const QString& title, const QPolygonF& points, const QColor& color, QwtPlot* plot,
                         bool line = true)
{
    auto* c = new QwtPlotCurve(title);
    c->setStyle(line ? QwtPlotCurve::Lines : QwtPlotCurve::NoCurve);
    c->setPen(QPen(color, 1.3));
    c->setSymbol(new QwtSymbol(QwtSymbol::Ellipse, QBrush(color), Qt::NoPen, QSize(5, 5)));
    c->setRenderHint(QwtPlotItem::RenderAntialiased, true);
    c->setLegendAttribute(QwtPlotCurve::LegendShowSymbol, true);
    c->setLegendAttribute(QwtPlotCurve::LegendShowLine, line);
    c->setSamples(points);
    c->attach(plot);
    return c;
}

QPolygonF zipped(const std::vector<double>& x, const std::vector<double>& y)
{
    QPolygonF out;
    for (std::size_t i = 0; i < x.size() && i < y.size(); ++i)
        if (std::isfinite(x[i]) && std::isfinite(y[i]))
            out << QPointF(x[i], y[i]);
    return out;
}

// R^2 per q on the plot's right axis.
void addFitQuality(const std::vector<double>& q, const std::vector<double>& r2, QwtPlot* plot)
{
    auto* c = pointCurve(MultifractalView::tr("fit quality R^2"), zipped(q, r2), kOrange, plot);
    c->setPen(QPen(kOrange, 1.0, Qt::DotLine));
    c->setYAxis(QwtAxis::YRight);
    plot->setAxisVisible(QwtAxis::YRight, true);
    plot->setAxisTitle(QwtAxis::YRight, MultifractalView::tr("R^2"));
}

// The fitting reports' warnings (low R^2, crossovers, flat segments for q < 0) as one red line
// of the header, so what the CLI lists under "warnings" is also seen next to the plots; empty
// when there is none.
QString fitWarningsLine(const std::vector<FitWarning>& warnings, const QString& breakName)
{
    QStringList poor, crossQ, crossAt, parts;
    double flat = 0.0;
    for (const FitWarning& w : warnings) {
        if (w.kind == "low_r_squared")
            poor << QString::number(w.q, 'g', 4);
        else if (w.kind == "crossover") {
            crossQ << QString::number(w.q, 'g', 4);
            crossAt << QString::number(w.value, 'g', 3);
        } else if (w.kind == "flat_segments")
            flat = w.value;
    }
    if (!poor.isEmpty())
        parts << MultifractalView::tr("R^2 below the warning threshold at q = %1")
                     .arg(poor.join(QStringLiteral(", ")));
    if (!crossQ.isEmpty())
        parts << MultifractalView::tr("crossover (two scaling ranges) at q = %1, break near %2 = %3")
                     .arg(crossQ.join(QStringLiteral(", ")), breakName, crossAt.join(QStringLiteral(", ")));
    if (flat > 0.0)
        parts << MultifractalView::tr("%1 flat segment(s): h(q < 0) reflects the flat stretches").arg(flat);
    if (parts.isEmpty())
        return {};
    return QStringLiteral("<br><span style=\"color:#a01010\">") +
           MultifractalView::tr("Fit warnings: %1").arg(parts.join(QStringLiteral("; "))).toHtmlEscaped() +
           QStringLiteral("</span>");
}

} // namespace

MultifractalView::MultifractalView(QWidget* parent) : PlotPanel(parent)
{
    m_hPlot = addPlot(
        [] {
            return PlotTexts{
                tr("Generalised Hurst exponent"), tr("q"), tr("h(q)"),
                tr("h(q): slope of ln F_q(s) against ln s, with its standard error; R^2 (right axis) "
                   "is the quality of each fit")};
        },
        {0, 0},
        [this]() {
            QByteArray out = "q,h,h_std_err,r_squared\n";
            const MfdfaResult& r = m_mfdfa;
            for (std::size_t i = 0; i < r.q.size() && i < r.h.size(); ++i)
                out += csvNumber(r.q[i]) + ',' + csvNumber(r.h[i]) + ',' + csvNumber(r.hStdErr[i]) + ',' +
                       csvNumber(r.rSquared[i]) + '\n';
            return out;
        });
    m_hPlot->insertLegend(new QwtLegend, QwtPlot::BottomLegend);
    m_tauPlot = addPlot(
        [] {
            return PlotTexts{
                tr("Mass exponent"), tr("q"), tr("tau(q)"),
                tr("tau(q) = q h(q) - 1 (MFDFA) or the slope of ln Z_q(r) against ln(r/d) (network); "
                   "a straight line means a monofractal")};
        },
        {0, 1},
        [this]() {
            const bool net = m_mode == Mode::Network;
            const Spectrum sp = spectrum();
            QByteArray out = net ? "q,tau,r_squared\n" : "q,tau\n";
            for (std::size_t i = 0; i < sp.q.size() && i < sp.tau.size(); ++i)
                out += csvNumber(sp.q[i]) + ',' + csvNumber(sp.tau[i]) +
                       (net ? ',' + csvNumber(m_network.rSquared[i]) : QByteArray()) + '\n';
            return out;
        });
    m_fPlot = addPlot(
        [] {
            return PlotTexts{tr("Singularity spectrum"), tr("alpha"), tr("f(alpha)"),
                             tr("Legendre spectrum: alpha = d tau / d q, f(alpha) = q alpha - tau; its width "
                                "measures the multifractality")};
        },
        {1, 0},
        [this]() {
            const Spectrum sp = spectrum();
            QByteArray out = "q,alpha,f\n";
            for (std::size_t i = 0; i < sp.q.size() && i < sp.alpha.size() && i < sp.f.size(); ++i)
                out += csvNumber(sp.q[i]) + ',' + csvNumber(sp.alpha[i]) + ',' + csvNumber(sp.f[i]) + '\n';
            return out;
        });
    m_logPlot = addPlot(
        [] {
            return PlotTexts{
                tr("Fluctuation functions"), QString(), QString(),
                tr("The log-log points each exponent is fitted to, with the fitted lines; dashed red "
                   "lines mark scales where segments with zero variance were left out (labelled: left "
                   "out / all segments)")};
        },
        {1, 1}, [this]() { return logLogCsv(); });
    m_logPlot->insertLegend(new QwtLegend, QwtPlot::RightLegend);
}

MultifractalView::Spectrum MultifractalView::spectrum() const
{
    if (m_mode == Mode::Network)
        return {m_network.q, m_network.tau, m_network.alpha, m_network.fAlpha};
    return {m_mfdfa.q, m_mfdfa.tau, m_mfdfa.alpha, m_mfdfa.fAlpha};
}

QByteArray MultifractalView::logLogCsv() const
{
    const bool net = m_mode == Mode::Network;
    const auto& q = spectrum().q;
    const auto& y = net ? m_network.logZ : m_mfdfa.logFq;
    QByteArray out = net ? "q,ln_r_over_d,ln_Z,used,fitted\n" : "q,ln_s,ln_F,used,fitted\n";
    for (std::size_t qi = 0; qi < q.size() && qi < y.size(); ++qi)
        for (std::size_t k = 0; k < m_logX.size() && k < y[qi].size(); ++k) {
            const bool used = m_usable[k] != 0;
            const auto& fit = m_fits[qi];
            out += csvNumber(q[qi]) + ',' + csvNumber(m_logX[k]) + ',' +
                   (used ? csvNumber(y[qi][k]) : QByteArray()) + (used ? ",1," : ",0,") +
                   (fit ? csvNumber(fit->intercept + fit->slope * m_logX[k]) : QByteArray()) + '\n';
        }
    return out;
}

bool MultifractalView::begin(Mode mode, const PlotTexts& logLog, bool defined, const QString& whyUndefined)
{
    setMessage(defined ? QString() : whyUndefined); // clears the previous result either way
    m_mode = mode;
    m_hPlot->setVisible(mode == Mode::Mfdfa);
    m_logPlot->setTitle(wrappedText(logLog.title));
    m_logPlot->setAxisTitle(QwtAxis::XBottom, logLog.xAxis);
    m_logPlot->setAxisTitle(QwtAxis::YLeft, logLog.yAxis);
    return defined;
}

void MultifractalView::clearData()
{
    m_mode = Mode::Empty;
    m_mfdfa = MfdfaResult{};
    m_network = NetworkSpectrumResult{};
    m_logX.clear();
    m_usable.clear();
    m_fits.clear();
    m_flagged.clear();
    for (DataPlot* p : {m_hPlot, m_tauPlot})
        p->setAxisVisible(QwtAxis::YRight, false);
}

std::optional<LineFit> MultifractalView::fittedLine(std::size_t qi) const
{
    return qi < m_fits.size() ? m_fits[qi] : std::nullopt;
}

void MultifractalView::setMfdfa(const MfdfaResult& result)
{
    const bool defined =
        begin(Mode::Mfdfa,
              {tr("Fluctuation functions"), tr("ln s (s: segment length in samples)"), tr("ln F_q(s)"), {}},
              result.defined, tr("MFDFA undefined: %1").arg(QString::fromStdString(result.reason)));
    m_mfdfa = result;
    if (!defined)
        return;
    std::vector<double> logS;
    for (std::size_t s : result.scales)
        logS.push_back(std::log(static_cast<double>(s)));
    for (std::size_t i = 0; i < result.scales.size() && i < result.zeroVarianceSegments.size(); ++i)
        if (result.zeroVarianceSegments[i] > 0)
            m_flagged.push_back(logS[i]);
    drawH();
    drawCommon(result.q, result.tau, result.alpha, result.fAlpha);
    const QString logLogNote = drawLogLog(result.q, logS, result.logFq, result.scaleUsable);
    for (std::size_t i = 0; i < result.scales.size() && i < result.zeroVarianceSegments.size(); ++i) {
        if (result.zeroVarianceSegments[i] == 0)
            continue;
        auto* m = new QwtPlotMarker;
        m->setLineStyle(QwtPlotMarker::VLine);
        m->setLinePen(QPen(QColor(200, 30, 30), 1.0, Qt::DashLine));
        m->setXValue(logS[i]);
        // Short, so neighbouring scales stay readable: zero-variance segments / all segments.
        m->setLabel(
            QwtText(QStringLiteral("%1/%2").arg(result.zeroVarianceSegments[i]).arg(result.segments[i])));
        m->setLabelOrientation(Qt::Vertical);
        m->setLabelAlignment(Qt::AlignLeft | Qt::AlignBottom);
        m->attach(m_logPlot);
    }
    m_logPlot->replot();
    QString header =
        tr("<b>MFDFA</b>: width max(alpha) - min(alpha) = <b>%1</b>; %2 scales from %3 to %4 samples")
            .arg(result.width, 0, 'g', 5)
            .arg(result.scales.size())
            .arg(result.scales.empty() ? 0 : result.scales.front())
            .arg(result.scales.empty() ? 0 : result.scales.back());
    if (!result.warning.empty())
        header += QStringLiteral("<br><span style=\"color:#a01010\">") +
                  tr("Zero-variance segments left out: %1")
                      .arg(QString::fromStdString(result.warning))
                      .toHtmlEscaped() +
                  QStringLiteral("</span>");
    header += fitWarningsLine(result.warnings, tr("s"));
    setHeader(header + logLogNote);
}

void MultifractalView::setNetworkSpectrum(const NetworkSpectrumResult& result)
{
    const bool defined =
        begin(Mode::Network, {tr("Partition sums"), tr("ln(r / d)"), tr("ln Z_q(r)"), {}}, result.defined,
              tr("Network spectrum undefined: %1").arg(QString::fromStdString(result.reason)));
    m_network = result;
    if (!defined)
        return;
    std::vector<double> logR;
    for (double r : result.radii)
        logR.push_back(std::log(r / result.diameter));
    drawCommon(result.q, result.tau, result.alpha, result.fAlpha);
    addFitQuality(result.q, result.rSquared, m_tauPlot);
    m_tauPlot->replot();
    auto* a0 = new QwtPlotMarker;
    a0->setLineStyle(QwtPlotMarker::VLine);
    a0->setLinePen(QPen(QColor(200, 30, 30), 1.0, Qt::DashLine));
    a0->setXValue(result.alpha0);
    a0->setLabel(QwtText(tr("alpha_0 = %1").arg(result.alpha0, 0, 'g', 4)));
    a0->setLabelAlignment(Qt::AlignRight | Qt::AlignBottom);
    a0->attach(m_fPlot);
    m_fPlot->replot();
    const QString logLogNote = drawLogLog(result.q, logR, result.logZ, std::vector<unsigned char>(logR.size(), 1));
    // The distances each method measures (docs/conventions.md, "four methods").
    const QString distances =
        result.method == NetworkSpectrumMethod::NeuroMfaCode
            ? tr("Distances are d_ij = 1/|w_ij| of each node's own out-edges (one hop).")
            : tr("Distances are weighted: d_ij = 1/|w_ij| along shortest paths, w the "
                 "coupling strength.");
    QString header =
        tr("<b>Network spectrum</b> (%5): alpha_0 = <b>%1</b>, width = <b>%2</b>; diameter d = %3, %4 radii")
            .arg(result.alpha0, 0, 'g', 5)
            .arg(result.width, 0, 'g', 5)
            .arg(result.diameter, 0, 'g', 5)
            .arg(result.radii.size())
            .arg(QString::fromLatin1(networkSpectrumMethodName(result.method))) +
        QStringLiteral("<br>") +
        tr("Fit quality: R^2 >= %1 for every q (lowest at q = %2).")
            .arg(result.minRSquared, 0, 'g', 3)
            .arg(result.minRSquaredQ, 0, 'g', 4) +
        QStringLiteral(" ") + distances;
    if (!result.passesFilter)
        header += QStringLiteral("<br>") + tr("The official NeuroMFA code would drop this subnetwork: %1")
                                               .arg(QString::fromStdString(result.filterReason))
                                               .toHtmlEscaped();
    if (result.minRSquared < kPoorFitRSquared)
        header += QStringLiteral("<br><span style=\"color:#a01010\">") +
                  tr("Poor power-law fit: R^2 = %1 at q = %2 (below %3). ln Z_q(r) is not a straight line in "
                     "ln(r/d) over these radii, so tau(q), alpha and f(alpha) are not scaling exponents of "
                     "this network.")
                      .arg(result.minRSquared, 0, 'g', 3)
                      .arg(result.minRSquaredQ, 0, 'g', 4)
                      .arg(kPoorFitRSquared)
                      .toHtmlEscaped() +
                  QStringLiteral("</span>");
    header += fitWarningsLine(result.warnings, tr("r"));
    setHeader(header + logLogNote);
}

void MultifractalView::drawH()
{
    const MfdfaResult& r = m_mfdfa;
    pointCurve(tr("h(q)"), zipped(r.q, r.h), kBlue, m_hPlot);
    QVector<QwtIntervalSample> bars;
    for (std::size_t i = 0; i < r.q.size() && i < r.h.size() && i < r.hStdErr.size(); ++i)
        bars.append(QwtIntervalSample(r.q[i], r.h[i] - r.hStdErr[i], r.h[i] + r.hStdErr[i]));
    auto* errors = new QwtPlotIntervalCurve(tr("standard error"));
    errors->setStyle(QwtPlotIntervalCurve::NoCurve);
    auto* symbol = new QwtIntervalSymbol(QwtIntervalSymbol::Bar);
    symbol->setWidth(6);
    symbol->setPen(QPen(kBlue, 1.0));
    errors->setSymbol(symbol);
    errors->setSamples(bars);
    errors->setItemAttribute(QwtPlotItem::Legend, false);
    errors->attach(m_hPlot);
    addFitQuality(r.q, r.rSquared, m_hPlot);
    m_hPlot->setHasData(true);
    m_hPlot->replot();
}

void MultifractalView::drawCommon(const std::vector<double>& q, const std::vector<double>& tau,
                                  const std::vector<double>& alpha, const std::vector<double>& f)
{
    pointCurve(tr("tau(q)"), zipped(q, tau), kBlue, m_tauPlot);
    m_tauPlot->setHasData(!tau.empty());
    m_tauPlot->replot();
    pointCurve(tr("f(alpha)"), zipped(alpha, f), kBlue, m_fPlot);
    m_fPlot->setHasData(!f.empty());
    m_fPlot->replot();
}

namespace {

constexpr std::size_t kMaxLogLogCurves = 15;

// Which q of the grid get a curve on the log-log plot (see drawLogLog).
std::vector<bool> shownQ(const std::vector<double>& q)
{
    if (q.size() <= kMaxLogLogCurves)
        return std::vector<bool>(q.size(), true);
    std::vector<bool> shown(q.size(), false);
    std::size_t whole = 0;
    for (std::size_t i = 0; i < q.size(); ++i)
        if (q[i] == std::round(q[i]) && ++whole <= kMaxLogLogCurves)
            shown[i] = true;
    if (whole >= 2 && whole <= kMaxLogLogCurves)
        return shown;
    const std::size_t stride = (q.size() + kMaxLogLogCurves - 1) / kMaxLogLogCurves;
    for (std::size_t i = 0; i < q.size(); ++i)
        shown[i] = i % stride == 0 || i + 1 == q.size();
    return shown;
}

} // namespace

QString MultifractalView::drawLogLog(const std::vector<double>& q, const std::vector<double>& x,
                                     const std::vector<std::vector<double>>& y,
                                     const std::vector<unsigned char>& usable)
{
    const std::vector<bool> shown = shownQ(q);
    QStringList shownValues;
    m_logX = x;
    m_usable = usable;
    m_usable.resize(x.size(), 0);
    m_fits.assign(q.size(), std::nullopt);
    const std::unique_ptr<QwtColorMap> colors(createColorMap(QStringLiteral("viridis")));
    const QwtInterval qRange(q.empty() ? 0.0 : q.front(),
                             q.empty() ? 1.0 : std::max(q.back(), q.front() + 1e-9));
    for (std::size_t qi = 0; qi < q.size() && qi < y.size(); ++qi) {
        std::vector<double> fx, fy;
        QPolygonF points;
        for (std::size_t k = 0; k < x.size() && k < y[qi].size(); ++k)
            if (m_usable[k] && std::isfinite(y[qi][k])) {
                fx.push_back(x[k]);
                fy.push_back(y[qi][k]);
                points << QPointF(x[k], y[qi][k]);
            }
        const bool draw = shown[qi];
        if (fx.size() >= 2 && fx.front() != fx.back())
            m_fits[qi] = fitLine(fx, fy);
        if (!draw)
            continue;
        shownValues << QString::number(q[qi], 'g', 4);
        // q from blue-violet (negative) to yellow (positive), darkened to stay visible on white.
        const QColor color = colors->color(qRange, q[qi]).darker(115);
        pointCurve(tr("q = %1").arg(q[qi], 0, 'g', 4), points, color, m_logPlot, false);
        if (!m_fits[qi])
            continue;
        const LineFit fit = *m_fits[qi];
        auto* line = new QwtPlotCurve;
        line->setPen(QPen(color, 1.0));
        line->setSamples(QPolygonF{QPointF(fx.front(), fit.intercept + fit.slope * fx.front()),
                                   QPointF(fx.back(), fit.intercept + fit.slope * fx.back())});
        line->setItemAttribute(QwtPlotItem::Legend, false);
        line->attach(m_logPlot);
    }
    m_logPlot->setHasData(!q.empty());
    m_logPlot->replot();
    if (static_cast<std::size_t>(shownValues.size()) == q.size())
        return {};
    return QStringLiteral("<br>") + tr("The log-log plot draws %1 of the %2 q values (q = %3); the fits, tau(q) "
                                       "and the CSV use every q.")
                                        .arg(shownValues.size())
                                        .arg(q.size())
                                        .arg(shownValues.join(QStringLiteral(", ")));
}

} // namespace nd
