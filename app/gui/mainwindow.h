// The main window: assembles the dockable views, the model editor, the parameter panel and the
// status bar, and hands the work to controllers (StudyDocument for the study and undo,
// ModelController for the model editor, FileController for files and recovery,
// AnalysisController for the trajectory views, AnalysisDocks for every analysis with its dock
// (the orbit diagram among them), ExportController for figures and data).
// Retranslates itself when the language changes (changeEvent). The docks and menus are built
// in mainwindowlayout.cpp. GUI thread only.
#pragma once

#include "gui/preferences.h"
#include "study/study.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QProgressBar;
class QThreadPool;
class QToolButton;
class QwtPlot;

namespace nd {

class AnalysisController;
class AnalysisDocks;
class AnalysisTask;
class ExportController;
class FixedPointsTable;
class LyapunovView;
class FileController;
class ModelController;
class ModelEditor;
class OrbitDiagramView;
class OrderParameterView;
class ParameterPanel;
class PhaseCircleView;
class PhasePortraitView;
class PhaseSettingsBar;
class SettingsBar;
class SpaceTimeView;
class StudyDocument;
class TimeSeriesView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Replaces the current study as an untitled one; on an invalid study nothing changes.
    bool setStudy(const Study& study, QString& error);
    const Study& study() const;
    // Opens a study file without any dialog (command line, --render); false with a message.
    bool openStudyFile(const QString& path, QString& error);
    // Runs the event loop until every view is computed; false on timeout.
    bool waitUntilIdle(int timeoutMs = 60000);
    // Writes PNG images of every view and of the window into a folder; returns the paths.
    QStringList renderImages(const QString& folder, QString& error);

    StudyDocument* document() const { return m_document; }
    FileController* files() const { return m_files; }
    AnalysisController* analysis() const { return m_analysis; }
    AnalysisDocks* analyses() const { return m_docks; }
    FixedPointsTable* fixedPoints() const;
    LyapunovView* lyapunov() const;
    ExportController* exporter() const { return m_export; }
    ParameterPanel* parameterPanel() const { return m_panel; }
    // Samples, transient and stride of the simulation, above the time series.
    SettingsBar* simulationBar() const { return m_simulationBar; }
    ModelEditor* modelEditor() const { return m_editor; }
    ModelController* modelController() const { return m_modelController; }
    PhasePortraitView* phasePortrait() const { return m_phase; }
    TimeSeriesView* timeSeries() const { return m_series; }
    OrbitDiagramView* orbitDiagram() const;
    SpaceTimeView* spaceTime() const { return m_spaceTime; }
    // The oscillator views (dock "oscillatorsDock", shown for oscillator networks only).
    PhaseCircleView* phaseCircle() const { return m_circle; }
    OrderParameterView* orderParameter() const { return m_order; }
    QProgressBar* progressBar() const { return m_progress; }
    // Names what the progress bar measures ("Computing: Orbit diagram, 0-1 test").
    QLabel* progressLabel() const { return m_progressLabel; }
    QToolButton* cancelButton() const { return m_cancel; }
    const Preferences& preferences() const { return m_preferences; }
    void applyPreferences(const Preferences& preferences);

    // Puts the docks back where they start on a first run, at their initial sizes.
    void resetLayout();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool event(QEvent* event) override;
    // The left column keeps its width when the window is resized (see the .cpp).
    void resizeEvent(QResizeEvent* event) override;
    // Undo and redo keys reach the study's undo stack wherever the focus is (see the .cpp).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QDockWidget* addView(const QString& objectName, QWidget* view, QWidget* bar, Qt::DockWidgetArea area);
    void buildDocks();
    void arrangeDocks();
    void sizeDocks();
    // The dock whose width is the right column's (for resizeDocks).
    QDockWidget* spanningDock() const;
    QString dockTitle(const QString& objectName) const;
    // Shows the oscillator views' dock (raised) when the study's model is an oscillator network
    // and hides it otherwise; only when that changes (force: always), so a user's choice stays.
    void showOscillatorDock(bool force);
    void buildStatusBar();
    void buildMenus();
    void retranslate();
    void rebuildSettingsBars();
    void connectDocument();
    void connectSettingsBars();
    // Status-bar read-out of the plot coordinates under the cursor, or the task's read-out.
    void trackCursor(QwtPlot* plot, const AnalysisTask* task = nullptr);
    void updateProgress();
    void updateProgressLabel();
    void updateTitle();
    void updateBusy();
    void cancelAll();
    void cancelByUser();
    void showPreferences();
    void editLinks();
    void about();

    Preferences m_preferences;
    QThreadPool* m_pool;
    StudyDocument* m_document;
    ParameterPanel* m_panel;
    ModelEditor* m_editor;
    PhasePortraitView* m_phase;
    TimeSeriesView* m_series;
    SpaceTimeView* m_spaceTime;
    PhaseCircleView* m_circle;
    OrderParameterView* m_order;
    PhaseSettingsBar* m_phaseBar;
    SettingsBar* m_simulationBar;
    AnalysisController* m_analysis;
    AnalysisDocks* m_docks = nullptr; // made with the docks (buildDocks)
    FileController* m_files;
    ModelController* m_modelController;
    ExportController* m_export;
    QLabel* m_cursor;
    QLabel* m_progressLabel;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    double m_analysesProgress = 0.0;
    int m_oscillatorModel = -1; // whether the study's model has oscillators: -1 unknown, 0, 1
    int m_shownProgress = 0;    // never goes back while the computations last
    bool m_busy = false;
    QList<QAction*> m_menuActions;   // built by buildMenus(), rebuilt on a language change
    QAction* m_undoAction = nullptr; // in m_menuActions
    QAction* m_redoAction = nullptr;
    QByteArray m_savedLayout; // from QSettings, restored when the window is first shown
    bool m_shown = false;
    int m_leftWidth = 0;           // the left column's width as laid out or dragged by the user
    bool m_windowResizing = false; // between the window's Resize event and resizeEvent()
};

} // namespace nd
