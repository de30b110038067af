#include "gui/scantask.h"

#include "analysis/scanunit.h"
#include "analysis/synchronyconventions.h"
#include "compute/computecommon.h"
#include "compute/scancompute.h"
#include "gui/studydocument.h"
#include "plots/parameterplaneview.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

#include <cmath>
#include <limits>
#include <type_traits>

namespace nd {

namespace {

constexpr int kIntMax = std::numeric_limits<int>::max();
constexpr int kDefaultCount = 40;
constexpr int kManyDimensions = 20; // networks: a line, not a grid, when the scan is added

// The scan's grid and measure, delivered before the first tile so the view can start over.
struct ScanStartChunk : JobChunk {
    ParameterAxis x;
    std::optional<ParameterAxis> y;
    QString measure, unit;
    int kind = 0;       // ScanMeasureKind: titles the plot in the current language
    QString convention; // synchrony measures: the correlation scalar's or the phases' name
};

struct ScanTileChunk : JobChunk {
    ScanTile tile;
};

ScanAxisSettings typicalAxis(const ParameterSpec& spec)
{
    ScanAxisSettings a;
    a.parameter = spec.name;
    a.from = spec.typicalMinimum;
    a.to = spec.typicalMaximum;
    a.count = kDefaultCount;
    return a;
}

// Every name the measures may read: the variables, then the per-node variables.
QStringList measuredNames(const Model& model)
{
    QStringList names = SettingsBar::variableNames(model);
    for (const QString& n : SettingsBar::nodeVariableNames(model))
        if (!names.contains(n))
            names << n;
    return names;
}

} // namespace

ParameterScanTask::ParameterScanTask(StudyDocument* document, QThreadPool* pool, QObject* parent)
    : SectionTask(document, pool, &AnalysisSettings::parameterScan, parent), m_view(new ParameterPlaneView)
{
    connect(m_view, &ParameterPlaneView::pointClicked, this, [this](double x, double y) {
        QString error;
        if (!applyPoint(x, y, error))
            emit message(error);
    });
    // The crosshair follows every parameter edit, slider drags included, without waiting for
    // a new scan (which those edits do not start).
    connect(document, &StudyDocument::changed, this, &ParameterScanTask::showCurrentPoint);
    connect(document, &StudyDocument::studyReset, this, &ParameterScanTask::showCurrentPoint);
    // The colour range is part of the study: set from the view's menu, undone, saved, reopened.
    connect(m_view, &ParameterPlaneView::colorRangeChanged, this, &ParameterScanTask::storeColorRange);
    connect(document, &StudyDocument::settingsChanged, this, &ParameterScanTask::showColorRange);
    connect(document, &StudyDocument::studyReset, this, &ParameterScanTask::showColorRange);
    showColorRange();
}

void ParameterScanTask::showColorRange()
{
    const auto& range = document()->study().view.scanColorRange;
    const std::optional<QwtInterval> wanted =
        range ? std::optional<QwtInterval>(QwtInterval(range->first, range->second)) : std::nullopt;
    const std::optional<QwtInterval> shown = m_view->userColorRange();
    if (shown.has_value() == wanted.has_value() &&
        (!shown || (shown->minValue() == wanted->minValue() && shown->maxValue() == wanted->maxValue())))
        return;
    m_showingColorRange = true;
    m_view->setColorRange(wanted);
    m_showingColorRange = false;
}

void ParameterScanTask::storeColorRange(std::optional<QwtInterval> range)
{
    if (m_showingColorRange)
        return;
    Study s = document()->study();
    s.view.scanColorRange.reset();
    if (range)
        s.view.scanColorRange = std::make_pair(range->minValue(), range->maxValue());
    if (s.view.scanColorRange == document()->study().view.scanColorRange)
        return;
    QString error; // only the view state changes, which the model never refuses
    document()->editStudy(
        s, []() { return tr("Change colour range"); }, error);
}

void ParameterScanTask::showCurrentPoint()
{
    const Model& model = document()->model();
    const auto value = [&model](const std::string& name) {
        const int i = name.empty() ? -1 : model.parameterIndex(name);
        return i >= 0 ? model.parameter(i) : std::nan("");
    };
    m_view->setCurrentPoint(value(m_x.parameter), m_y ? value(m_y->parameter) : std::nan(""));
}

QWidget* ParameterScanTask::view() const
{
    return m_view;
}

std::vector<ExportController::Plot> ParameterScanTask::plots() const
{
    return {{title(), fileStem(), m_view}};
}

QString ParameterScanTask::readout(QwtPlot*, const QPointF& position) const
{
    return m_view->readoutAt(position);
}

bool ParameterScanTask::applyPoint(double x, double y, QString& error)
{
    if (m_x.parameter.empty())
        return false;
    Study s = document()->study();
    s.parameters[m_x.parameter] = x;
    const QString xName = QString::fromStdString(m_x.parameter);
    UndoText text = [xName]() { return tr("Set %1 from the parameter plane").arg(xName); };
    if (m_y && std::isfinite(y)) {
        s.parameters[m_y->parameter] = y;
        text = [xName, yName = QString::fromStdString(m_y->parameter)]() {
            return tr("Set %1 and %2 from the parameter plane").arg(xName, yName);
        };
    }
    return document()->editStudy(s, text, error);
}

ScanSettings ParameterScanTask::defaults(const Study& study, const Model& model) const
{
    ScanSettings s;
    const auto& specs = model.parameterSpecs();
    if (!specs.empty())
        s.x = typicalAxis(specs[0]);
    if (specs.size() >= 2 && model.dimension() <= kManyDimensions)
        s.y = typicalAxis(specs[1]);
    const auto names = model.variableNames();
    if (!names.empty())
        s.variable = names.front();
    s.transient = std::min(s.transient, std::max(study.simulation.transient, 100L));
    s.correlation = defaultCorrelationScalar(model);
    return s;
}

Study ParameterScanTask::inputs(const Study& study) const
{
    // Every cell sets the swept parameters itself: their current values do not matter.
    Study in = SectionTask::inputs(study);
    const ScanSettings& s = settings(study);
    in.parameters.erase(s.x.parameter);
    if (s.y)
        in.parameters.erase(s.y->parameter);
    return in;
}

JobRunner::Work ParameterScanTask::work(const Study& study, int threads) const
{
    const ScanSettings& s = settings(study);
    const int kind = static_cast<int>(s.measure);
    const QString convention = s.measure == ScanMeasureKind::CrossCorrelation
                                   ? QLatin1String(correlationScalarName(s.correlation))
                                   : QLatin1String(phaseConventionName(s.phases));
    return [study, threads, kind, convention](JobContext& context) {
        auto start = std::make_shared<ScanStartChunk>();
        start->kind = kind;
        start->convention = convention;
        compute::inSection("parameter_scan", [&] {
            const auto model = study.createModel();
            const auto measure = compute::scanMeasure(study, *model);
            const ScanRequest request = compute::scanRequest(study);
            start->x = request.x;
            start->y = request.y;
            start->measure = QString::fromStdString(measure->name());
            start->unit = QString::fromStdString(scanUnitFor(*measure, model->timeKind()));
        });
        context.deliver(start);
        compute::parameterScan(study, threads, &context, [&context](const ScanTile& tile) {
            auto chunk = std::make_shared<ScanTileChunk>();
            chunk->tile = tile;
            context.deliver(std::move(chunk));
        });
    };
}

void ParameterScanTask::showChunk(const JobChunkPtr& chunk, bool)
{
    if (const auto* start = dynamic_cast<const ScanStartChunk*>(chunk.get())) {
        m_x = start->x;
        m_y = start->y;
        m_kind = start->kind;
        m_convention = start->convention;
        m_measure = measureTitle(m_kind, m_convention, start->measure);
        m_unit = start->unit;
        m_view->reset(m_x, m_y, m_measure, m_unit);
        showCurrentPoint();
        emit axesChanged();
    } else if (const auto* tile = dynamic_cast<const ScanTileChunk*>(chunk.get())) {
        m_view->addTile(tile->tile);
        scheduleRefresh();
    }
}

void ParameterScanTask::showMessage(const QString& text)
{
    m_view->setMessage(text);
}

void ParameterScanTask::refreshView()
{
    m_view->refresh();
}

void ParameterScanTask::retranslateView()
{
    if (m_kind >= 0) {
        m_measure = measureTitle(m_kind, m_convention, m_measure);
        m_view->setMeasure(m_measure, m_unit);
    }
}

QStringList ParameterScanTask::measureNames()
{
    return {tr("largest Lyapunov exponent"),
            tr("period"),
            tr("escape"),
            tr("mean"),
            tr("spike rate"),
            tr("0-1 test K"),
            tr("sample entropy"),
            tr("cross-correlation"),
            tr("Kuramoto R")};
}

QString ParameterScanTask::measureTitle(int kind, const QString& convention, const QString& fallback)
{
    // The synchrony measures' titles name their convention.
    if (kind == static_cast<int>(ScanMeasureKind::CrossCorrelation))
        return tr("cross-correlation (%1)").arg(convention);
    if (kind == static_cast<int>(ScanMeasureKind::Kuramoto))
        return tr("Kuramoto R (%1 phases)").arg(convention);
    return measureNames().value(kind, fallback);
}

SettingsBar* ParameterScanTask::createSettingsBar()
{
    auto* bar = new SettingsBar(document(), []() { return tr("Change parameter scan"); });
    const auto& sec = section();
    // In the order of ScanMeasureKind.
    bar->addChoice(tr("Measure:"), tr("The quantity computed at every point of the scan"),
                   QStringLiteral("parameter_scan.measure"), measureNames(),
                   sec.field<int>(&ScanSettings::measure));
    QWidget* variable =
        bar->addNames(tr("of:"), tr("The variable the measure reads (node measures: the per-node variable)"),
                      QStringLiteral("parameter_scan.variable"), &measuredNames,
                      sec.field<std::string>(&ScanSettings::variable));
    bar->enableWhen(variable, [sec](const Study& s) {
        const ScanMeasureKind m = sec.get(s).measure;
        return m != ScanMeasureKind::Lyapunov && m != ScanMeasureKind::Period && m != ScanMeasureKind::Escape;
    });
    const auto measureIs = [sec](ScanMeasureKind kind) {
        return [sec, kind](const Study& s) { return sec.get(s).measure == kind; };
    };
    // In the order of CorrelationScalar and of PhaseConvention.
    bar->enableWhen(
        bar->addChoice(tr("correlation:"),
                       tr("Cross-correlation: the mean of the hub's correlations with every other "
                          "node, the mean over all pairs, or the mean over the ring's neighbouring "
                          "pairs"),
                       QStringLiteral("parameter_scan.correlation"),
                       {tr("hub"), tr("all pairs"), tr("ring neighbours")},
                       sec.field<int>(&ScanSettings::correlation)),
        measureIs(ScanMeasureKind::CrossCorrelation));
    bar->enableWhen(bar->addInt(tr("hub:"), tr("Cross-correlation: the hub node (from 0)"),
                                QStringLiteral("parameter_scan.hub"), 0, 1000000,
                                sec.field<int>(&ScanSettings::hub)),
                    measureIs(ScanMeasureKind::CrossCorrelation));
    bar->enableWhen(
        bar->addChoice(tr("phases:"),
                       tr("Kuramoto R: phases from spike times, the angle of (x, y) about their means "
                          "(centred), atan2(y, x) (arctan), the analytic signal of x (Hilbert), or "
                          "the variable itself (phase oscillators only)"),
                       QStringLiteral("parameter_scan.phases"),
                       {tr("spike"), tr("centred"), tr("arctan"), tr("Hilbert"), tr("given")},
                       sec.field<int>(&ScanSettings::phases)),
        measureIs(ScanMeasureKind::Kuramoto));
    bar->enableWhen(
        bar->addNames(tr("y:"), tr("Kuramoto R with centred or arctan phases: the second per-node variable"),
                      QStringLiteral("parameter_scan.y_variable"), &SettingsBar::nodeVariableNames,
                      sec.field<std::string>(&ScanSettings::yVariable)),
        measureIs(ScanMeasureKind::Kuramoto));
    // The axes: x always, y only in a 2-D scan.
    const auto axisField = [sec](bool yAxis, auto member) {
        using V = std::remove_reference_t<decltype(ScanAxisSettings{}.*member)>;
        return Binding<V>{[sec, yAxis, member](const Study& s) {
                              const ScanSettings& c = sec.get(s);
                              return yAxis ? (c.y ? *c.y : ScanAxisSettings()).*member : c.x.*member;
                          },
                          [sec, yAxis, member](Study& s, V v) {
                              ScanSettings& c = sec.edit(s);
                              if (!yAxis)
                                  c.x.*member = v;
                              else if (c.y)
                                  (*c.y).*member = v;
                          }};
    };
    const auto parameters = &SettingsBar::parameterNames;
    bar->addNames(tr("x:"), tr("Parameter on the horizontal axis"),
                  QStringLiteral("parameter_scan.x.parameter"), parameters,
                  axisField(false, &ScanAxisSettings::parameter));
    bar->addNumber(tr("from"), tr("First value of the horizontal parameter"),
                   QStringLiteral("parameter_scan.x.from"), axisField(false, &ScanAxisSettings::from));
    bar->addNumber(tr("to"), tr("Last value of the horizontal parameter"),
                   QStringLiteral("parameter_scan.x.to"), axisField(false, &ScanAxisSettings::to));
    bar->addInt(tr("cells"), tr("Number of values along the horizontal axis"),
                QStringLiteral("parameter_scan.x.count"), 1, 100000,
                axisField(false, &ScanAxisSettings::count));
    bar->addCheck(tr("2-D"), tr("Scan a second parameter on the vertical axis (a grid instead of a line)"),
                  QStringLiteral("parameter_scan.y"),
                  {[sec](const Study& s) { return sec.get(s).y.has_value(); },
                   [sec](Study& s, bool on) {
                       ScanSettings& c = sec.edit(s);
                       if (!on) {
                           c.y.reset();
                           return;
                       }
                       const auto model = s.createModel();
                       const auto& specs = model->parameterSpecs();
                       // The first parameter that is not already on the x axis.
                       for (const ParameterSpec& spec : specs)
                           if (spec.name != c.x.parameter) {
                               c.y = typicalAxis(spec);
                               return;
                           }
                   }});
    const auto twoD = [sec](const Study& s) { return sec.get(s).y.has_value(); };
    bar->enableWhen(bar->addNames(tr("y:"), tr("Parameter on the vertical axis"),
                                  QStringLiteral("parameter_scan.y.parameter"), parameters,
                                  axisField(true, &ScanAxisSettings::parameter)),
                    twoD);
    bar->enableWhen(bar->addNumber(tr("from"), tr("First value of the vertical parameter"),
                                   QStringLiteral("parameter_scan.y.from"),
                                   axisField(true, &ScanAxisSettings::from)),
                    twoD);
    bar->enableWhen(bar->addNumber(tr("to"), tr("Last value of the vertical parameter"),
                                   QStringLiteral("parameter_scan.y.to"),
                                   axisField(true, &ScanAxisSettings::to)),
                    twoD);
    bar->enableWhen(bar->addInt(tr("cells"), tr("Number of values along the vertical axis"),
                                QStringLiteral("parameter_scan.y.count"), 1, 100000,
                                axisField(true, &ScanAxisSettings::count)),
                    twoD);
    bar->addInt(tr("Transient:"), tr("Iterations discarded at every point before measuring"),
                QStringLiteral("parameter_scan.transient"), 0, kIntMax,
                sec.field<int>(&ScanSettings::transient));
    bar->addInt(tr("Steps:"), tr("Iterations measured at every point"),
                QStringLiteral("parameter_scan.steps"), 1, kIntMax, sec.field<int>(&ScanSettings::steps));
    return bar;
}

} // namespace nd
