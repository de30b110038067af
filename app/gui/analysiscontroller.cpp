#include "gui/analysiscontroller.h"

#include "gui/analysisjobs.h"
#include "gui/jobrunner.h"
#include "gui/studydocument.h"
#include "plots/orbitdiagramview.h"
#include "plots/phaseportraitview.h"
#include "plots/spacetimeview.h"
#include "plots/timeseriesview.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace nd {

namespace {

constexpr int kDebounceMs = 100;
constexpr int kRedrawMs = 40;
constexpr std::size_t kMaxSeries = 8;
constexpr std::size_t kSpaceTimeSteps = 600;

// The inputs an orbit diagram depends on: everything but the swept parameter and the view.
Study orbitInputs(const Study& study)
{
    Study s = study;
    s.parameters.erase(s.orbitDiagram.parameter);
    s.view = ViewState();
    s.title.clear();
    return s;
}

} // namespace

AnalysisController::AnalysisController(StudyDocument* document, QThreadPool* pool, PhasePortraitView* phase,
                                       TimeSeriesView* series, OrbitDiagramView* orbit,
                                       SpaceTimeView* spaceTime, QObject* parent)
    : QObject(parent), m_document(document), m_phase(phase), m_series(series), m_orbit(orbit),
      m_spaceTime(spaceTime), m_trajectoryRunner(new JobRunner(pool, this)),
      m_orbitRunner(new JobRunner(pool, this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    m_redraw.setSingleShot(true);
    m_redraw.setInterval(kRedrawMs);
    connect(&m_debounce, &QTimer::timeout, this, &AnalysisController::startJobs);
    connect(&m_redraw, &QTimer::timeout, m_orbit, &OrbitDiagramView::refresh);
    connect(m_document, &StudyDocument::changed, this, &AnalysisController::scheduleRestart);
    connect(m_document, &StudyDocument::studyReset, this, [this]() { m_orbitInputs.reset(); });
    connect(m_document, &StudyDocument::studyOpened, this, [this]() {
        m_openedWindow = windowOf(m_document->study());
        m_windows = {m_openedWindow};
        m_windowIndex = 0;
        emit zoomHistoryChanged();
    });
    connect(m_document, &StudyDocument::changed, this, &AnalysisController::followWindow);
    connect(m_orbit, &OrbitDiagramView::windowRequested, this, &AnalysisController::onZoom);
    // The line at the swept parameter's current value follows every edit, slider drags included;
    // a Ctrl+click on the diagram sets that parameter (one undo step).
    const auto sweptParameter = [this] {
        const Model& model = m_document->model();
        const int p = model.parameterIndex(m_document->study().orbitDiagram.parameter);
        return p >= 0 || model.parameterCount() == 0 ? p : 0; // orbitParameterRange's default: the first
    };
    const auto showCurrentParameter = [this, sweptParameter] {
        const int p = sweptParameter();
        m_orbit->setCurrentParameter(p >= 0 ? m_document->model().parameter(p) : std::nan(""));
    };
    connect(m_document, &StudyDocument::changed, this, showCurrentParameter);
    connect(m_document, &StudyDocument::studyReset, this, showCurrentParameter);
    connect(m_orbit, &OrbitDiagramView::parameterClicked, this, [this, sweptParameter](double value) {
        const int p = sweptParameter();
        if (p < 0)
            return;
        const std::string name = m_document->model().parameterSpecs()[static_cast<std::size_t>(p)].name;
        Study s = m_document->study();
        s.parameters[name] = value;
        QString error;
        const QString text = tr("Set %1 from the orbit diagram").arg(QString::fromStdString(name));
        if (!m_document->editStudy(s, text, &error))
            emit message(error);
    });

    connect(m_trajectoryRunner, &JobRunner::chunkReady, this, [this](JobChunkPtr chunk, bool) {
        if (const auto* t = dynamic_cast<const TrajectoryChunk*>(chunk.get()))
            showTrajectory(t->trajectory);
    });
    connect(m_orbitRunner, &JobRunner::chunkReady, this, [this](JobChunkPtr chunk, bool first) {
        const auto* c = dynamic_cast<const OrbitColumnsChunk*>(chunk.get());
        if (!c)
            return;
        if (first) {
            const Study& s = m_document->study();
            const auto names = m_document->model().variableNames();
            const int v = std::clamp(s.orbitDiagram.variable, 0, static_cast<int>(names.size()) - 1);
            m_orbit->reset(c->window, c->columns, c->bins, QString::fromStdString(s.orbitDiagram.parameter),
                           QString::fromStdString(names[static_cast<std::size_t>(v)]));
            m_escapedColumns = 0;
        }
        m_escapedColumns += c->escapedColumns;
        for (std::size_t i = 0; i < c->density.size(); ++i)
            m_orbit->setColumn(c->firstColumn + static_cast<int>(i), c->density[i]);
        if (!m_redraw.isActive())
            m_redraw.start();
    });
    connect(m_orbitRunner, &JobRunner::progressChanged, this, &AnalysisController::progressChanged);
    connect(m_orbitRunner, &JobRunner::finished, this, [this](bool canceled) {
        if (canceled) {
            m_orbitInputs.reset(); // recompute on the next change even if the inputs match
        } else {
            m_redraw.stop();
            m_orbit->refresh();
            if (m_escapedColumns > 0)
                emit message(tr("Orbit diagram: the orbit escaped in %1 columns").arg(m_escapedColumns));
        }
        updateBusy();
    });
    connect(m_trajectoryRunner, &JobRunner::finished, this, &AnalysisController::updateBusy);
    for (JobRunner* r : {m_trajectoryRunner, m_orbitRunner}) {
        connect(r, &JobRunner::failed, this, [this, r](const QString& text) {
            if (r == m_orbitRunner) {
                m_orbitInputs.reset();
                m_orbit->setMessage(text);
            }
            emit message(text);
        });
    }
}

AnalysisController::~AnalysisController()
{
    cancelAll();
}

void AnalysisController::scheduleRestart()
{
    m_debounce.start();
    updateBusy();
}

void AnalysisController::restartNow()
{
    m_debounce.stop();
    startJobs();
}

void AnalysisController::startJobs()
{
    m_debounce.stop();
    const Study& study = m_document->study();
    m_trajectoryRunner->start(trajectoryJob(study));
    const Study inputs = orbitInputs(study);
    if (!study.orbitDiagram.enabled) {
        m_orbitRunner->cancel();
        m_orbitInputs.reset();
        m_orbit->setMessage(
            tr("The orbit diagram is not part of this study. Switch it on with \"Compute\" above "
               "or in the Analysis menu to compute it and save its settings with the study."));
    } else if (!m_orbitInputs || !(*m_orbitInputs == inputs) || !m_orbit->hasData()) {
        // start() cancels the previous run, whose finished(true) clears m_orbitInputs: set it after.
        m_orbitRunner->start(orbitDiagramJob(study, m_threads));
        emit progressChanged(0.0); // not the last run's fraction until the new one reports
        m_orbitInputs = inputs;
    }
    updateBusy();
}

void AnalysisController::cancelAll()
{
    m_debounce.stop();
    m_trajectoryRunner->cancel();
    m_orbitRunner->cancel();
    m_trajectoryRunner->waitForFinished();
    m_orbitRunner->waitForFinished();
    updateBusy();
}

void AnalysisController::cancelByUser()
{
    const bool orbit =
        m_orbitRunner->isRunning() || (m_debounce.isActive() && m_document->study().orbitDiagram.enabled);
    cancelAll();
    if (orbit)
        m_orbit->setMessage(
            tr("Orbit diagram: cancelled. Compute it again with Analysis > Recompute (F5) or by "
               "changing its settings."));
}

QStringList AnalysisController::busyTitles() const
{
    QStringList out;
    if (m_debounce.isActive() || m_trajectoryRunner->isRunning())
        out << tr("Trajectory");
    if (m_orbitRunner->isRunning() || (m_debounce.isActive() && m_document->study().orbitDiagram.enabled))
        out << tr("Orbit diagram");
    return out;
}

bool AnalysisController::isBusy() const
{
    return m_debounce.isActive() || m_trajectoryRunner->isRunning() || m_orbitRunner->isRunning();
}

bool AnalysisController::waitUntilIdle(int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (isBusy() || m_redraw.isActive()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

void AnalysisController::updateBusy()
{
    const bool busy = isBusy();
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

void AnalysisController::onZoom(const QRectF& window)
{
    Study s = m_document->study();
    s.orbitDiagram.from = window.left();
    s.orbitDiagram.to = window.right();
    s.orbitDiagram.valueMin = window.top();
    s.orbitDiagram.valueMax = window.bottom();
    QString error;
    if (!m_document->editStudy(
            s, []() { return tr("Zoom orbit diagram"); }, &error))
        emit message(error);
}

AnalysisController::Window AnalysisController::windowOf(const Study& study)
{
    const OrbitDiagramSettings& d = study.orbitDiagram;
    return {d.parameter, d.from, d.to, d.valueMin, d.valueMax};
}

void AnalysisController::followWindow()
{
    const Window now = windowOf(m_document->study());
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
    emit zoomHistoryChanged();
}

void AnalysisController::goToWindow(const Window& window)
{
    Study s = m_document->study();
    OrbitDiagramSettings& d = s.orbitDiagram;
    d.parameter = window.parameter;
    d.from = window.from;
    d.to = window.to;
    d.valueMin = window.valueMin;
    d.valueMax = window.valueMax;
    QString error;
    if (!m_document->editStudy(
            s, []() { return tr("Zoom orbit diagram"); }, &error))
        emit message(error);
}

void AnalysisController::zoomBack()
{
    if (!canZoomBack())
        return;
    --m_windowIndex; // before the edit, so followWindow finds the window it goes to
    emit zoomHistoryChanged();
    goToWindow(m_windows[m_windowIndex]);
}

void AnalysisController::zoomForward()
{
    if (!canZoomForward())
        return;
    ++m_windowIndex;
    emit zoomHistoryChanged();
    goToWindow(m_windows[m_windowIndex]);
}

void AnalysisController::zoomToStudyWindow()
{
    // The window the study was opened with; for another swept parameter, that parameter's
    // typical range (from == to means "the typical range", valueMin == valueMax "automatic").
    Window w = m_openedWindow;
    const std::string parameter = m_document->study().orbitDiagram.parameter;
    if (w.parameter != parameter)
        w = {parameter, 0, 0, 0, 0};
    goToWindow(w);
}

void AnalysisController::showTrajectory(const Trajectory& t)
{
    const Study& study = m_document->study();
    std::vector<double> steps(t.rows());
    for (std::size_t r = 0; r < t.rows(); ++r)
        steps[r] = static_cast<double>(t.firstStep + static_cast<long>(r) * t.stride);
    std::vector<std::vector<double>> series;
    QStringList labels;
    for (std::size_t c = 0; c < t.columns() && c < kMaxSeries; ++c) {
        series.push_back(t.column(c));
        labels << QString::fromStdString(t.names[c]);
    }
    if (t.columns() == 1) {
        m_phase->setReturnMap(t.column(0), labels[0], study.view.cobweb, &m_document->model());
    } else if (t.columns() >= 2) {
        const auto x =
            static_cast<std::size_t>(std::clamp(study.view.phaseX, 0, static_cast<int>(t.columns()) - 1));
        const auto y =
            static_cast<std::size_t>(std::clamp(study.view.phaseY, 0, static_cast<int>(t.columns()) - 1));
        m_phase->setOrbit(t.column(x), t.column(y), QString::fromStdString(t.names[x]),
                          QString::fromStdString(t.names[y]));
    }
    m_series->setSeries(steps, series, labels);
    showSpaceTime(t);
    if (t.escaped)
        emit message(tr("The orbit escaped at step %1: %2")
                         .arg(t.escapeStep)
                         .arg(QString::fromStdString(t.escapeReason)));
    else
        emit message(tr("%1 steps computed").arg(t.rows()));
}

void AnalysisController::showSpaceTime(const Trajectory& t)
{
    // The last steps only: the raster shows patterns (chimeras, waves), not the whole run. A
    // single neuron has no space-time plot (the view clears itself).
    m_spaceTime->setTrajectory(t, m_document->model(), kSpaceTimeSteps);
}

} // namespace nd
