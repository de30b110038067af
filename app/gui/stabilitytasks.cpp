#include "gui/stabilitytasks.h"

#include "compute/dynamicscompute.h"
#include "gui/studydocument.h"
#include "plots/criticalsetoverlay.h"
#include "plots/fixedpointstable.h"
#include "plots/lyapunovview.h"
#include "plots/phaseportraitview.h"

#include "common/progress.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <qwt_legend.h>
#include <qwt_plot_item.h>

#include <algorithm>
#include <functional>
#include <limits>

namespace nd {

namespace {

// A part [from, to] of a job's progress bar: the fractions of one computation of several.
class StageProgress : public Progress {
public:
    StageProgress(Progress* whole, double from, double to) : m_whole(whole), m_from(from), m_to(to) {}
    bool isCanceled() const override { return m_whole && m_whole->isCanceled(); }
    void setProgress(double fraction) override
    {
        if (m_whole)
            m_whole->setProgress(m_from + (m_to - m_from) * fraction);
    }

private:
    Progress* m_whole;
    double m_from, m_to;
};

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

LyapunovViews::LyapunovViews() : m_point(new LyapunovView), m_along(new LyapunovAlongView)
{
    setTabBarAutoHide(true);
    setDocumentMode(true);
    addTab(m_point, QString());
    m_along->setParent(this); // owned while it has no tab
    m_along->hide();
}

void LyapunovViews::showAlong(bool shown, const QString& pointTab, const QString& alongTab)
{
    setTabText(indexOf(m_point), pointTab);
    const int index = indexOf(m_along);
    if (shown && index < 0) {
        addTab(m_along, alongTab);
        setCurrentWidget(m_along); // what the user just asked for
    } else if (shown) {
        setTabText(index, alongTab);
    } else if (index >= 0) {
        removeTab(index);
        m_along->hide();
    }
}

void LyapunovViews::setMessage(const QString& message)
{
    m_point->setMessage(message);
    m_along->setMessage(message);
}

LyapunovTask::LyapunovTask(StudyDocument* document, QThreadPool* pool, QObject* parent)
    : ResultViewTask(document, pool, &AnalysisSettings::lyapunov, parent)
{
}

std::vector<ExportController::Plot> LyapunovTask::plots() const
{
    std::vector<ExportController::Plot> out{{title(), fileStem(), m_view->point()}};
    if (m_view->alongShown())
        out.push_back(
            {tr("Lyapunov spectrum along a parameter"), QStringLiteral("lyapunov_along"), m_view->along()});
    return out;
}

std::vector<QwtPlot*> LyapunovTask::allPlots() const
{
    return {m_view->point(), m_view->along()};
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
    return resultJob(study, threads, [](const Study& s, int t, Progress* p) {
        LyapunovShown out;
        const std::optional<LyapunovAlongSettings> along =
            s.analyses.lyapunov ? s.analyses.lyapunov->along : std::nullopt; // absent: compute says so
        // The bar moves over both parts: the point is about one value's work of the along part.
        const double share = along ? 1.0 / (1.0 + along->count) : 1.0;
        StageProgress point(p, 0.0, share);
        out.point = compute::lyapunov(s, t, &point);
        if (along && !(p && p->isCanceled())) {
            StageProgress rest(p, share, 1.0);
            out.along = compute::lyapunovAlong(s, t, &rest);
        }
        return out;
    });
}

void LyapunovTask::showResult(const LyapunovShown& shown)
{
    showAlong(shown.along);
    const compute::LyapunovComputation& c = shown.point;
    LyapunovView* view = m_view->point();
    const LyapunovResult& r = c.result;
    if (!r.defined) {
        view->setMessage(QString::fromStdString(r.reason));
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
        view->setResult({start, end}, {r.exponents.front(), r.exponents.front()}, 1, r.exponents, summary);
        return;
    }
    view->setResult(r.curveTime, r.curve, static_cast<int>(r.exponents.size()), r.exponents, summary);
}

void LyapunovTask::showAlong(const std::optional<compute::LyapunovAlongComputation>& c)
{
    LyapunovAlongView* view = m_view->along();
    const QString parameter = c ? QString::fromStdString(c->along.parameter) : QString();
    m_view->showAlong(c.has_value(), tr("At the study's point"), tr("Along %1").arg(parameter));
    if (!c) {
        view->clear(); // no earlier title or message stays behind, in any language
        return;
    }
    const LyapunovAlongResult& r = c->result;
    std::vector<std::vector<double>> exponents;
    std::vector<char> escaped;
    for (const LyapunovResult& row : r.rows) {
        exponents.push_back(row.defined ? row.exponents : std::vector<double>());
        escaped.push_back(row.escaped ? 1 : 0);
    }
    view->setResult(
        r.values, exponents, escaped, r.exponents, parameter,
        tr("Lyapunov spectrum along %1 (%2)").arg(parameter, QString::fromStdString(r.conventions)));
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
    addAlongControls(bar);
    return bar;
}

// lyapunov.along: switched on with the model's first parameter over its typical range; the
// other controls edit it and are shown only while it is on (the dock keeps its room otherwise).
void LyapunovTask::addAlongControls(SettingsBar* bar)
{
    const auto& sec = section();
    const auto along = [sec](const Study& s) { return sec.get(s).along.value_or(LyapunovAlongSettings{}); };
    const auto has = [sec](const Study& s) { return sec.get(s).along.has_value(); };
    // Edits the along settings when they exist (a control enabled only then).
    const auto edit = [sec](Study& s, const std::function<void(LyapunovAlongSettings&)>& f) {
        auto& a = sec.edit(s).along;
        if (a)
            f(*a);
    };
    // On: the model's first parameter over its typical range (kept when already on).
    const auto switchAlong = [sec](Study& s, bool on) {
        auto& a = sec.edit(s).along;
        if (!on) {
            a.reset();
            return;
        }
        const auto model = s.createModel();
        if (a || model->parameterCount() == 0)
            return;
        const ParameterSpec& p = model->parameterSpecs().front();
        a.emplace();
        a->parameter = p.name;
        a->from = p.typicalMinimum;
        a->to = p.typicalMaximum;
    };
    bar->addCheck(tr("Along a parameter"),
                  tr("Also the spectrum at every value of one parameter, each from the initial state (or "
                     "from the previous value's final state: follow)"),
                  QStringLiteral("lyapunov.along"), {has, switchAlong});
    bar->showWhen(bar->addNames(tr("Parameter:"), tr("The parameter the spectrum is computed along"),
                                QStringLiteral("lyapunov.along.parameter"), &SettingsBar::parameterNames,
                                {[along](const Study& s) { return along(s).parameter; },
                                 [edit](Study& s, std::string v) {
                                     edit(s, [&](LyapunovAlongSettings& a) { a.parameter = std::move(v); });
                                 }}),
                  has);
    bar->showWhen(
        bar->addNumber(
            tr("from"), tr("First value of the parameter"), QStringLiteral("lyapunov.along.from"),
            {[along](const Study& s) { return along(s).from; },
             [edit](Study& s, double v) { edit(s, [&](LyapunovAlongSettings& a) { a.from = v; }); }}),
        has);
    bar->showWhen(bar->addNumber(
                      tr("to"), tr("Last value of the parameter"), QStringLiteral("lyapunov.along.to"),
                      {[along](const Study& s) { return along(s).to; },
                       [edit](Study& s, double v) { edit(s, [&](LyapunovAlongSettings& a) { a.to = v; }); }}),
                  has);
    bar->showWhen(
        bar->addInt(tr("Values:"), tr("How many parameter values, both ends included"),
                    QStringLiteral("lyapunov.along.count"), 2, 100000,
                    {[along](const Study& s) { return along(s).count; },
                     [edit](Study& s, int v) { edit(s, [&](LyapunovAlongSettings& a) { a.count = v; }); }}),
        has);
    // In the order of AlongStart.
    bar->showWhen(
        bar->addChoice(tr("Start:"),
                       tr("Where each value starts: the study's initial state (fixed), or the "
                          "previous value's final state (follow: stays on one attractor)"),
                       QStringLiteral("lyapunov.along.policy"), {tr("fixed"), tr("follow")},
                       {[along](const Study& s) { return static_cast<int>(along(s).start); },
                        [edit](Study& s, int v) {
                            edit(s, [&](LyapunovAlongSettings& a) { a.start = static_cast<AlongStart>(v); });
                        }}),
        has);
}

} // namespace nd
