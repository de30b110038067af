#include "gui/seriestasks.h"

#include "gui/embeddingcontrols.h"

#include "compute/computecommon.h"
#include "compute/seriescompute.h"
#include "gui/significancecontrols.h"
#include "gui/studydocument.h"
#include "plots/multifractalview.h"
#include "plots/sampleentropyview.h"
#include "plots/zerooneview.h"

#include <limits>

namespace nd {

namespace {

constexpr int kIntMax = std::numeric_limits<int>::max();

std::string firstVariable(const Model& model)
{
    const auto names = model.variableNames();
    return names.empty() ? std::string() : names.front();
}

} // namespace

ZeroOneTask::ZeroOneTask(StudyDocument* document, QThreadPool* pool, QObject* parent)
    : ResultViewTask(document, pool, &AnalysisSettings::zeroOne, parent), m_null(new NullHistogramView),
      m_box(viewWithNullHistogram(m_view, m_null))
{
}

void ZeroOneTask::showMessage(const QString& text)
{
    ResultViewTask::showMessage(text);
    m_null->setMessage(text);
    m_null->hide();
}

std::vector<ExportController::Plot> ZeroOneTask::plots() const
{
    auto plots = panelPlots(*m_view, fileStem(),
                            {{m_view->kcPlot(), QStringLiteral("kc")},
                             {m_view->trajectoryPlot(), QStringLiteral("pq")},
                             {m_view->displacementPlot(), QStringLiteral("msd")}});
    if (m_null->hasData())
        plots.push_back({tr("0-1 test: null distribution"), fileStem() + QStringLiteral("-null"), m_null});
    return plots;
}

std::vector<QwtPlot*> ZeroOneTask::allPlots() const
{
    return {m_view->kcPlot(), m_view->trajectoryPlot(), m_view->displacementPlot(), m_null};
}

ZeroOneSettings ZeroOneTask::defaults(const Study&, const Model& model) const
{
    ZeroOneSettings s;
    s.variable = firstVariable(model);
    return s;
}

JobRunner::Work ZeroOneTask::work(const Study& study, int threads) const
{
    return resultJob(study, threads, [](const Study& s, int t, Progress* p) {
        ZeroOneShown out;
        out.computed = compute::zeroOne(s, t, p);
        // The same series again (the trajectory is cheap next to the test), for the view.
        const auto model = s.createModel();
        const int index = compute::variableIndex(*model, s.analyses.zeroOne->variable, "variable");
        out.series = compute::trajectoryColumn(compute::measuredTrajectory(s, "zero_one", nullptr), index);
        return out;
    });
}

void ZeroOneTask::showResult(const ZeroOneShown& r)
{
    m_view->setResult(r.computed.result, r.series);
    showSignificance(m_null, r.computed);
}

void ZeroOneTask::retranslateView()
{
    // The same result again, with the c the user picked still selected.
    const int selected = m_view->selectedIndex();
    ResultViewTask::retranslateView();
    m_view->setSelectedIndex(selected);
}

SettingsBar* ZeroOneTask::createSettingsBar()
{
    auto* bar = new SettingsBar(document(), []() { return tr("Change 0-1 test"); });
    const auto& sec = section();
    bar->addSeriesVariable(QStringLiteral("zero_one.variable"),
                           sec.field<std::string>(&ZeroOneSettings::variable));
    bar->addInt(tr("c values:"), tr("How many frequencies c are drawn; K is the median of their K_c"),
                QStringLiteral("zero_one.c_count"), 1, 100000, sec.field<int>(&ZeroOneSettings::cCount));
    bar->addNumber(tr("c from:"), tr("Smallest c drawn (radians, in (0, pi))"),
                   QStringLiteral("zero_one.c_min"), sec.field<double>(&ZeroOneSettings::cMin));
    bar->addNumber(tr("to:"), tr("Largest c drawn (radians, in (0, pi))"), QStringLiteral("zero_one.c_max"),
                   sec.field<double>(&ZeroOneSettings::cMax));
    bar->addInt(tr("Seed:"), tr("Seed of the random draw of c (the same seed gives the same K)"),
                QStringLiteral("zero_one.seed"), 0, kIntMax, sec.field<int>(&ZeroOneSettings::seed));
    bar->addInt(tr("n_cut:"), tr("Largest displacement n of M_c(n) (0: a tenth of the series)"),
                QStringLiteral("zero_one.n_cut"), 0, kIntMax, sec.field<int>(&ZeroOneSettings::nCut));
    addSignificanceControls(bar, sec, QStringLiteral("zero_one"), {QStringLiteral("K")});
    return bar;
}

SampleEntropyTask::SampleEntropyTask(StudyDocument* document, QThreadPool* pool, QObject* parent)
    : ResultViewTask(document, pool, &AnalysisSettings::sampleEntropy, parent), m_null(new NullHistogramView),
      m_box(viewWithNullHistogram(m_view, m_null))
{
}

void SampleEntropyTask::showMessage(const QString& text)
{
    ResultViewTask::showMessage(text);
    m_null->setMessage(text);
    m_null->hide();
}

std::vector<ExportController::Plot> SampleEntropyTask::plots() const
{
    std::vector<ExportController::Plot> plots{{title(), fileStem(), m_view}};
    if (m_null->hasData())
        plots.push_back(
            {tr("Sample entropy: null distribution"), fileStem() + QStringLiteral("-null"), m_null});
    return plots;
}

SampleEntropySettings SampleEntropyTask::defaults(const Study&, const Model& model) const
{
    SampleEntropySettings s;
    s.variable = firstVariable(model);
    return s;
}

JobRunner::Work SampleEntropyTask::work(const Study& study, int threads) const
{
    return resultJob(study, threads,
                     [](const Study& s, int t, Progress* p) { return compute::sampleEntropy(s, t, p); });
}

void SampleEntropyTask::showResult(const compute::SampleEntropyComputation& r)
{
    m_view->setResult(r.result, r.options, r.embedding ? &*r.embedding : nullptr);
    showSignificance(m_null, r);
}

SettingsBar* SampleEntropyTask::createSettingsBar()
{
    auto* bar = new SettingsBar(document(), []() { return tr("Change sample entropy"); });
    const auto& sec = section();
    bar->addSeriesVariable(QStringLiteral("sample_entropy.variable"),
                           sec.field<std::string>(&SampleEntropySettings::variable));
    addRuledDimension(bar, sec, QStringLiteral("sample_entropy.m"), tr("m"), tr("Template length"), 1, 100,
                      &SampleEntropySettings::m);
    bar->addNumber(tr("r:"), tr("Tolerance: absolute, or a fraction of the standard deviation"),
                   QStringLiteral("sample_entropy.r"), sec.field<double>(&SampleEntropySettings::r));
    // In the order of ToleranceKind.
    bar->addChoice(tr("r is:"),
                   tr("Whether r is an absolute distance or a fraction of the standard deviation"),
                   QStringLiteral("sample_entropy.r_mode"), {tr("absolute"), tr("fraction of SD")},
                   sec.field<int>(&SampleEntropySettings::toleranceKind));
    bar->addChoice(tr("Match:"), tr("Templates match when their Chebyshev distance is <= r or < r"),
                   QStringLiteral("sample_entropy.match"), {tr("<= r"), tr("< r")},
                   sec.field<int>(&SampleEntropySettings::rule));
    addRuledDelay(bar, sec, QStringLiteral("sample_entropy.lag"), tr("Lag"),
                  tr("Delay between the samples of a template"), &SampleEntropySettings::lag);
    addSignificanceControls(bar, sec, QStringLiteral("sample_entropy"), {QStringLiteral("value")});
    return bar;
}

std::vector<std::pair<const QwtPlot*, QString>> multifractalPlotNames(const MultifractalView& view)
{
    return {{view.hPlot(), QStringLiteral("h")},
            {view.tauPlot(), QStringLiteral("tau")},
            {view.spectrumPlot(), QStringLiteral("f-alpha")},
            {view.logLogPlot(), QStringLiteral("log-log")}};
}

std::vector<QwtPlot*> multifractalPlots(const MultifractalView& view)
{
    return {view.hPlot(), view.tauPlot(), view.spectrumPlot(), view.logLogPlot()};
}

MfdfaTask::MfdfaTask(StudyDocument* document, QThreadPool* pool, QObject* parent)
    : ResultViewTask(document, pool, &AnalysisSettings::mfdfa, parent), m_null(new NullHistogramView),
      m_box(viewWithNullHistogram(m_view, m_null))
{
}

void MfdfaTask::showMessage(const QString& text)
{
    ResultViewTask::showMessage(text);
    m_null->setMessage(text);
    m_null->hide();
}

std::vector<ExportController::Plot> MfdfaTask::plots() const
{
    auto plots = panelPlots(*m_view, fileStem(), multifractalPlotNames(*m_view));
    if (m_null->hasData())
        plots.push_back({tr("MFDFA: null distribution"), fileStem() + QStringLiteral("-null"), m_null});
    return plots;
}

std::vector<QwtPlot*> MfdfaTask::allPlots() const
{
    auto plots = multifractalPlots(*m_view);
    plots.push_back(m_null);
    return plots;
}

MfdfaSettings MfdfaTask::defaults(const Study&, const Model& model) const
{
    MfdfaSettings s;
    s.variable = firstVariable(model);
    return s;
}

JobRunner::Work MfdfaTask::work(const Study& study, int threads) const
{
    return resultJob(study, threads,
                     [](const Study& s, int t, Progress* p) { return compute::mfdfa(s, t, p); });
}

void MfdfaTask::showResult(const compute::MfdfaComputation& r)
{
    m_view->setMfdfa(r.result);
    showSignificance(m_null, r);
}

SettingsBar* MfdfaTask::createSettingsBar()
{
    auto* bar = new SettingsBar(document(), []() { return tr("Change MFDFA"); });
    const auto& sec = section();
    bar->addSeriesVariable(QStringLiteral("mfdfa.variable"),
                           sec.field<std::string>(&MfdfaSettings::variable));
    bar->addNumberList(tr("q:"), tr("Moments q of the fluctuation function, separated by commas or blanks"),
                       QStringLiteral("mfdfa.q"), sec.field<std::vector<double>>(&MfdfaSettings::q));
    bar->addInt(tr("Order:"), tr("Order of the polynomial detrending each segment"),
                QStringLiteral("mfdfa.order"), 1, 10, sec.field<int>(&MfdfaSettings::order));
    bar->addInt(tr("Scales from:"), tr("Smallest segment length s"), QStringLiteral("mfdfa.scale_min"), 4,
                kIntMax, sec.field<int>(&MfdfaSettings::minScale));
    bar->addInt(tr("to:"), tr("Largest segment length s (0: a quarter of the series)"),
                QStringLiteral("mfdfa.scale_max"), 0, kIntMax, sec.field<int>(&MfdfaSettings::maxScale));
    bar->addInt(tr("Scales:"), tr("Number of log-spaced scales between the two"),
                QStringLiteral("mfdfa.scale_count"), 2, 1000, sec.field<int>(&MfdfaSettings::scaleCount));
    addSignificanceControls(bar, sec, QStringLiteral("mfdfa"),
                            {QStringLiteral("width"), QStringLiteral("h2")},
                            {tr("width"), QStringLiteral("h(2)")});
    return bar;
}

} // namespace nd
