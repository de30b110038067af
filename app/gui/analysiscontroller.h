// Keeps the views in step with the study: listens to the document, debounces changes (~100 ms),
// restarts the jobs behind the views (cancelling running ones), feeds their chunks to the views
// with coalesced redraws (~40 ms), and reports busy state and progress for the status bar.
// The previous picture stays until the first chunk of the new computation arrives.
// GUI thread only.
#pragma once

#include "study/study.h"

#include <QObject>
#include <QTimer>

#include <optional>

class QThreadPool;

namespace nd {

class JobRunner;
class OrbitDiagramView;
class PhasePortraitView;
class SpaceTimeView;
class StudyDocument;
class TimeSeriesView;
struct Trajectory;

class AnalysisController : public QObject {
    Q_OBJECT
public:
    AnalysisController(StudyDocument* document, QThreadPool* pool, PhasePortraitView* phase,
                       TimeSeriesView* series, OrbitDiagramView* orbit, SpaceTimeView* spaceTime,
                       QObject* parent = nullptr);
    ~AnalysisController() override;

    void setThreadCount(int threads) { m_threads = threads; }
    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }
    // Starts every job now instead of after the debounce.
    void restartNow();
    void cancelAll();
    // The user's cancel: as cancelAll(), and an orbit diagram being computed says so on its view.
    void cancelByUser();
    bool isBusy() const;
    // What is being computed (or about to be), translated, for the progress bar's label.
    QStringList busyTitles() const;
    // Runs the event loop until no job is pending or running; false on timeout.
    bool waitUntilIdle(int timeoutMs);

    // The orbit diagram's windows (its zooms, typed ranges, Full Range) as a history to step
    // back and forward through, each step one undoable edit; and the window the study was
    // opened with, which Full Range returns to.
    void zoomBack();
    void zoomForward();
    void zoomToStudyWindow();
    bool canZoomBack() const { return m_windowIndex > 0; }
    bool canZoomForward() const { return m_windowIndex + 1 < m_windows.size(); }

    JobRunner* trajectoryRunner() const { return m_trajectoryRunner; }
    JobRunner* orbitRunner() const { return m_orbitRunner; }

signals:
    void busyChanged(bool busy);
    void progressChanged(double fraction);
    void message(const QString& text);
    void zoomHistoryChanged();

private:
    void scheduleRestart();
    void startJobs();
    void showTrajectory(const Trajectory& t);
    void showSpaceTime(const Trajectory& t);
    void updateBusy();
    void onZoom(const QRectF& window);
    // A window of the orbit diagram: its parameter, from, to, value minimum and maximum.
    struct Window {
        std::string parameter;
        double from = 0, to = 0, valueMin = 0, valueMax = 0;
        bool operator==(const Window&) const = default;
    };
    static Window windowOf(const Study& study);
    void followWindow();
    void goToWindow(const Window& window);

    StudyDocument* m_document;
    PhasePortraitView* m_phase;
    TimeSeriesView* m_series;
    OrbitDiagramView* m_orbit;
    SpaceTimeView* m_spaceTime;
    JobRunner* m_trajectoryRunner;
    JobRunner* m_orbitRunner;
    QTimer m_debounce;
    QTimer m_redraw;
    int m_threads = 0;
    int m_escapedColumns = 0;
    bool m_busy = false;
    std::optional<Study> m_orbitInputs; // what the current orbit diagram was computed from
    std::vector<Window> m_windows;      // since the study was opened, oldest first
    std::size_t m_windowIndex = 0;      // the one shown
    Window m_openedWindow;
};

} // namespace nd
