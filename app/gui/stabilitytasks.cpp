#include "gui/stabilitytasks.h"

#include "compute/dynamicscompute.h"
#include "gui/studydocument.h"
#include "plots/criticalsetoverlay.h"
#include "plots/fixedpointstable.h"
#include "plots/lyapunovview.h"
#include "plots/phaseportraitview.h"

#include <QSplitter>
#include <qwt_legend.h>
#include <qwt_plot_item.h>

#include <algorithm>
#include <limits>

namespace nd {

namespace {

constexpr int kManyDimensions = 20; // networks: Newton and QR in hundreds of dimensions are costly
constexpr int kIntMax = std::numeric_limits<int>::max();

struct FixedPointsShown {
    compute::FixedPointsResult computed;
    std::vector<std::string> names;
};

} // namespace

FixedPointsTask::FixedPointsTask(StudyDocument* document, QThreadPool* pool, QObject* parent)
    : SectionTask(document, pool, &AnalysisSettings::fixedPoints, parent), m_table(new FixedPointsTable),
      m_portrait(new PhasePortraitView)
{
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_portrait);
    m_portrait->hide();
    m_portrait->insertLegend(new QwtLegend, QwtPlot::BottomLegend);
    m_view = split;
}

QWidget* FixedPointsTask::view() const
{
    return m_view;
}

std::vector<ExportController::Plot> FixedPointsTask::plots() const
{
    if (m_portrait->isHidden())
        return {};
    return {{tr("Critical set"), QStringLiteral("critical-set"), m_portrait}};
}

std::vector<std::pair<QString, std::function<QByteArray()>>> FixedPointsTask::csvSources() const
{
    return {{fileStem(), [table = m_table]() { return table->toCsv(); }}};
}

FixedPointSettings FixedPointsTask::defaults(const Study&, const Model& model) const
{
    FixedPointSettings s;
    if (model.dimension() > kManyDimensions)
        s.seeds = 8;
    return s;
}

JobRunner::Work FixedPointsTask::work(const Study& study, int threads) const
{
    return resultJob(study, threads, [](const Study& s, int t, Progress* p) {
        FixedPointsShown out;
        out.computed = compute::fixedPoints(s, t, p);
        out.names = s.createModel()->variableNames();
        return out;
    });
}

void FixedPointsTask::showChunk(const JobChunkPtr& chunk, bool)
{
    if (const auto* c = dynamic_cast<const ResultChunk<FixedPointsShown>*>(chunk.get())) {
        m_names = c->result.names;
        m_table->setFixedPoints(c->result.computed.points, m_names);
        showCriticalSet(c->result.computed.criticalSet);
    }
}

// The critical set over the orbit, on the slice's plane (or a two-variable map's own); a 1-D map's
// critical points are in `run`'s figure, not here.
void FixedPointsTask::showCriticalSet(const std::optional<compute::CriticalSetComputation>& c)
{
    m_critical = c;
    for (QwtPlotItem* item : m_overlay)
        delete item; // detaches itself
    m_overlay.clear();
    m_portrait->clearOrbit();
    const bool plane = c && (!c->options.slice.empty() || m_names.size() == 2);
    m_portrait->setVisible(plane);
    if (!plane)
        return;
    const std::size_t u = c->options.slice.empty() ? 0 : static_cast<std::size_t>(c->options.slice[0]);
    const std::size_t v = c->options.slice.empty() ? 1 : static_cast<std::size_t>(c->options.slice[1]);
    std::vector<double> x, y;
    for (const auto& p : c->orbit) {
        x.push_back(p[u]);
        y.push_back(p[v]);
    }
    m_portrait->setOrbit(x, y, QString::fromStdString(m_names[u]), QString::fromStdString(m_names[v]));
    m_overlay = drawCriticalSet(m_portrait, c->set, u, v);
    QString title = tr("Critical set LC_-1 (det J = 0) and its image LC");
    if (c->distance)
        title += tr("; %1 of the orbit within %2").arg(c->orbitFraction, 0, 'g', 4).arg(*c->distance);
    m_portrait->setTitle(title);
    m_portrait->setAxisScale(QwtAxis::XBottom, c->options.boxMin[0], c->options.boxMax[0]);
    m_portrait->setAxisScale(QwtAxis::YLeft, c->options.boxMin[1], c->options.boxMax[1]);
    m_portrait->replot();
}

void FixedPointsTask::showMessage(const QString& text)
{
    m_table->setMessage(text);
    showCriticalSet(std::nullopt);
}

void FixedPointsTask::retranslateView()
{
    if (isComplete()) {
        m_table->setFixedPoints(std::vector<FixedPoint>(m_table->points()), m_names);
        showCriticalSet(std::optional<compute::CriticalSetComputation>(m_critical));
    }
}

