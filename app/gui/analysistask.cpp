#include "gui/analysistask.h"

#include "gui/studydocument.h"
#include "plots/plotpanel.h"

#include <qwt_plot.h>

namespace nd {

namespace {
constexpr int kDebounceMs = 100;
constexpr int kRedrawMs = 40;
} // namespace

std::vector<ExportController::Plot>
panelPlots(const PlotPanel& panel, const QString& stem,
           const std::vector<std::pair<const QwtPlot*, QString>>& suffixes)
{
    std::vector<ExportController::Plot> out;
    for (const auto& [title, plot] : panel.plots())
        for (const auto& [known, suffix] : suffixes)
            if (known == plot)
                out.push_back({title, stem + QLatin1Char('-') + suffix, plot});
    return out;
}

AnalysisTask::AnalysisTask(StudyDocument* document, QThreadPool* pool, QObject* parent)
    : QObject(parent), m_document(document), m_runner(new JobRunner(pool, this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    m_redraw.setSingleShot(true);
    m_redraw.setInterval(kRedrawMs);
    connect(&m_debounce, &QTimer::timeout, this, &AnalysisTask::start);
    connect(&m_redraw, &QTimer::timeout, this, [this]() { refreshView(); });
    connect(m_document, &StudyDocument::changed, this, &AnalysisTask::followStudy);
    connect(m_document, &StudyDocument::studyReset, this, [this]() { m_inputs.reset(); });
    connect(m_runner, &JobRunner::chunkReady, this, [this](JobChunkPtr chunk, bool first) {
        if (chunk)
            showChunk(chunk, first);
    });
    connect(m_runner, &JobRunner::progressChanged, this, &AnalysisTask::progressChanged);
    connect(m_runner, &JobRunner::failed, this, [this](const QString& text) {
        m_failed = true;
        showMessage(text);
        emit message(tr("%1: %2").arg(title(), text));
    });
    connect(m_runner, &JobRunner::finished, this, [this](bool canceled) {
        m_redraw.stop();
        if (canceled) {
            m_inputs.reset(); // compute again on the next change even if the inputs match
        } else if (!m_failed) {
            refreshView();
            m_complete = true;
            emit completed();
        }
        updateBusy();
    });
}

AnalysisTask::~AnalysisTask()
{
    m_debounce.stop();
    m_runner->cancel();
    m_runner->waitForFinished();
}

std::vector<QwtPlot*> AnalysisTask::allPlots() const
{
    std::vector<QwtPlot*> out;
    for (const auto& p : plots())
        out.push_back(p.plot);
    return out;
}

QString AnalysisTask::readout(QwtPlot*, const QPointF&) const
{
    return {};
}

bool AnalysisTask::isEnabled() const
{
    return isEnabledIn(m_document->study());
}

Study AnalysisTask::commonInputs(const Study& study)
{
    Study in = study;
    in.title.clear();
    in.view = ViewState();
    in.analyses = AnalysisSettings();
    return in;
}

void AnalysisTask::followStudy()
{
    if (!isEnabled()) {
        m_debounce.stop();
        m_runner->cancel();
        m_inputs.reset();
        m_complete = false;
        if (!m_disabledShown)
            showDisabled();
        updateBusy();
        return;
    }
    if (m_inputs && *m_inputs == inputs(m_document->study()))
        return; // nothing this analysis reads has changed: keep the result (or the running job)
    m_debounce.start();
    updateBusy();
}

void AnalysisTask::showDisabled()
{
    m_disabledShown = true;
    m_cancelShown = false;
    showMessage(
        tr("%1 is not part of this study. Switch it on with \"Compute\" above or in the Analysis menu "
           "to compute it and save its settings with the study.")
            .arg(title()));
}

void AnalysisTask::showCancelled()
{
    m_cancelShown = true;
    showMessage(
        tr("%1: cancelled. Compute it again with Analysis > Recompute (F5) or by changing its settings.")
            .arg(title()));
}

void AnalysisTask::retranslate()
{
    if (m_disabledShown)
        showDisabled();
    else if (m_cancelShown)
        showCancelled();
    else
        retranslateView();
}

void AnalysisTask::restartNow()
{
    m_debounce.stop();
    if (isEnabled())
        start();
    else
        followStudy();
}

void AnalysisTask::start()
{
    m_debounce.stop();
    if (!isEnabled())
        return;
    const Study& study = m_document->study();
    m_complete = false;
    m_failed = false;
    m_disabledShown = false;
    m_cancelShown = false;
    // start() cancels the previous job, whose finished(true) clears m_inputs: set them after.
    m_runner->start(work(study, m_threads));
    m_inputs = inputs(study);
    updateBusy();
}

void AnalysisTask::cancel()
{
    m_debounce.stop();
    m_runner->cancel();
    m_runner->waitForFinished();
    updateBusy();
}

void AnalysisTask::cancelByUser()
{
    const bool working = m_debounce.isActive() || m_runner->isRunning();
    cancel();
    if (!working)
        return;
    // The view would otherwise keep a partial result, or one of inputs no longer current,
    // with nothing to say that it is not the finished answer.
    m_inputs.reset();
    m_complete = false;
    showCancelled();
}

bool AnalysisTask::isBusy() const
{
    return m_debounce.isActive() || m_runner->isRunning() || m_redraw.isActive();
}

void AnalysisTask::scheduleRefresh()
{
    if (!m_redraw.isActive())
        m_redraw.start();
}

void AnalysisTask::updateBusy()
{
    const bool busy = m_debounce.isActive() || m_runner->isRunning();
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

} // namespace nd
