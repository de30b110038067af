#include "gui/orbittask.h"

#include "compute/computecommon.h"
#include "compute/orbitcompute.h"
#include "gui/studydocument.h"
#include "plots/orbitdiagramview.h"

#include "common/errors.h"
#include "oscillators/oscillatorphases.h"

#include <QCoreApplication>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace nd {

namespace {

constexpr int kPilotColumns = 16;
constexpr long kPilotSamples = 500;

// The diagram's frame, delivered before its first tile.
struct OrbitStartChunk : JobChunk {
    QRectF window; // parameter range (x) and value range (y)
    int columns = 0;
    int bins = 0;
    QString parameter, variable;
};

// A tile of finished columns: the engine's tone of each (log(1 + n) normalised per column, 0
// when escaped).
struct OrbitTileChunk : JobChunk {
    int firstColumn = 0;
    std::vector<std::vector<double>> density;
    std::vector<char> escaped; // every run of the column escaped
};

} // namespace

OrbitDiagramTask::OrbitDiagramTask(StudyDocument* document, QThreadPool* pool, QObject* parent)
    : SectionTask(document, pool, &AnalysisSettings::orbitDiagram, parent), m_view(new OrbitDiagramView)
{
    connect(document, &StudyDocument::studyOpened, this, [this]() {
        m_openedWindow = windowOf(this->document()->study());
        m_windows = {m_openedWindow};
        m_windowIndex = 0;
        updateHistoryButtons();
    });
    connect(document, &StudyDocument::changed, this, &OrbitDiagramTask::followWindow);
    connect(document, &StudyDocument::changed, this, &OrbitDiagramTask::showCurrentParameter);
    connect(document, &StudyDocument::studyReset, this, &OrbitDiagramTask::showCurrentParameter);
    connect(m_view, &OrbitDiagramView::windowRequested, this, &OrbitDiagramTask::onZoom);
    connect(m_view, &OrbitDiagramView::parameterClicked, this, [this](double value) {
        const std::string name = sweptParameter(this->document()->study(), this->document()->model());
        if (name.empty())
            return;
        Study s = this->document()->study();
        s.parameters[name] = value;
        QString error;
        const QString text = tr("Set %1 from the orbit diagram").arg(QString::fromStdString(name));
        if (!this->document()->editStudy(s, text, error))
            emit message(error);
    });
    connect(this, &AnalysisTask::completed, this, [this]() {
        if (m_escapedColumns > 0)
            emit message(tr("Orbit diagram: the orbit escaped in %1 columns").arg(m_escapedColumns));
    });
}

QWidget* OrbitDiagramTask::view() const
{
    return m_view;
}

std::vector<ExportController::Plot> OrbitDiagramTask::plots() const
{
    return {{title(), fileStem(), m_view}};
}

QString OrbitDiagramTask::readout(QwtPlot*, const QPointF& position) const
{
    return m_view->readoutAt(position);
}

std::string OrbitDiagramTask::sweptParameter(const Study& study, const Model& model)
{
    const std::string p =
        study.analyses.orbitDiagram ? study.analyses.orbitDiagram->parameter : std::string();
    if (model.parameterIndex(p) >= 0 || model.parameterCount() == 0)
        return p;
    return model.parameterSpecs().front().name;
}

OrbitDiagramSettings OrbitDiagramTask::defaults(const Study&, const Model& model) const
{
    return orbitDiagramDefaults(model);
}

Study OrbitDiagramTask::inputs(const Study& study) const
{
    // Every column sets the swept parameter itself, and the trajectory's sampling is not the
    // diagram's (only its escape bound is): neither restarts the diagram.
    Study in = SectionTask::inputs(study);
    in.parameters.erase(sweptParameter(study, document()->model()));
    SimulationOptions simulation;
    simulation.escapeBound = study.simulation.escapeBound;
    in.simulation = simulation;
    return in;
}

