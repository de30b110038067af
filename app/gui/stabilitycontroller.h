// Keeps the stability views in step with the study: the fixed points table (Newton from many
// seeds, multipliers, classification) and the Lyapunov spectrum with its convergence curve.
// Like AnalysisController it debounces changes, restarts its jobs off the GUI thread and
// keeps the previous result on screen until the new one arrives. GUI thread only.
#pragma once

#include <QObject>
#include <QTimer>

class QThreadPool;

namespace nd {

class FixedPointsTable;
class JobRunner;
class LyapunovView;
class StudyDocument;

class StabilityController : public QObject {
    Q_OBJECT
public:
    StabilityController(StudyDocument* document, QThreadPool* pool, FixedPointsTable* table, LyapunovView* lyapunov,
                        QObject* parent = nullptr);
    ~StabilityController() override;

    void setThreadCount(int threads) { m_threads = threads; }
    void restartNow();
    void cancelAll();
    bool isBusy() const;

    JobRunner* fixedPointsRunner() const { return m_fixedRunner; }
    JobRunner* lyapunovRunner() const { return m_lyapunovRunner; }

signals:
    void busyChanged(bool busy);
    void message(const QString& text);

private:
    void startJobs();
    void updateBusy();

    StudyDocument* m_document;
    FixedPointsTable* m_table;
    LyapunovView* m_lyapunov;
    JobRunner* m_fixedRunner;
    JobRunner* m_lyapunovRunner;
    QTimer m_debounce;
    int m_threads = 0;
    bool m_busy = false;
};

} // namespace nd
