#include "gui/stabilitytasks.h"

#include "common/errors.h"
#include "common/progress.h"
#include "compute/dynamicscompute.h"
#include "gui/settingsbar.h"
#include "gui/studydocument.h"
#include "plots/criticalsetoverlay.h"
#include "plots/fixedpointstable.h"
#include "plots/lyapunovview.h"
#include "plots/phaseportraitview.h"
#include "study/studyfile.h"

#include <QCheckBox>
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

// The critical set's settings (defaults while the study has none), created on the first edit.
const CriticalSetSettings& criticalOf(const Study& s)
{
    static const CriticalSetSettings none{};
    const auto& fp = s.analyses.fixedPoints;
    return fp && fp->criticalSet ? *fp->criticalSet : none;
}

CriticalSetSettings& editCritical(Study& s)
{
    if (!s.analyses.fixedPoints)
        s.analyses.fixedPoints.emplace();
    if (!s.analyses.fixedPoints->criticalSet)
        s.analyses.fixedPoints->criticalSet.emplace();
    return *s.analyses.fixedPoints->criticalSet;
}

template <class V>
Binding<V> criticalField(std::function<V(const CriticalSetSettings&)> get,
                         std::function<void(Study&, CriticalSetSettings&, V)> set)
{
    return {[get](const Study& s) { return get(criticalOf(s)); },
            [set](Study& s, V v) { set(s, editCritical(s), v); }};
}

// The slice's variables: the study's, or a map's own one or two.
std::vector<std::string> sliceVariables(const CriticalSetSettings& c, const Model& model)
{
    if (!c.variables.empty())
        return c.variables;
    auto names = model.variableNames();
    names.resize(std::min<std::size_t>(names.size(), 2));
    return names;
}

// The box used while the study gives none (as compute::fixedPoints does): the fixed points' seed
// box, itself the initial state -+ 10 by default, on the slice's variables.
void defaultCriticalBox(const Study& s, const Model& model, std::vector<double>& lo, std::vector<double>& hi)
{
    const auto names = model.variableNames();
    lo.clear();
    hi.clear();
    const FixedPointSettings fp = s.analyses.fixedPoints.value_or(FixedPointSettings{});
    for (const auto& v : sliceVariables(criticalOf(s), model)) {
        const auto i = static_cast<std::size_t>(std::find(names.begin(), names.end(), v) - names.begin());
        if (i >= names.size() || i >= s.initialState.size())
            continue;
        lo.push_back(fp.boxMin.size() == names.size() ? fp.boxMin[i] : s.initialState[i] - 10.0);
        hi.push_back(fp.boxMax.size() == names.size() ? fp.boxMax[i] : s.initialState[i] + 10.0);
    }
}

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

std::vector<QwtPlot*> FixedPointsTask::allPlots() const
{
    return {m_portrait};
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
    addCriticalSetControls(bar);
    return bar;
}