JobRunner::Work OrbitDiagramTask::work(const Study& study, int threads) const
{
    return [study, threads](JobContext& context) {
        compute::inSection("orbit_diagram", [&] {
            const auto model = study.createModel();
            OrbitDiagramRequest r =
                compute::orbitDiagramRequest(study, *model, compute::OrbitArithmetic::Fast);
            r.threads = threads;
            r.keepPoints = false;
            if (!(r.axis.to > r.axis.from))
                throw InputError(
                    QCoreApplication::translate("Analysis", "the parameter range is empty").toStdString());
            if (r.autoRange) {
                // A pilot diagram over a few columns finds the value range, so the full one can
                // stream fixed-range tiles while it runs.
                OrbitDiagramRequest pilot = r;
                pilot.axis.count = std::min(kPilotColumns, r.axis.count);
                pilot.samples = std::min(r.samples, kPilotSamples);
                const OrbitDiagram d = computeOrbitDiagram(*model, pilot, &context);
                if (context.isCanceled())
                    return;
                double lo = d.rangeMin, hi = d.rangeMax;
                if (!(hi - lo > 1e-9)) {
                    lo -= 1.0;
                    hi += 1.0;
                }
                const double pad = 0.05 * (hi - lo);
                r.autoRange = false;
                r.rangeMin = lo - pad;
                r.rangeMax = hi + pad;
            }
            auto start = std::make_shared<OrbitStartChunk>();
            start->window = QRectF(QPointF(r.axis.from, r.rangeMin), QPointF(r.axis.to, r.rangeMax));
            start->columns = r.axis.count;
            start->bins = r.bins;
            start->parameter = QString::fromStdString(r.axis.parameter);
            const auto names = model->variableNames();
            const OrbitDiagramSettings& settings =
                compute::sectionOf(study.analyses.orbitDiagram, "orbit_diagram");
            const int v = std::clamp(settings.variable, 0, static_cast<int>(names.size()) - 1);
            start->variable = QString::fromStdString(names[static_cast<std::size_t>(v)]);
            // An oscillator network's diagram shows R or a wrapped phase (orbitObservable): say which.
            if (settings.observable == ObservableKind::OrderParameter)
                start->variable = QStringLiteral("R");
            else if (r.observable.reduction == Reduction::WrappedPhase)
                start->variable = QCoreApplication::translate("OrbitDiagramTask", "%1 wrapped to (−π, π]")
                                      .arg(start->variable);
            context.deliver(std::move(start));
            const int bins = r.bins;
            computeOrbitDiagram(*model, r, &context, [&](const OrbitDiagramTile& tile) {
                auto chunk = std::make_shared<OrbitTileChunk>();
                chunk->firstColumn = tile.firstColumn;
                for (int c = 0; c < tile.columnCount; ++c) {
                    chunk->escaped.push_back(tile.status[static_cast<std::size_t>(c)].escaped() ? 1 : 0);
                    const auto first = tile.tone.begin() + static_cast<long>(c) * bins;
                    chunk->density.emplace_back(first, first + bins);
                }
                context.deliver(std::move(chunk));
            });
        });
    };
}

void OrbitDiagramTask::showChunk(const JobChunkPtr& chunk, bool)
{
    if (const auto* start = dynamic_cast<const OrbitStartChunk*>(chunk.get())) {
        m_view->reset(start->window, start->columns, start->bins, start->parameter, start->variable);
        m_escapedColumns = 0;
    } else if (const auto* tile = dynamic_cast<const OrbitTileChunk*>(chunk.get())) {
        for (std::size_t i = 0; i < tile->density.size(); ++i) {
            const int column = tile->firstColumn + static_cast<int>(i);
            m_view->setColumn(column, tile->density[i]);
            if (tile->escaped[i]) {
                m_view->setColumnEscaped(column);
                ++m_escapedColumns;
            }
        }
        scheduleRefresh();
    }
}

