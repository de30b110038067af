#include "gui/stabilitycontroller.h"

#include "analysis/fixedpoints.h"
#include "analysis/lyapunov.h"
#include "common/errors.h"
#include "gui/jobrunner.h"
#include "gui/studydocument.h"
#include "plots/fixedpointstable.h"
#include "plots/lyapunovview.h"

#include <QCoreApplication>

#include <algorithm>

namespace nd {

namespace {

constexpr int kDebounceMs = 150;
constexpr int kMaxExponents = 4;   // networks: the few largest are what people look at
constexpr long kLyapunovSteps = 20000;

struct FixedPointsChunk : JobChunk {
    std::vector<FixedPoint> points;
};

struct LyapunovChunk : JobChunk {
    LyapunovResult result;
};

JobRunner::Work fixedPointsJob(const Study& study, int threads)
{
    return [study, threads](JobContext& context) {
        const auto model = study.createModel();
        FixedPointOptions options;
        options.threads = threads;
        // Newton in hundreds of dimensions is costly: fewer seeds for networks.
        options.seeds = model->dimension() > 20 ? 8 : 256;
        auto chunk = std::make_shared<FixedPointsChunk>();
        chunk->points = findFixedPoints(*model, options, &context);
        if (!context.isCanceled())
            context.deliver(std::move(chunk));
    };
}

JobRunner::Work lyapunovJob(const Study& study)
{
    return [study](JobContext& context) {
        const auto model = study.createModel();
        LyapunovOptions options;
        options.exponents = std::min(model->dimension(), kMaxExponents);
        options.transient = std::max(study.simulation.transient, 1000L);
        options.steps = model->dimension() > 20 ? kLyapunovSteps / 4 : kLyapunovSteps;
        options.escapeBound = study.simulation.escapeBound;
        auto chunk = std::make_shared<LyapunovChunk>();
        chunk->result = lyapunovSpectrum(*model, study.initialState, options, &context);
        if (!context.isCanceled())
            context.deliver(std::move(chunk));
    };
}

} // namespace

StabilityController::StabilityController(StudyDocument* document, QThreadPool* pool, FixedPointsTable* table,
                                         LyapunovView* lyapunov, QObject* parent)
    : QObject(parent), m_document(document), m_table(table), m_lyapunov(lyapunov),
      m_fixedRunner(new JobRunner(pool, this)), m_lyapunovRunner(new JobRunner(pool, this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &StabilityController::startJobs);
    connect(m_document, &StudyDocument::changed, this, [this]() {
        m_debounce.start();
        updateBusy();
    });
    connect(m_fixedRunner, &JobRunner::chunkReady, this, [this](JobChunkPtr chunk, bool) {
        if (const auto* c = dynamic_cast<const FixedPointsChunk*>(chunk.get()))
            m_table->setFixedPoints(c->points, m_document->model().variableNames());
    });
    connect(m_lyapunovRunner, &JobRunner::chunkReady, this, [this](JobChunkPtr chunk, bool) {
        const auto* c = dynamic_cast<const LyapunovChunk*>(chunk.get());
        if (!c)
            return;
        const LyapunovResult& r = c->result;
        if (!r.defined) {
            m_lyapunov->setMessage(QString::fromStdString(r.reason));
            return;
        }
        QString summary = tr("Lyapunov exponents (%1)").arg(QString::fromStdString(r.conventions));
        if (r.kaplanYorkeDefined)
            summary += tr(", Kaplan-Yorke dimension %1").arg(r.kaplanYorke, 0, 'g', 5);
        m_lyapunov->setResult(r.curveTime, r.curve, static_cast<int>(r.exponents.size()), r.exponents, summary);
    });
    connect(m_fixedRunner, &JobRunner::failed, this, [this](const QString& text) {
        m_table->setMessage(text);
        emit message(text);
    });
    connect(m_lyapunovRunner, &JobRunner::failed, this, [this](const QString& text) {
        m_lyapunov->setMessage(text);
        emit message(text);
    });
    connect(m_fixedRunner, &JobRunner::finished, this, &StabilityController::updateBusy);
    connect(m_lyapunovRunner, &JobRunner::finished, this, &StabilityController::updateBusy);
}

StabilityController::~StabilityController()
{
    cancelAll();
}

void StabilityController::restartNow()
{
    startJobs();
}

void StabilityController::startJobs()
{
    m_debounce.stop();
    const Study& study = m_document->study();
    m_fixedRunner->start(fixedPointsJob(study, m_threads));
    m_lyapunovRunner->start(lyapunovJob(study));
    updateBusy();
}

void StabilityController::cancelAll()
{
    m_debounce.stop();
    m_fixedRunner->cancel();
    m_lyapunovRunner->cancel();
    m_fixedRunner->waitForFinished();
    m_lyapunovRunner->waitForFinished();
    updateBusy();
}

bool StabilityController::isBusy() const
{
    return m_debounce.isActive() || m_fixedRunner->isRunning() || m_lyapunovRunner->isRunning();
}

void StabilityController::updateBusy()
{
    const bool busy = isBusy();
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

} // namespace nd
