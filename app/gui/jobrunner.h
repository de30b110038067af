// Runs long engine work off the GUI thread and hands its results back in chunks.
// start() runs a work function through QtConcurrent::run (promise mode) on a dedicated
// QThreadPool; the function receives a JobContext, an nd::Progress whose isCanceled() is the
// future's cancel flag, and delivers chunks that arrive on the GUI thread via a
// QFutureWatcher. Starting a new job cancels the running one, whose later chunks are dropped.
// The JobRunner itself lives on the GUI thread; JobContext is used on worker threads and is
// thread-safe (parallel workers of one job may share it).
#pragma once

#include "common/progress.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPromise>
#include <QString>

#include <functional>
#include <memory>

class QThreadPool;

namespace nd {

// Base of every result chunk; analyses derive their own.
struct JobChunk {
    virtual ~JobChunk() = default;
};
using JobChunkPtr = std::shared_ptr<const JobChunk>;

// Delivered when the work function throws: the message is for the user.
struct JobErrorChunk : JobChunk {
    explicit JobErrorChunk(QString m) : message(std::move(m)) {}
    QString message;
};

class JobContext : public Progress {
public:
    explicit JobContext(QPromise<JobChunkPtr>& promise) : m_promise(promise) {}
    bool isCanceled() const override { return m_promise.isCanceled(); }
    void setProgress(double fraction) override;
    void deliver(JobChunkPtr chunk) { m_promise.addResult(std::move(chunk)); }

private:
    QPromise<JobChunkPtr>& m_promise;
};

class JobRunner : public QObject {
    Q_OBJECT
public:
    using Work = std::function<void(JobContext&)>;

    explicit JobRunner(QThreadPool* pool, QObject* parent = nullptr);
    // Cancels and waits, so no worker outlives the objects its job refers to.
    ~JobRunner() override;

    void start(Work work);
    void cancel();
    bool isRunning() const;
    // Blocks until every job this runner started (canceled ones too) has returned.
    void waitForFinished();
    // Number of jobs started so far (a restart after a parameter change counts).
    int startCount() const { return m_starts; }

signals:
    void started();
    // first: the first chunk of this job (the view may now drop the previous picture).
    void chunkReady(nd::JobChunkPtr chunk, bool first);
    void progressChanged(double fraction);
    void finished(bool canceled);
    void failed(QString message);

private:
    void detach();

    QThreadPool* m_pool;
    QFutureWatcher<JobChunkPtr>* m_watcher = nullptr;
    QFuture<JobChunkPtr> m_future;
    QList<QFuture<JobChunkPtr>> m_abandoned; // canceled jobs still winding down
    int m_delivered = 0;
    int m_starts = 0;
};

} // namespace nd