void FixedPointsTask::addCriticalSetControls(SettingsBar* bar)
{
    StudyDocument* doc = document();
    const QString key = QStringLiteral("fixed_points.critical_set.");
    auto on = [](const Study& s) { return s.analyses.fixedPoints && s.analyses.fixedPoints->criticalSet; };
    const Binding<bool> present{on, [doc](Study& s, bool enable) {
                                    if (!enable) {
                                        if (s.analyses.fixedPoints)
                                            s.analyses.fixedPoints->criticalSet.reset();
                                        return;
                                    }
                                    CriticalSetSettings& c = editCritical(s);
                                    // A network needs a slice: its first two variables to begin with.
                                    if (c.variables.empty() && doc->model().dimension() > 2)
                                        c.variables = sliceVariables(c, doc->model());
                                }};
    QCheckBox* check = bar->addCheck(
        tr("Critical set"),
        tr("Compute the critical set LC_-1 (det J = 0: where the map is not locally invertible) "
           "on a 2-D slice of the state space, and its image LC, drawn over the orbit (maps only)"),
        QStringLiteral("fixed_points.critical_set"), present);
    bar->enableWhen(check, [doc](const Study&) { return doc->model().timeKind() == TimeKind::Map; });
    std::vector<QWidget*> always; // enabled whenever the critical set is on

    // Slice variables u (horizontal) and v (vertical), each with its bounds on the box; empty
    // bounds are the default (the fixed points' seed box on u and v).
    const QString bound[2][2] = {{tr("u min:"), tr("u max:")}, {tr("v min:"), tr("v max:")}};
    const QString boundTip[2] = {
        tr("Lower bound of the slice variable on the box. Empty: the fixed points' seed box (by default the "
           "initial state -+ 10); clearing a bound returns the whole box to that default"),
        tr("Upper bound of the slice variable on the box. Empty: the fixed points' seed box (by default the "
           "initial state -+ 10); clearing a bound returns the whole box to that default")};
    // Choosing the other axis's variable swaps the two.
    for (int axis = 0; axis < 2; ++axis) {
        const auto a = static_cast<std::size_t>(axis);
        auto get = [doc, a](const CriticalSetSettings& c) {
            const auto vars = sliceVariables(c, doc->model());
            return a < vars.size() ? vars[a] : std::string();
        };
        auto set = [doc, a](Study&, CriticalSetSettings& c, std::string name) {
            auto vars = sliceVariables(c, doc->model());
            if (vars.size() < 2 || vars[a] == name)
                return;
            if (vars[1 - a] == name) {
                std::swap(vars[0], vars[1]);
                if (c.boxMin.size() == 2) {
                    std::swap(c.boxMin[0], c.boxMin[1]);
                    std::swap(c.boxMax[0], c.boxMax[1]);
                }
            } else {
                vars[a] = name;
                // The old variable's bounds mean nothing for the new one: back to the default box.
                c.boxMin.clear();
                c.boxMax.clear();
            }
            c.variables = vars;
        };
        QComboBox* box = bar->addNames(
            axis == 0 ? tr("u:") : tr("v:"),
            axis == 0 ? tr("Slice variable u (horizontal axis): varies over the box while the other "
                           "coordinates stay fixed; det J is that of the whole map. Choosing v's variable "
                           "swaps u and v")
                      : tr("Slice variable v (vertical axis): varies over the box while the other "
                           "coordinates stay fixed; det J is that of the whole map. Choosing u's variable "
                           "swaps u and v"),
            key + QStringLiteral("variables"), &SettingsBar::variableNames,
            criticalField<std::string>(get, set));
        bar->enableWhen(box, [on, doc](const Study& s) { return on(s) && doc->model().dimension() >= 2; });
        // The variable's bounds next to it.
        for (int upper = 0; upper < 2; ++upper) {
            auto getBound = [a, upper](const CriticalSetSettings& c) -> std::optional<double> {
                const auto& v = upper ? c.boxMax : c.boxMin;
                return a < v.size() ? std::optional<double>(v[a]) : std::nullopt;
            };
            auto setBound = [doc, a, upper](Study& s, CriticalSetSettings& c, std::optional<double> value) {
                if (!value) {
                    c.boxMin.clear();
                    c.boxMax.clear();
                    return;
                }
                if (c.boxMin.empty())
                    defaultCriticalBox(s, doc->model(), c.boxMin, c.boxMax);
                auto& v = upper ? c.boxMax : c.boxMin;
                if (a < v.size())
                    v[a] = *value;
            };
            QLineEdit* line =
                bar->addOptionalNumber(bound[axis][upper], boundTip[upper],
                                       key + (upper ? QStringLiteral("box_max") : QStringLiteral("box_min")),
                                       criticalField<std::optional<double>>(getBound, setBound));
            if (axis == 1)
                bar->enableWhen(line,
                                [on, doc](const Study& s) { return on(s) && doc->model().dimension() >= 2; });
            else
                always.push_back(line);
        }
    }

    always.push_back(bar->addInt(
        tr("Grid:"),
        tr("Grid cells per axis: det J is evaluated at (cells + 1)^2 vertices, and each sign change along a "
           "cell edge is located by bisection"),
        key + QStringLiteral("resolution"), 1, 20000,
        criticalField<int>([](const CriticalSetSettings& c) { return c.resolution; },
                           [](Study&, CriticalSetSettings& c, int v) { c.resolution = v; })));

    QComboBox* others = bar->addChoice(
        tr("Others:"),
        tr("Where the slice's other coordinates come from: the study's initial state (fixed state), values "
           "typed here (given values), or points along the orbit, each defining one slice whose critical "
           "sets are drawn together (follow the trajectory)"),
        key + QStringLiteral("others"), {tr("fixed state"), tr("given values"), tr("follow the trajectory")},
        criticalField<int>([](const CriticalSetSettings& c) { return static_cast<int>(c.others); },
                           [](Study& s, CriticalSetSettings& c, int i) {
                               c.others = static_cast<SliceOthers>(i);
                               // Given values start from the initial state, a full and valid state.
                               if (c.others == SliceOthers::Values &&
                                   c.otherValues.size() != s.initialState.size())
                                   c.otherValues = s.initialState;
                           }));
    always.push_back(others);
    auto othersAre = [on](SliceOthers mode) {
        return [on, mode](const Study& s) { return on(s) && criticalOf(s).others == mode; };
    };
    QLineEdit* values = bar->addNumberList(
        tr("Values:"),
        tr("Given values: a full state, one value per state variable in the model's order, for the slice's "
           "other coordinates (the entries of u and v are not used)"),
        key + QStringLiteral("other_values"),
        criticalField<std::vector<double>>(
            [](const CriticalSetSettings& c) { return c.otherValues; },
            [](Study&, CriticalSetSettings& c, std::vector<double> v) { c.otherValues = std::move(v); }));
    bar->enableWhen(values, othersAre(SliceOthers::Values));
    QSpinBox* slices = bar->addInt(
        tr("Slices:"),
        tr("Following the trajectory: how many orbit points, evenly spaced over the kept orbit, each define "
           "one slice"),
        key + QStringLiteral("slices"), 1, 1000,
        criticalField<int>([](const CriticalSetSettings& c) { return c.slices; },
                           [](Study&, CriticalSetSettings& c, int v) { c.slices = v; }));
    bar->enableWhen(slices, othersAre(SliceOthers::Trajectory));
    always.push_back(bar->addInt(
        tr("Orbit transient:"),
        tr("The orbit from the initial state (trajectory slices, orbit fraction, the orbit drawn): "
           "iterations dropped before it is kept"),
        key + QStringLiteral("transient"), 0, kIntMax,
        criticalField<int>([](const CriticalSetSettings& c) { return static_cast<int>(c.transient); },
                           [](Study&, CriticalSetSettings& c, int v) { c.transient = v; })));
    always.push_back(bar->addInt(
        tr("Orbit points:"),
        tr("The orbit from the initial state (trajectory slices, orbit fraction, the orbit drawn): points "
           "kept"),
        key + QStringLiteral("orbit_points"), 1, 10000000,
        criticalField<int>([](const CriticalSetSettings& c) { return static_cast<int>(c.orbitPoints); },
                           [](Study&, CriticalSetSettings& c, int v) { c.orbitPoints = v; })));
    always.push_back(bar->addOptionalNumber(
        tr("Distance:"),
        tr("Orbit fraction: the share of the orbit's points whose Euclidean distance in the full state space "
           "to LC_-1 (its nearest point or segment) is below this distance; empty: not computed"),
        key + QStringLiteral("distance"),
        criticalField<std::optional<double>>(
            [](const CriticalSetSettings& c) { return c.distance; },
            [](Study&, CriticalSetSettings& c, std::optional<double> v) { c.distance = v; })));
    for (QWidget* w : always)
        bar->enableWhen(w, on);

    // The study file's own rules decide what is valid, with its message naming the field: an
    // edit that makes a valid study invalid (or changes why it is invalid) is refused.
    bar->addValidation([](const Study& before, const Study& after) {
        try {
            const StudyLoadResult read = studyFromJson(studyToJson(after));
            if (read.ok)
                return QString();
            const StudyLoadResult old = studyFromJson(studyToJson(before));
            return old.ok || old.error != read.error ? read.error : QString();
        } catch (const InputError&) {
            return QString(); // a model the engine refuses: the document's own check says so
        }
    });
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
