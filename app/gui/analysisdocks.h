// The analyses besides the trajectory views (orbit diagram, fixed points, Lyapunov exponents,
// parameter plane, basins, continuation, 0-1 test, sample entropy, synchronisation, MFDFA,
// network spectrum): one AnalysisTask and one AnalysisDock each, added to the main
// window. Keeps the window small: aggregates busy state and progress, offers the Analysis
// menu's switches, lists the plots and CSV data for export, and draws continuation results over
// the orbit diagram (when the continuation parameter is the diagram's) and over the parameter
// plane (when its axes are the curves' two parameters). GUI thread only.
#pragma once

#include "gui/exportcontroller.h"
#include "study/study.h"

#include <QObject>

#include <vector>

class QMainWindow;
class QMenu;
class QThreadPool;

namespace nd {

class AnalysisDock;
class AnalysisTask;
class AttractorsTask;
class AkornTask;
class RqaTask;
class EmbeddingTask;
class NeuroMfaTask;
class BasinsTask;
class ContinuationTask;
class FixedPointsTask;
class LyapunovTask;
class MfdfaTask;
class NetworkSpectrumTask;
class OrbitDiagramTask;
class ParameterScanTask;
class SampleEntropyTask;
class StudyDocument;
class SynchronyTask;
class ZeroOneTask;

class AnalysisDocks : public QObject {
    Q_OBJECT
public:
    AnalysisDocks(StudyDocument* document, QThreadPool* pool, QMainWindow* window);
    ~AnalysisDocks() override;

    const std::vector<AnalysisTask*>& tasks() const { return m_tasks; }
    const std::vector<AnalysisDock*>& docks() const { return m_docks; }
    AnalysisDock* dockOf(const AnalysisTask* task) const;

    OrbitDiagramTask* orbitDiagram() const { return m_orbit; }
    FixedPointsTask* fixedPoints() const { return m_fixedPoints; }
    LyapunovTask* lyapunov() const { return m_lyapunov; }
    ParameterScanTask* parameterScan() const { return m_scan; }
    BasinsTask* basins() const { return m_basins; }
    ContinuationTask* continuation() const { return m_continuation; }
    ZeroOneTask* zeroOne() const { return m_zeroOne; }
    SampleEntropyTask* sampleEntropy() const { return m_sampleEntropy; }
    SynchronyTask* synchrony() const { return m_synchrony; }
    MfdfaTask* mfdfa() const { return m_mfdfa; }
    NetworkSpectrumTask* networkSpectrum() const { return m_networkSpectrum; }
    AttractorsTask* attractors() const { return m_attractors; }
    AkornTask* akorn() const { return m_akorn; }
    RqaTask* rqa() const { return m_rqa; }
    EmbeddingTask* embedding() const { return m_embedding; }
    NeuroMfaTask* neuroMfa() const { return m_neuroMfa; }

    void setThreadCount(int threads);
    void setColorMapName(const QString& name);
    void restartNow();
    void cancelAll();
    // The user's cancel: each analysis being computed says on its view that it was cancelled.
    void cancelByUser();
    bool isBusy() const;
    // The titles of the analyses being computed (or about to be), for the progress bar's label.
    QStringList busyTitles() const;
    // Every plot now shown, and the data without a plot, for export.
    std::vector<ExportController::Plot> plots() const;
    void addCsvSources(ExportController* exporter) const;
    // One checkable action per analysis: checked when the study has it; toggling adds or removes it.
    void populateMenu(QMenu* menu);
    // Shows the docks of the analyses the study has and hides the others (a first layout, or
    // another study opened), so the tab groups hold what there is to see.
    void showPresentOnly();
    // The study with the analyses every new study starts with (fixed points, Lyapunov exponents).
    Study newStudy(const Study& defaults) const;

signals:
    void busyChanged(bool busy);
    void progressChanged(double fraction);
    void message(const QString& text);

private:
    template <class T> T* add(T* task);
    void updateBusy();
    void taskBusyChanged(std::size_t index, bool busy);
    void emitProgress();
    void updateOverlays();
    void followPresence();

    StudyDocument* m_document;
    std::vector<AnalysisTask*> m_tasks;
    std::vector<AnalysisDock*> m_docks;
    // Per task in the current busy period (from the first job started while all were idle to
    // the last one finished): its progress, 1 once finished. The period's progress is their
    // mean, so it does not start from stale values nor fall back when a task finishes.
    std::vector<double> m_progress;
    std::vector<char> m_inPeriod;
    OrbitDiagramTask* m_orbit;
    FixedPointsTask* m_fixedPoints;
    LyapunovTask* m_lyapunov;
    ParameterScanTask* m_scan;
    BasinsTask* m_basins;
    ContinuationTask* m_continuation;
    ZeroOneTask* m_zeroOne;
    SampleEntropyTask* m_sampleEntropy;
    SynchronyTask* m_synchrony;
    MfdfaTask* m_mfdfa;
    NetworkSpectrumTask* m_networkSpectrum;
    AttractorsTask* m_attractors;
    AkornTask* m_akorn;
    RqaTask* m_rqa;
    EmbeddingTask* m_embedding;
    NeuroMfaTask* m_neuroMfa;
    QMainWindow* m_window;
    int m_branchVersion = 0;                // counts the continuation results shown
    int m_scanVersion = 0;                  // counts the parameter plane's resets
    QString m_orbitOverlay, m_planeOverlay; // what each overlay was drawn from ("": nothing)
    std::vector<char> m_present;            // per task: whether the study had it at the last change
    bool m_reset = false;                   // another study came in: dock visibility follows its analyses
    bool m_busy = false;
};

} // namespace nd