void OrbitDiagramTask::showMessage(const QString& text)
{
    m_view->setMessage(text);
}

void OrbitDiagramTask::refreshView()
{
    m_view->refresh();
}

SettingsBar* OrbitDiagramTask::createSettingsBar()
{
    auto* bar = new SettingsBar(document(), []() { return tr("Change orbit diagram"); });
    const auto& sec = section();
    // Another parameter or variable shows its whole range: the window is reset.
    bar->addNames(tr("Sweep:"), tr("Parameter swept along the horizontal axis"),
                  QStringLiteral("orbit_diagram.parameter"), &SettingsBar::parameterNames,
                  {[sec](const Study& s) { return sec.get(s).parameter; },
                   [sec](Study& s, std::string name) {
                       OrbitDiagramSettings& d = sec.edit(s);
                       if (d.parameter != name)
                           d.from = d.to = d.valueMin = d.valueMax = 0.0;
                       d.parameter = std::move(name);
                   }});
    StudyDocument* doc = document();
    // An oscillator network offers its order parameter R first (observable kind order_parameter).
    static const std::string kOrder = "R";
    const auto plotted = [](const Model& model) {
        QStringList names = SettingsBar::variableNames(model);
        if (!oscillatorPhases(model).empty())
            names.prepend(QString::fromStdString(kOrder));
        return names;
    };
    bar->addNames(tr("Plot:"), tr("State variable whose values are plotted (R: the order parameter)"),
                  QStringLiteral("orbit_diagram.observable.variable"), plotted,
                  {[sec, doc](const Study& s) {
                       if (sec.get(s).observable == ObservableKind::OrderParameter)
                           return kOrder;
                       const auto names = doc->model().variableNames();
                       const int v = sec.get(s).variable;
                       return v >= 0 && v < static_cast<int>(names.size())
                                  ? names[static_cast<std::size_t>(v)]
                                  : std::string();
                   },
                   [sec, doc](Study& s, const std::string& name) {
                       OrbitDiagramSettings& d = sec.edit(s);
                       const bool order = name == kOrder && !oscillatorPhases(doc->model()).empty();
                       if (order != (d.observable == ObservableKind::OrderParameter))
                           d.valueMin = d.valueMax = 0.0;
                       if (order) {
                           d.observable = ObservableKind::OrderParameter;
                           return;
                       }
                       if (d.observable == ObservableKind::OrderParameter)
                           d.observable = ObservableKind::Variable;
                       const auto names = doc->model().variableNames();
                       const auto it = std::find(names.begin(), names.end(), name);
                       const int v = it == names.end() ? 0 : static_cast<int>(it - names.begin());
                       if (d.variable != v)
                           d.valueMin = d.valueMax = 0.0;
                       d.variable = v;
                   }});
    bar->addInt(tr("Columns:"), tr("Number of parameter values (columns of the raster)"),
                QStringLiteral("orbit_diagram.count"), 10, 4096,
                sec.field<int>(&OrbitDiagramSettings::columns));
    bar->addInt(tr("Transient:"), tr("Steps iterated and discarded before sampling each column"),
                QStringLiteral("orbit_diagram.transient"), 0, 10000000,
                sec.field<int>(&OrbitDiagramSettings::transient));
    bar->addInt(tr("Samples:"), tr("Values recorded per column"), QStringLiteral("orbit_diagram.samples"), 1,
                1000000, sec.field<int>(&OrbitDiagramSettings::samples));
    m_back = new QToolButton(bar);
    m_back->setArrowType(Qt::LeftArrow);
    m_back->setToolTip(tr("Back to the previous window of the diagram (zoom)"));
    m_back->setAccessibleName(tr("Back"));
    bar->addWidget(m_back);
    m_forward = new QToolButton(bar);
    m_forward->setArrowType(Qt::RightArrow);
    m_forward->setToolTip(tr("Forward to the next window of the diagram (zoom)"));
    m_forward->setAccessibleName(tr("Forward"));
    bar->addWidget(m_forward);
    auto* full = new QToolButton(bar);
    full->setText(tr("Full Range"));
    full->setToolTip(
        tr("Back to the window the study was opened with (for another swept parameter: its whole "
           "typical range)"));
    bar->addWidget(full);
    connect(m_back, &QToolButton::clicked, this, &OrbitDiagramTask::zoomBack);
    connect(m_forward, &QToolButton::clicked, this, &OrbitDiagramTask::zoomForward);
    connect(full, &QToolButton::clicked, this, &OrbitDiagramTask::zoomToStudyWindow);
    updateHistoryButtons();
    return bar;
}

