// The main window: assembles the dockable views, the model panel and the status bar, and
// hands the work to controllers (StudyDocument for the study and undo, FileController for
// files and recovery, AnalysisController for the jobs behind the views, ExportController for
// figures and data). GUI thread only.
#pragma once

#include "gui/preferences.h"
#include "study/study.h"

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QThreadPool;
class QToolButton;
class QwtPlot;

namespace nd {

class AnalysisController;
class ExportController;
class FixedPointsTable;
class LyapunovView;
class FileController;
class OrbitDiagramView;
class OrbitSettingsBar;
class ParameterPanel;
class PhasePortraitView;
class PhaseSettingsBar;
class SpaceTimeView;
class StabilityController;
class StudyDocument;
class TimeSeriesView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Replaces the current study as an untitled one; on an invalid study nothing changes.
    bool setStudy(const Study& study, QString* error = nullptr);
    const Study& study() const;
    // Opens a study file without any dialog (command line, --render); false with a message.
    bool openStudyFile(const QString& path, QString* error = nullptr);
    // Runs the event loop until every view is computed; false on timeout.
    bool waitUntilIdle(int timeoutMs = 60000);
    // Writes PNG images of every view and of the window into a folder; returns the paths.
    QStringList renderImages(const QString& folder, QString* error = nullptr);

    StudyDocument* document() const { return m_document; }
    FileController* files() const { return m_files; }
    AnalysisController* analysis() const { return m_analysis; }
    StabilityController* stability() const { return m_stability; }
    FixedPointsTable* fixedPoints() const { return m_fixedPoints; }
    LyapunovView* lyapunov() const { return m_lyapunov; }
    ExportController* exporter() const { return m_export; }
    ParameterPanel* parameterPanel() const { return m_panel; }
    PhasePortraitView* phasePortrait() const { return m_phase; }
    TimeSeriesView* timeSeries() const { return m_series; }
    OrbitDiagramView* orbitDiagram() const { return m_orbit; }
    SpaceTimeView* spaceTime() const { return m_spaceTime; }
    QProgressBar* progressBar() const { return m_progress; }
    QToolButton* cancelButton() const { return m_cancel; }
    const Preferences& preferences() const { return m_preferences; }
    void applyPreferences(const Preferences& preferences);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QDockWidget* addView(const QString& title, const QString& objectName, QWidget* view, QWidget* bar,
                         Qt::DockWidgetArea area);
    void buildStatusBar();
    void buildMenus();
    void connectDocument();
    void trackCursor(QwtPlot* plot);
    void updateTitle();
    void updateBusy();
    void cancelAll();
    void showPreferences();
    void about();

    Preferences m_preferences;
    QThreadPool* m_pool;
    StudyDocument* m_document;
    ParameterPanel* m_panel;
    PhasePortraitView* m_phase;
    TimeSeriesView* m_series;
    OrbitDiagramView* m_orbit;
    SpaceTimeView* m_spaceTime;
    FixedPointsTable* m_fixedPoints;
    LyapunovView* m_lyapunov;
    PhaseSettingsBar* m_phaseBar;
    OrbitSettingsBar* m_orbitBar;
    AnalysisController* m_analysis;
    StabilityController* m_stability;
    FileController* m_files;
    ExportController* m_export;
    QLabel* m_cursor;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
};

} // namespace nd