SettingsBar* FixedPointsTask::createSettingsBar()
{
    auto* bar = new SettingsBar(document(), []() { return tr("Change fixed points settings"); });
    const auto& sec = section();
    bar->addInt(
        tr("Seeds:"), tr("Initial guesses for Newton's method: the initial state first, then random ones"),
        QStringLiteral("fixed_points.seed_count"), 1, 1000000, sec.field<int>(&FixedPointSettings::seeds));
    bar->addInt(tr("Seed:"), tr("Seed of the random initial guesses (the same seed gives the same guesses)"),
                QStringLiteral("fixed_points.seed"), 0, kIntMax, sec.field<int>(&FixedPointSettings::seed));
    bar->addInt(tr("Newton steps:"), tr("Most Newton iterations from one guess"),
                QStringLiteral("fixed_points.max_newton_iterations"), 1, 100000,
                sec.field<int>(&FixedPointSettings::maxIterations));
    bar->addNumber(tr("Tolerance:"), tr("Residual accepted as converged, relative to 1 + |x|"),
                   QStringLiteral("fixed_points.tolerance"),
                   sec.field<double>(&FixedPointSettings::tolerance));
    bar->addCheck(tr("Homogeneous"),
                  tr("Networks: also start from synchronous states (every node alike), where the "
                     "homogeneous fixed point lies"),
                  QStringLiteral("fixed_points.homogeneous_seeds"),
                  sec.field<bool>(&FixedPointSettings::homogeneousSeeds));
    return bar;
}

LyapunovTask::LyapunovTask(StudyDocument* document, QThreadPool* pool, QObject* parent)
    : ResultViewTask(document, pool, &AnalysisSettings::lyapunov, parent)
{
}

std::vector<ExportController::Plot> LyapunovTask::plots() const
{
    return {{title(), fileStem(), m_view}};
}

LyapunovSettings LyapunovTask::defaults(const Study& study, const Model& model) const
{
    LyapunovSettings s;
    s.transient = std::max(study.simulation.transient, 1000L);
    s.steps = 20000;
    if (model.dimension() > 4)
        s.exponents = 4; // networks: the few largest are what people look at
    if (model.dimension() > kManyDimensions)
        s.steps /= 4;
    s.dt = study.flow.dt;
    return s;
}

JobRunner::Work LyapunovTask::work(const Study& study, int threads) const
{
    return resultJob(study, threads,
                     [](const Study& s, int t, Progress* p) { return compute::lyapunov(s, t, p); });
}

void LyapunovTask::showResult(const compute::LyapunovComputation& c)
{
    const LyapunovResult& r = c.result;
    if (!r.defined) {
        m_view->setMessage(QString::fromStdString(r.reason));
        return;
    }
    QString summary = tr("Lyapunov exponents (%1)").arg(QString::fromStdString(r.conventions));
    if (r.kaplanYorkeDefined)
        summary += tr(", Kaplan-Yorke dimension %1").arg(r.kaplanYorke, 0, 'g', 5);
    if (r.curveTime.empty()) {
        // The largest exponent alone has no convergence curve: its final value is drawn as a
        // level line over the iterations accumulated, and the title says so.
        const double end = static_cast<double>(c.options.transient + c.options.steps);
        const double start = static_cast<double>(c.options.transient);
        summary = tr("Largest Lyapunov exponent %1 (final value only; %2)")
                      .arg(r.exponents.front(), 0, 'g', 6)
                      .arg(QString::fromStdString(r.conventions));
        m_view->setResult({start, end}, {r.exponents.front(), r.exponents.front()}, 1, r.exponents, summary);
        return;
    }
    m_view->setResult(r.curveTime, r.curve, static_cast<int>(r.exponents.size()), r.exponents, summary);
}

SettingsBar* LyapunovTask::createSettingsBar()
{
    auto* bar = new SettingsBar(document(), []() { return tr("Change Lyapunov settings"); });
    const auto& sec = section();
    bar->addCheck(tr("Largest only"),
                  tr("Only the largest exponent, from one renormalised tangent vector (cheaper)"),
                  QStringLiteral("lyapunov.largest_only"), sec.field<bool>(&LyapunovSettings::largestOnly));
    bar->addInt(tr("Exponents:"), tr("How many of the largest exponents (0: all)"),
                QStringLiteral("lyapunov.exponents"), 0, 100000,
                sec.field<int>(&LyapunovSettings::exponents));
    bar->addInt(tr("Transient:"), tr("Iterations before the exponents are accumulated"),
                QStringLiteral("lyapunov.transient"), 0, kIntMax,
                sec.field<int>(&LyapunovSettings::transient));
    bar->addInt(tr("Steps:"), tr("Iterations over which the exponents are accumulated"),
                QStringLiteral("lyapunov.steps"), 1, kIntMax, sec.field<int>(&LyapunovSettings::steps));
    bar->addInt(tr("QR every:"), tr("Iterations between two re-orthonormalisations of the tangent vectors"),
                QStringLiteral("lyapunov.orthonormalize_every"), 1, 100000,
                sec.field<int>(&LyapunovSettings::orthonormalizeEvery));
    bar->addNumber(tr("dt:"), tr("Flows: RK4 step of the variational equations"),
                   QStringLiteral("lyapunov.dt"), sec.field<double>(&LyapunovSettings::dt));
    return bar;
}

} // namespace nd
