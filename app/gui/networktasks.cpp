#include "gui/networktasks.h"

#include "analysis/synchronyconventions.h"
#include "compute/seriescompute.h"
#include "gui/seriestasks.h"
#include "gui/significancecontrols.h"
#include "gui/studydocument.h"
#include "plots/multifractalview.h"
#include "plots/synchronyview.h"

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
    const auto& sec = section();
    bar->addNumberList(tr("q:"), tr("Moments q of the partition function, separated by commas or blanks"),
                       QStringLiteral("network_spectrum.q"),
                       sec.field<std::vector<double>>(&NetworkSpectrumSettings::q));
    bar->addInt(tr("Radii:"), tr("Number of radii r at which the nodes within distance r are counted"),
                QStringLiteral("network_spectrum.radius_count"), 2, 100000,
                sec.field<int>(&NetworkSpectrumSettings::radiusCount));
    return bar;
}

} // namespace nd
