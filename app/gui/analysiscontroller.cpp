#include "gui/analysiscontroller.h"

#include "gui/analysisjobs.h"
#include "gui/jobrunner.h"
#include "gui/studydocument.h"
#include "plots/oscillatorviews.h"
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
constexpr std::size_t kMaxSeries = 8;
constexpr std::size_t kSpaceTimeSteps = 600;

} // namespace

AnalysisController::AnalysisController(StudyDocument* document, QThreadPool* pool, PhasePortraitView* phase,
                                       TimeSeriesView* series, SpaceTimeView* spaceTime, QObject* parent)
    : QObject(parent), m_document(document), m_phase(phase), m_series(series), m_spaceTime(spaceTime),
      m_trajectoryRunner(new JobRunner(pool, this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &AnalysisController::startJobs);
    connect(m_document, &StudyDocument::changed, this, &AnalysisController::scheduleRestart);
    connect(m_trajectoryRunner, &JobRunner::chunkReady, this, [this](JobChunkPtr chunk, bool) {
        if (const auto* t = dynamic_cast<const TrajectoryChunk*>(chunk.get()))
            showTrajectory(t->trajectory);
    });
    connect(m_trajectoryRunner, &JobRunner::finished, this, &AnalysisController::updateBusy);
    connect(m_trajectoryRunner, &JobRunner::failed, this, &AnalysisController::message);
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
    m_trajectoryRunner->start(trajectoryJob(m_document->study()));
    updateBusy();
}

void AnalysisController::cancelAll()
{
    m_debounce.stop();
    m_trajectoryRunner->cancel();
    m_trajectoryRunner->waitForFinished();
    updateBusy();
}

QStringList AnalysisController::busyTitles() const
{
    QStringList out;
    if (isBusy())
        out << tr("Trajectory");
    return out;
}

bool AnalysisController::isBusy() const
{
    return m_debounce.isActive() || m_trajectoryRunner->isRunning();
}

bool AnalysisController::waitUntilIdle(int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (isBusy()) {
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

void AnalysisController::setOscillatorViews(PhaseCircleView* circle, OrderParameterView* order)
{
    m_circle = circle;
    m_order = order;
}

void AnalysisController::showTrajectory(const Trajectory& t)
{
    // The views draw a trajectory by the rules the CLI's figures share (angles wrapped or as
    // their sines: oscillatorphases.h), so both show the same.
    const Study& study = m_document->study();
    const Model& model = m_document->model();
    if (t.columns() > 0)
        m_phase->setTrajectory(t, &model, study.view.phaseX, study.view.phaseY, study.view.cobweb);
    m_series->setTrajectory(t, &model, kMaxSeries);
    showSpaceTime(t);
    if (m_circle)
        m_circle->setTrajectory(t, model);
    if (m_order)
        m_order->setTrajectory(t, model);
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
