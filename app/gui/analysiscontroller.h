// Keeps the trajectory views (phase portrait, time series, space-time plot, and for oscillator
// networks the oscillators on the circle and R(n)) in step with the
// study: listens to the document, debounces changes (~100 ms), restarts the trajectory job
// (cancelling a running one), and reports busy state for the status bar. The analyses,
// the orbit diagram among them, are AnalysisTasks (analysisdocks.h). GUI thread only.
#pragma once

#include <QObject>
#include <QTimer>

class QThreadPool;

namespace nd {

class JobRunner;
class OrderParameterView;
class PhaseCircleView;
class PhasePortraitView;
class SpaceTimeView;
class StudyDocument;
class TimeSeriesView;
struct Trajectory;

class AnalysisController : public QObject {
    Q_OBJECT
public:
    AnalysisController(StudyDocument* document, QThreadPool* pool, PhasePortraitView* phase,
                       TimeSeriesView* series, SpaceTimeView* spaceTime, QObject* parent = nullptr);
    ~AnalysisController() override;

    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }
    // Starts the trajectory job now instead of after the debounce.
    void restartNow();
    void cancelAll();
    bool isBusy() const;
    // What is being computed (or about to be), translated, for the progress bar's label.
    QStringList busyTitles() const;
    // Runs the event loop until no job is pending or running; false on timeout.
    bool waitUntilIdle(int timeoutMs);

    JobRunner* trajectoryRunner() const { return m_trajectoryRunner; }
    // The oscillator views, drawn with every chunk of the trajectory like the others.
    void setOscillatorViews(PhaseCircleView* circle, OrderParameterView* order);

signals:
    void busyChanged(bool busy);
    void message(const QString& text);

private:
    void scheduleRestart();
    void startJobs();
    void showTrajectory(const Trajectory& t);
    void showSpaceTime(const Trajectory& t);
    void updateBusy();

    StudyDocument* m_document;
    PhasePortraitView* m_phase;
    TimeSeriesView* m_series;
    SpaceTimeView* m_spaceTime;
    PhaseCircleView* m_circle = nullptr;
    OrderParameterView* m_order = nullptr;
    JobRunner* m_trajectoryRunner;
    QTimer m_debounce;
    bool m_busy = false;
};

} // namespace nd
