#include "gui/networktasks.h"

#include "analysis/synchronyconventions.h"
#include "compute/seriescompute.h"
#include "gui/seriestasks.h"
#include "gui/significancecontrols.h"
#include "gui/studydocument.h"
#include "plots/multifractalview.h"
#include "plots/synchronyview.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

#include <algorithm>

namespace nd {

SynchronyTask::SynchronyTask(StudyDocument* document, QThreadPool* pool, QObject* parent)
    : ResultViewTask(document, pool, &AnalysisSettings::synchrony, parent), m_null(new NullHistogramView),
      m_box(viewWithNullHistogram(m_view, m_null))
{
}

void SynchronyTask::showMessage(const QString& text)
{
    ResultViewTask::showMessage(text);
    m_null->setMessage(text);
    m_null->hide();
}

std::vector<ExportController::Plot> SynchronyTask::plots() const
{
    auto plots = panelPlots(*m_view, fileStem(),
                            {{m_view->orderPlot(), QStringLiteral("order")},
                             {m_view->matrixPlot(), QStringLiteral("correlation")},
                             {m_view->nodePlot(), QStringLiteral("nodes")}});
    if (m_null->hasData())
        plots.push_back(
            {tr("Synchronisation: null distribution"), fileStem() + QStringLiteral("-null"), m_null});
    return plots;
}

std::vector<QwtPlot*> SynchronyTask::allPlots() const
{
    return {m_view->orderPlot(), m_view->matrixPlot(), m_view->nodePlot(), m_null};
}

QString SynchronyTask::readout(QwtPlot* plot, const QPointF& position) const
{
    return plot == m_view->matrixPlot() ? m_view->matrixReadoutAt(position) : QString();
}

SynchronySettings SynchronyTask::defaults(const Study&, const Model& model) const
{
    // Phase oscillators carry their phases; neurons with a second per-node variable get
    // centred phases from the pair, others spike phases. Ring-stars take the hub scalar.
    SynchronySettings s;
    const QStringList names = SettingsBar::nodeVariableNames(model);
    if (names.isEmpty())
        return s; // not a network: the view says so when it runs
    s.variable = names.front().toStdString();
    s.correlation = defaultCorrelationScalar(model);
    const auto valid = phaseConventionsFor(model);
    if (std::find(valid.begin(), valid.end(), PhaseConvention::Given) != valid.end())
        s.phases = PhaseConvention::Given;
    else if (names.size() >= 2) {
        s.phases = PhaseConvention::Centred;
        s.yVariable = names.at(1).toStdString();
    }
    return s;
}

JobRunner::Work SynchronyTask::work(const Study& study, int threads) const
{
    return resultJob(study, threads,
                     [](const Study& s, int t, Progress* p) { return compute::synchrony(s, t, p); });
}

void SynchronyTask::showResult(const compute::SynchronyComputation& r)
{
    m_view->setMessage(QString()); // drops the previous result: correlation and order parameter go together
    m_view->setConventions(r.correlation, r.phaseConvention);
    m_view->setCorrelation(r.cross);
    showSignificance(m_null, r);
    if (r.kuramoto)
        m_view->setKuramoto(*r.kuramoto, r.phases.firstSample);
    else
        emit message(
            tr("Synchronisation: no order parameter (%1)").arg(QString::fromStdString(r.phases.reason)));
}

SettingsBar* SynchronyTask::createSettingsBar()
{
    auto* bar = new SettingsBar(document(), []() { return tr("Change synchronisation"); });
    const auto& sec = section();
    bar->addNames(tr("Variable:"), tr("Per-node variable whose node copies are compared (x: x0, x1, ...)"),
                  QStringLiteral("synchrony.variable"), &SettingsBar::nodeVariableNames,
                  sec.field<std::string>(&SynchronySettings::variable));
    // In the order of CorrelationScalar.
    bar->addChoice(tr("Correlation:"),
                   tr("The scalar of the correlation matrix: the mean of the hub's correlations with every "
                      "other node (ring-star papers), the mean over all pairs, or the mean over the ring's "
                      "neighbouring pairs (a ring-star's hub is not on the ring)"),
                   QStringLiteral("synchrony.correlation"),
                   {tr("hub"), tr("all pairs"), tr("ring neighbours")},
                   sec.field<int>(&SynchronySettings::correlation));
    // In the order of PhaseConvention.
    bar->addChoice(
        tr("Phases:"),
        tr("How each node's phase is obtained: from its spike times, as the angle of (x, y) about "
           "their means (centred), as atan2(y, x) (arctan, uncentred), as the angle of the analytic "
           "signal of x (Hilbert), or the variable itself (phase oscillators only)"),
        QStringLiteral("synchrony.phases"),
        {tr("spike"), tr("centred"), tr("arctan"), tr("Hilbert"), tr("given")},
        sec.field<int>(&SynchronySettings::phases));
    bar->addNumber(tr("Threshold:"), tr("Spike phases: a spike is an upward crossing of this value"),
                   QStringLiteral("synchrony.threshold"), sec.field<double>(&SynchronySettings::threshold));
    bar->addNames(tr("y:"), tr("Centred and arctan phases: the per-node variable on the second axis"),
                  QStringLiteral("synchrony.y_variable"), &SettingsBar::nodeVariableNames,
                  sec.field<std::string>(&SynchronySettings::yVariable));
    bar->addInt(tr("Hub:"), tr("Node (from 0) every other node's correlation is taken against"),
                QStringLiteral("synchrony.hub"), 0, 1000000, sec.field<int>(&SynchronySettings::hub));
    addSignificanceControls(bar, sec, QStringLiteral("synchrony"), {QStringLiteral("correlation_value")});
    return bar;
}

NetworkSpectrumTask::NetworkSpectrumTask(StudyDocument* document, QThreadPool* pool, QObject* parent)
    : ResultViewTask(document, pool, &AnalysisSettings::networkSpectrum, parent)
{
}

std::vector<ExportController::Plot> NetworkSpectrumTask::plots() const
{
    return panelPlots(*m_view, fileStem(), multifractalPlotNames(*m_view));
}

std::vector<QwtPlot*> NetworkSpectrumTask::allPlots() const
{
    return multifractalPlots(*m_view);
}

NetworkSpectrumSettings NetworkSpectrumTask::defaults(const Study&, const Model&) const
{
    return {};
}

JobRunner::Work NetworkSpectrumTask::work(const Study& study, int threads) const
{
    return resultJob(study, threads,
                     [](const Study& s, int t, Progress* p) { return compute::networkSpectrum(s, t, p); });
}

void NetworkSpectrumTask::showResult(const compute::NetworkSpectrumComputation& r)
{
    m_view->setNetworkSpectrum(r.result);
}

SettingsBar* NetworkSpectrumTask::createSettingsBar()
{
    auto* bar = new SettingsBar(document(), []() { return tr("Change network spectrum"); });
    const auto sec = section();
    // In the order of NetworkSpectrumMethod. A q grid still at the old method's default follows
    // the new method's (NeuroMFA: -3..3 step 0.1); a grid the user typed stays.
    bar->addChoice(tr("Method:"),
                   tr("NeuroMFA as its official code (one-hop out-edges), NeuroMFA on shortest paths, the "
                      "textbook sandbox method, or NeuroDyn's normalised growth (docs/conventions.md)"),
                   QStringLiteral("network_spectrum.method"),
                   {tr("NeuroMFA (code)"), tr("NeuroMFA (paths)"), tr("sandbox"), tr("normalised growth")},
                   {[sec](const Study& s) { return static_cast<int>(sec.get(s).method); },
                    [sec](Study& s, int v) {
                        NetworkSpectrumSettings& n = sec.edit(s);
                        const auto method = static_cast<NetworkSpectrumMethod>(v);
                        if (n.q == networkSpectrumDefaults(n.method).q)
                            n.q = networkSpectrumDefaults(method).q;
                        n.method = method;
                    }});
    bar->addNumberList(tr("q:"), tr("Moments q of the partition function, separated by commas or blanks"),
                       QStringLiteral("network_spectrum.q"),
                       sec.field<std::vector<double>>(&NetworkSpectrumSettings::q));
    auto neuroMfa = [sec](const Study& s) {
        const NetworkSpectrumMethod m = sec.get(s).method;
        return m == NetworkSpectrumMethod::NeuroMfaCode || m == NetworkSpectrumMethod::NeuroMfaPaths;
    };
    QSpinBox* radii =
        bar->addInt(tr("Radii:"), tr("Number of radii r at which the nodes within distance r are counted"),
                    QStringLiteral("network_spectrum.radius_count"), 2, 100000,
                    sec.field<int>(&NetworkSpectrumSettings::radiusCount));
    bar->showWhen(radii, [neuroMfa](const Study& s) { return !neuroMfa(s); });
    QLineEdit* dMax = bar->addNumber(
        tr("d max:"), tr("NeuroMFA keeps distances d with 1 < d <= d max (official code: 150)"),
        QStringLiteral("network_spectrum.max_distance"),
        {[sec](const Study& s) { return sec.get(s).neuroMfa.maxDistance; },
         [sec](Study& s, double v) { sec.edit(s).neuroMfa.maxDistance = v; }});
    bar->showWhen(dMax, neuroMfa);
    QSpinBox* minEdges =
        bar->addInt(tr("Edges >"),
                    tr("NeuroMFA keeps a node with more than this many kept distances (official code: 10)"),
                    QStringLiteral("network_spectrum.min_edges"), 0, 1000000000,
                    {[sec](const Study& s) { return sec.get(s).neuroMfa.minEdges; },
                     [sec](Study& s, int v) { sec.edit(s).neuroMfa.minEdges = v; }});
    bar->showWhen(minEdges, neuroMfa);
    QSpinBox* digits = bar->addInt(
        tr("Decimals:"), tr("NeuroMFA rounds distances to this many decimals (official code: 0, integers)"),
        QStringLiteral("network_spectrum.round_digits"), 0, 6,
        {[sec](const Study& s) { return sec.get(s).neuroMfa.roundDigits; },
         [sec](Study& s, int v) { sec.edit(s).neuroMfa.roundDigits = v; }});
    bar->showWhen(digits, neuroMfa);
    QComboBox* filter = bar->addChoice(
        tr("Filter:"),
        tr("Which subnetworks the official code drops (the result says whether this one passes): none, "
           "f(alpha) > 0, alpha not largest at the first q, or both"),
        QStringLiteral("network_spectrum.filter_mode"), {tr("none"), tr("f > 0"), tr("alpha"), tr("both")},
        {[sec](const Study& s) { return sec.get(s).neuroMfa.filterMode; },
         [sec](Study& s, int v) { sec.edit(s).neuroMfa.filterMode = v; }});
    bar->showWhen(filter, neuroMfa);
    QSpinBox* centres = bar->addInt(tr("Centres:"), tr("Sandbox centres drawn by the seed; 0: every node"),
                                    QStringLiteral("network_spectrum.centres"), 0, 1000000000,
                                    sec.field<int>(&NetworkSpectrumSettings::sandboxCentres));
    bar->showWhen(centres,
                  [sec](const Study& s) { return sec.get(s).method == NetworkSpectrumMethod::Sandbox; });
    return bar;
}

} // namespace nd
