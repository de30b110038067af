#include "gui/jobrunner.h"

#include "common/errors.h"
#include "study/enginemessage.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace nd {

namespace {
constexpr int kProgressSteps = 1000;

// Computation threads yield to the GUI thread: with every core busy computing, the event loop
// must still run within a few milliseconds. On Linux the nice value is per thread and is
// inherited by the threads a job starts (the engine's parallelFor workers), so lowering it on
// the pool thread lowers the whole job. Elsewhere QThread's priority hint is the best we have.
// NEURODYN_COMPUTE_NICE (0-19, default 10) sets the value: at 10 a job gets about a tenth of a
// core that another program's busy thread wants, which is polite on a desktop but starves the
// GUI tests that ctest runs beside other test processes (they set 0).
int computeNice()
{
    static const int nice = [] {
        bool ok = false;
        const int value = qEnvironmentVariableIntValue("NEURODYN_COMPUTE_NICE", &ok);
        return ok ? std::clamp(value, 0, 19) : 10;
    }();
    return nice;
}

void lowerComputePriority()
{
    const int nice = computeNice();
    if (nice == 0)
        return;
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), nice);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}
} // namespace

void JobContext::setProgress(double fraction)
{
    if (std::isfinite(fraction))
        m_promise.setProgressValue(static_cast<int>(std::clamp(fraction, 0.0, 1.0) * kProgressSteps));
}

JobRunner::JobRunner(QThreadPool* pool, QObject* parent) : QObject(parent), m_pool(pool) {}

JobRunner::~JobRunner()
{
    cancel();
    waitForFinished();
}

void JobRunner::start(Work work)
{
    cancel();
    m_abandoned.removeIf([](const QFuture<JobChunkPtr>& f) { return f.isFinished(); });
    ++m_starts;
    m_delivered = 0;
    m_watcher = new QFutureWatcher<JobChunkPtr>(this);
    connect(m_watcher, &QFutureWatcherBase::resultReadyAt, this, [this](int index) {
        const JobChunkPtr chunk = m_future.resultAt(index);
        if (const auto* error = dynamic_cast<const JobErrorChunk*>(chunk.get())) {
            emit failed(error->message);
            return;
        }
        emit chunkReady(chunk, m_delivered++ == 0);
    });
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { emit progressChanged(value / static_cast<double>(kProgressSteps)); });
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this]() {
        const bool canceled = m_future.isCanceled();
        detach();
        emit finished(canceled);
    });
    m_future = QtConcurrent::run(m_pool, [work = std::move(work)](QPromise<JobChunkPtr>& promise) {
        lowerComputePriority();
        promise.setProgressRange(0, kProgressSteps);
        JobContext context(promise);
        try {
            work(context);
        } catch (const InputError& e) {
            promise.addResult(std::make_shared<JobErrorChunk>(engineMessage(e)));
        } catch (const std::bad_alloc&) {
            promise.addResult(std::make_shared<JobErrorChunk>(
                QCoreApplication::translate("JobRunner", "not enough memory for this computation")));
        } catch (const std::exception& e) {
            promise.addResult(std::make_shared<JobErrorChunk>(
                QCoreApplication::translate("JobRunner", "the computation failed: %1").arg(QString::fromUtf8(e.what()))));
        }
    });
    m_watcher->setFuture(m_future);
    emit started();
}

void JobRunner::cancel()
{
    if (!m_watcher)
        return;
    m_future.cancel();
    m_abandoned.append(m_future);
    detach();
    emit finished(true);
}

void JobRunner::detach()
{
    if (!m_watcher)
        return;
    m_watcher->disconnect(this);
    m_watcher->deleteLater();
    m_watcher = nullptr;
}

bool JobRunner::isRunning() const
{
    return m_watcher != nullptr;
}

void JobRunner::waitForFinished()
{
    for (auto& f : m_abandoned)
        f.waitForFinished();
    m_abandoned.clear();
    if (m_watcher)
        m_future.waitForFinished();
}

} // namespace nd