void OrbitDiagramTask::updateHistoryButtons()
{
    if (m_back)
        m_back->setEnabled(canZoomBack());
    if (m_forward)
        m_forward->setEnabled(canZoomForward());
    emit zoomHistoryChanged();
}

void OrbitDiagramTask::showCurrentParameter()
{
    const Model& model = document()->model();
    const int p = model.parameterIndex(sweptParameter(document()->study(), model));
    m_view->setCurrentParameter(p >= 0 ? model.parameter(p) : std::nan(""));
}

void OrbitDiagramTask::onZoom(const QRectF& window)
{
    if (!isEnabled())
        return;
    Study s = document()->study();
    OrbitDiagramSettings& d = *s.analyses.orbitDiagram;
    d.from = window.left();
    d.to = window.right();
    d.valueMin = window.top();
    d.valueMax = window.bottom();
    QString error;
    if (!document()->editStudy(
            s, []() { return tr("Zoom orbit diagram"); }, error))
        emit message(error);
}

OrbitDiagramTask::Window OrbitDiagramTask::windowOf(const Study& study)
{
    if (!study.analyses.orbitDiagram)
        return {};
    const OrbitDiagramSettings& d = *study.analyses.orbitDiagram;
    return {d.parameter, d.from, d.to, d.valueMin, d.valueMax};
}

void OrbitDiagramTask::followWindow()
{
    if (!isEnabled())
        return;
    const Window now = windowOf(document()->study());
    if (m_windows.empty()) {
        m_windows = {now};
        m_windowIndex = 0;
    } else if (!(m_windows[m_windowIndex] == now)) {
        // A new window (zoom, typed range, undo): the steps ahead of the shown one are dropped.
        m_windows.resize(m_windowIndex + 1);
        m_windows.push_back(now);
        m_windowIndex = m_windows.size() - 1;
    } else {
        return;
    }
    updateHistoryButtons();
}

void OrbitDiagramTask::goToWindow(const Window& window)
{
    if (!isEnabled())
        return;
    Study s = document()->study();
    OrbitDiagramSettings& d = *s.analyses.orbitDiagram;
    d.parameter = window.parameter;
    d.from = window.from;
    d.to = window.to;
    d.valueMin = window.valueMin;
    d.valueMax = window.valueMax;
    QString error;
    if (!document()->editStudy(
            s, []() { return tr("Zoom orbit diagram"); }, error))
        emit message(error);
}

void OrbitDiagramTask::zoomBack()
{
    if (!canZoomBack())
        return;
    --m_windowIndex; // before the edit, so followWindow finds the window it goes to
    updateHistoryButtons();
    goToWindow(m_windows[m_windowIndex]);
}

void OrbitDiagramTask::zoomForward()
{
    if (!canZoomForward())
        return;
    ++m_windowIndex;
    updateHistoryButtons();
    goToWindow(m_windows[m_windowIndex]);
}

void OrbitDiagramTask::zoomToStudyWindow()
{
    // from == to means "the typical range", valueMin == valueMax "automatic".
    Window w = m_openedWindow;
    const std::string parameter = sweptParameter(document()->study(), document()->model());
    if (w.parameter != parameter)
        w = {parameter, 0, 0, 0, 0};
    goToWindow(w);
}

} // namespace nd
