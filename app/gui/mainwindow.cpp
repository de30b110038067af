#include "gui/mainwindow.h"

#include "editors/modeleditor.h"
#include "editors/parameterpanel.h"
#include "gui/aboutdialog.h"
#include "gui/analysiscontroller.h"
#include "gui/analysisdocks.h"
#include "gui/analysistask.h"
#include "gui/exportcontroller.h"
#include "gui/filecontroller.h"
#include "gui/language.h"
#include "gui/modelcontroller.h"
#include "gui/preferencesdialog.h"
#include "gui/stabilitytasks.h"
#include "gui/studydocument.h"
#include "gui/viewsettingsbars.h"
#include "plots/cursortracker.h"
#include "plots/fixedpointstable.h"
#include "plots/lyapunovview.h"
#include "plots/orbitdiagramview.h"
#include "plots/phaseportraitview.h"
#include "plots/plotexport.h"
#include "plots/spacetimeview.h"
#include "plots/timeseriesview.h"
#include "study/studyfile.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QThread>
#include <QThreadPool>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace nd {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_preferences(Preferences::load()), m_pool(new QThreadPool(this)),
      m_document(new StudyDocument(this)), m_panel(new ParameterPanel), m_editor(new ModelEditor),
      m_phase(new PhasePortraitView), m_series(new TimeSeriesView), m_orbit(new OrbitDiagramView),
      m_spaceTime(new SpaceTimeView), m_phaseBar(new PhaseSettingsBar(m_document)),
      m_orbitBar(new OrbitSettingsBar(m_document)),
      m_analysis(new AnalysisController(m_document, m_pool, m_phase, m_series, m_orbit, m_spaceTime, this)),
      m_files(new FileController(m_document, this)),
      m_modelController(new ModelController(m_document, m_editor, this)),
      m_export(new ExportController(
          m_document,
          {{tr("Phase portrait"), QStringLiteral("phase-portrait"), m_phase},
           {tr("Time series"), QStringLiteral("time-series"), m_series},
           {tr("Orbit diagram"), QStringLiteral("orbit-diagram"), m_orbit},
           {tr("Space-time plot"), QStringLiteral("space-time"), m_spaceTime}},
          [this]() {
              return PlotExportOptions{m_preferences.exportSizeMm, m_preferences.exportDpi};
          },
          this))
{
    buildDocks();
    m_export->addPlotSource([this]() { return m_docks->plots(); });
    m_docks->addCsvSources(m_export);
    buildStatusBar();
    // Each plot gets one tracker: an analysis plot reads out through its task, the others their x and y.
    QSet<QwtPlot*> tracked;
    for (const AnalysisTask* task : m_docks->tasks())
        for (QwtPlot* plot : task->allPlots()) {
            trackCursor(plot, task);
            tracked.insert(plot);
        }
    for (const auto& p : m_export->plots())
        if (!tracked.contains(p.plot))
            trackCursor(p.plot);
    connectDocument();
    buildMenus();
    retranslate();
    applyPreferences(m_preferences);
    resize(1280, 860);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_savedLayout = settings.value(QStringLiteral("window/state")).toByteArray();
    m_files->setNewStudy([this](const Study& defaults) { return m_docks->newStudy(defaults); });
    setStudy(m_docks->newStudy(Study::defaultsFor("chialvo")));
}

MainWindow::~MainWindow()
{
    // Workers must not outlive the views and the document their chunks are meant for.
    cancelAll();
    m_pool->waitForDone();
}

void MainWindow::buildStatusBar()
{
    m_cursor = new QLabel(this);
    m_cursor->setMinimumWidth(220);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_cancel = new QToolButton(this);
    m_cancel->setVisible(false);
    statusBar()->addPermanentWidget(m_cursor);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &MainWindow::cancelAll);
    connect(m_analysis, &AnalysisController::busyChanged, this, &MainWindow::updateBusy);
    connect(m_docks, &AnalysisDocks::busyChanged, this, &MainWindow::updateBusy);
    connect(m_docks, &AnalysisDocks::message, this,
            [this](const QString& t) { statusBar()->showMessage(t, 8000); });
    connect(m_analysis, &AnalysisController::progressChanged, this, [this](double f) {
        m_orbitProgress = f;
        updateProgress();
    });
    connect(m_docks, &AnalysisDocks::progressChanged, this, [this](double f) {
        m_analysesProgress = f;
        updateProgress();
    });
    connect(m_analysis, &AnalysisController::message, this,
            [this](const QString& t) { statusBar()->showMessage(t, 8000); });
    connect(m_files, &FileController::message, this,
            [this](const QString& t) { statusBar()->showMessage(t, 8000); });
    connect(m_export, &ExportController::message, this,
            [this](const QString& t) { statusBar()->showMessage(t, 8000); });
    connect(m_modelController, &ModelController::message, this,
            [this](const QString& t) { statusBar()->showMessage(t, 8000); });
}

void MainWindow::trackCursor(QwtPlot* plot, const AnalysisTask* task)
{
    auto* tracker = new CursorTracker(plot);
    connect(tracker, &CursorTracker::positionChanged, this, [this, plot, task](QPointF p) {
        const QString readout = task ? task->readout(plot, p) : QString();
        // Read-outs may span lines (a cell's parameters, then its value): one line here.
        m_cursor->setText(!readout.isEmpty()
                              ? QString(readout).replace(QLatin1Char('\n'), QLatin1String("; "))
                              : tr("x = %1, y = %2").arg(p.x(), 0, 'g', 6).arg(p.y(), 0, 'g', 6));
    });
    connect(tracker, &CursorTracker::left, m_cursor, &QLabel::clear);
}

void MainWindow::connectDocument()
{
    connect(m_panel, &ParameterPanel::parameterEdited, this, [this](int i, double v, bool dragging) {
        QString error;
        if (!m_document->editParameter(i, v, dragging, &error)) {
            statusBar()->showMessage(error, 8000);
            m_panel->setParameterValue(i, m_document->model().parameter(i));
        }
    });
    connect(m_panel, &ParameterPanel::initialValueEdited, this, [this](int i, double v, bool dragging) {
        QString error;
        if (!m_document->editInitialValue(i, v, dragging, &error)) {
            statusBar()->showMessage(error, 8000);
            m_panel->setInitialValue(i, m_document->study().initialState[static_cast<std::size_t>(i)]);
        }
    });
    connect(m_document, &StudyDocument::parameterChanged, m_panel, &ParameterPanel::setParameterValue);
    connect(m_document, &StudyDocument::initialValueChanged, m_panel, &ParameterPanel::setInitialValue);
    connect(m_document, &StudyDocument::studyReset, this, [this]() {
        m_panel->setModel(m_document->model(), m_document->study().initialState);
        m_phaseBar->sync();
        m_orbitBar->sync();
        updateTitle();
    });
    connectSettingsBars();
    connect(m_document, &StudyDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document, &StudyDocument::filePathChanged, this, &MainWindow::updateTitle);
}

void MainWindow::applyPreferences(const Preferences& preferences)
{
    m_preferences = preferences;
    m_analysis->setThreadCount(preferences.threads);
    m_docks->setThreadCount(preferences.threads);
    m_docks->setColorMapName(preferences.colorMap);
    m_pool->setMaxThreadCount(
        std::max(2, preferences.threads > 0 ? preferences.threads : QThread::idealThreadCount()));
    m_orbit->setColorMapName(preferences.colorMap);
    m_orbit->setRendering(preferences.orbitRendering);
    m_spaceTime->setColorMapName(preferences.colorMap);
}

void MainWindow::connectSettingsBars()
{
    connect(m_document, &StudyDocument::settingsChanged, m_phaseBar, &PhaseSettingsBar::sync);
    connect(m_document, &StudyDocument::settingsChanged, m_orbitBar, &OrbitSettingsBar::sync);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_preferences, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences p = dialog.preferences();
    const bool languageChanged = p.language != m_preferences.language;
    p.save();
    applyPreferences(p);
    if (languageChanged)
        installLanguage(p.language); // every window part retranslates on the LanguageChange event
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    QString name = m_document->study().title;
    if (!path.isEmpty() && !path.startsWith(QLatin1Char(':')))
        name = QFileInfo(path).fileName();
    if (name.isEmpty())
        name = tr("Untitled");
    setWindowTitle(tr("%1[*] - NeuroDyn").arg(name));
}

bool MainWindow::setStudy(const Study& study, QString* error)
{
    return m_document->reset(study, QString(), error);
}

const Study& MainWindow::study() const
{
    return m_document->study();
}

bool MainWindow::openStudyFile(const QString& path, QString* error)
{
    const auto loaded = loadStudyFile(path);
    if (!loaded.ok) {
        if (error)
            *error = loaded.error;
        return false;
    }
    return m_document->reset(loaded.study, path.startsWith(QLatin1Char(':')) ? QString() : path, error);
}

void MainWindow::cancelAll()
{
    m_analysis->cancelAll();
    m_docks->cancelAll();
}

void MainWindow::updateBusy()
{
    const bool busy = m_analysis->isBusy() || m_docks->isBusy();
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (!busy) {
        m_orbitProgress = m_analysesProgress = 0.0;
        m_progress->setValue(0);
    }
}

void MainWindow::updateProgress()
{
    // The orbit diagram and the other analyses run side by side: the bar shows the mean of
    // those still running.
    const bool orbit = m_analysis->isBusy(), others = m_docks->isBusy();
    const double f = orbit && others ? (m_orbitProgress + m_analysesProgress) / 2.0
                                     : (orbit ? m_orbitProgress : m_analysesProgress);
    m_progress->setValue(static_cast<int>(f * 1000));
}

FixedPointsTable* MainWindow::fixedPoints() const
{
    return m_docks->fixedPoints()->table();
}

LyapunovView* MainWindow::lyapunov() const
{
    return m_docks->lyapunov()->lyapunovView();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    cancelAll();
    m_files->discardRecovery();
    event->accept();
}

void MainWindow::about()
{
    AboutDialog(this).exec();
}

} // namespace nd
