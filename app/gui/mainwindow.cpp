#include "gui/mainwindow.h"

#include "editors/equationeditor.h"
#include "editors/modeleditor.h"
#include "editors/parameterpanel.h"
#include "gui/aboutdialog.h"
#include "gui/analysiscontroller.h"
#include "gui/analysisdocks.h"
#include "gui/analysistask.h"
#include "gui/attractorstask.h"
#include "gui/exportcontroller.h"
#include "gui/filecontroller.h"
#include "gui/language.h"
#include "gui/linksdialog.h"
#include "gui/modelchange.h"
#include "gui/modelcontroller.h"
#include "gui/orbittask.h"
#include "gui/preferencesdialog.h"
#include "gui/settingsbar.h"
#include "gui/stabilitytasks.h"
#include "gui/studydocument.h"
#include "gui/viewsettingsbars.h"
#include "plots/cursortracker.h"
#include "plots/fixedpointstable.h"
#include "plots/lyapunovview.h"
#include "plots/orbitdiagramview.h"
#include "plots/oscillatorviews.h"
#include "plots/phaseportraitview.h"
#include "plots/plotexport.h"
#include "plots/spacetimeview.h"
#include "plots/timeseriesview.h"
#include "study/enginemessage.h"
#include "study/studyfile.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QResizeEvent>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QThread>
#include <QThreadPool>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace nd {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_preferences(Preferences::load()), m_pool(new QThreadPool(this)),
      m_document(new StudyDocument(this)), m_panel(new ParameterPanel), m_editor(new ModelEditor),
      m_phase(new PhasePortraitView), m_series(new TimeSeriesView), m_spaceTime(new SpaceTimeView),
      m_circle(new PhaseCircleView), m_order(new OrderParameterView),
      m_phaseBar(new PhaseSettingsBar(m_document)), m_simulationBar(createSimulationBar(m_document)),
      m_analysis(new AnalysisController(m_document, m_pool, m_phase, m_series, m_spaceTime, this)),
      m_files(new FileController(m_document, this)),
      m_modelController(new ModelController(m_document, m_editor, this)),
      m_export(new ExportController(
          m_document,
          {{tr("Phase portrait"), QStringLiteral("phase-portrait"), m_phase},
           {tr("Time series"), QStringLiteral("time-series"), m_series},
           {tr("Space-time plot"), QStringLiteral("space-time"), m_spaceTime},
           {tr("Oscillators on the circle"), QStringLiteral("phase-circle"), m_circle},
           {tr("Order parameter"), QStringLiteral("order-parameter"), m_order}},
          [this]() {
              return PlotExportOptions{m_preferences.exportSizeMm, m_preferences.exportDpi};
          },
          this))
{
    m_analysis->setOscillatorViews(m_circle, m_order);
    m_circle->setAnimated(true); // the oscillators are seen to move over each new run
    buildDocks();
    m_docks->attractors()->setPhasePortrait(m_phase);    // a chosen attractor's orbit is drawn over it
    m_docks->attractors()->setBasins(m_docks->basins()); // ... and its basin marked on the same grid
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
    qApp->installEventFilter(this);
    applyPreferences(m_preferences);
    resize(1280, 860);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_savedLayout = settings.value(QStringLiteral("window/state")).toByteArray();
    m_files->setNewStudy([this](const Study& defaults) { return m_docks->newStudy(defaults); });
    QString error; // the built-in default study is valid: nothing to report
    setStudy(m_docks->newStudy(Study::defaultsFor("chialvo")), error);
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
    m_progressLabel = new QLabel(this);
    m_progressLabel->setVisible(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(true);
    m_progress->setVisible(false);
    m_cancel = new QToolButton(this);
    m_cancel->setVisible(false);
    statusBar()->addPermanentWidget(m_cursor);
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &MainWindow::cancelByUser);
    connect(m_analysis, &AnalysisController::busyChanged, this, &MainWindow::updateBusy);
    connect(m_docks, &AnalysisDocks::busyChanged, this, &MainWindow::updateBusy);
    connect(m_docks, &AnalysisDocks::message, this,
            [this](const QString& t) { statusBar()->showMessage(t, 8000); });
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
        if (!m_document->editParameter(i, v, dragging, error)) {
            statusBar()->showMessage(error, 8000);
            m_panel->setParameterValue(i, m_document->model().parameter(i));
        }
    });
    connect(m_panel, &ParameterPanel::initialValueEdited, this, [this](int i, double v, bool dragging) {
        QString error;
        if (!m_document->editInitialValue(i, v, dragging, error)) {
            statusBar()->showMessage(error, 8000);
            m_panel->setInitialValue(i, m_document->study().initialState[static_cast<std::size_t>(i)]);
        }
    });
    connect(m_panel, &ParameterPanel::message, this,
            [this](const QString& t) { statusBar()->showMessage(t, 8000); });
    connect(m_document, &StudyDocument::parameterChanged, m_panel, &ParameterPanel::setParameterValue);
    connect(m_document, &StudyDocument::initialValueChanged, m_panel, &ParameterPanel::setInitialValue);
    connect(m_document, &StudyDocument::studyReset, this, [this]() {
        m_panel->setModel(m_document->model(), m_document->study().initialState);
        m_phaseBar->sync();
        m_simulationBar->sync();
        updateTitle();
        showOscillatorDock(false);
    });
    connectSettingsBars();
    connect(m_document, &StudyDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document, &StudyDocument::filePathChanged, this, &MainWindow::updateTitle);
}

void MainWindow::applyPreferences(const Preferences& preferences)
{
    m_preferences = preferences;
    m_docks->setThreadCount(preferences.threads);
    m_docks->setColorMapName(preferences.colorMap);
    m_pool->setMaxThreadCount(
        std::max(2, preferences.threads > 0 ? preferences.threads : QThread::idealThreadCount()));
    orbitDiagram()->setRendering(preferences.orbitRendering);
    m_spaceTime->setColorMapName(preferences.colorMap);
}

void MainWindow::connectSettingsBars()
{
    connect(m_document, &StudyDocument::settingsChanged, m_phaseBar, &PhaseSettingsBar::sync);
    connect(m_document, &StudyDocument::settingsChanged, m_simulationBar, &SettingsBar::sync);
    connect(m_simulationBar, &SettingsBar::message, this,
            [this](const QString& t) { statusBar()->showMessage(t, 8000); });
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

void MainWindow::editLinks()
{
    LinksDialog dialog(m_document->model(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    try {
        const Study changed = studyWithLinks(m_document->study(), dialog.links());
        if (m_document->editStudy(changed, UndoText([]() { return tr("Change linked parameters"); }), error))
            return;
    } catch (const InputError& e) {
        error = engineMessage(e);
    }
    statusBar()->showMessage(error, 8000);
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

bool MainWindow::setStudy(const Study& study, QString& error)
{
    return m_document->reset(study, QString(), error);
}

const Study& MainWindow::study() const
{
    return m_document->study();
}

bool MainWindow::openStudyFile(const QString& path, QString& error)
{
    const auto loaded = loadStudyFile(path);
    if (!loaded.ok) {
        error = loaded.error;
        return false;
    }
    if (!loaded.notes.isEmpty())
        statusBar()->showMessage(tr("Opened %1 (old spellings, saving updates them: %2)")
                                     .arg(QDir::toNativeSeparators(path), loaded.notes.join(QStringLiteral("; "))));
    return m_document->reset(loaded.study, path.startsWith(QLatin1Char(':')) ? QString() : path, error);
}

void MainWindow::cancelAll()
{
    m_analysis->cancelAll();
    m_docks->cancelAll();
}

void MainWindow::cancelByUser()
{
    if (!m_analysis->isBusy() && !m_docks->isBusy())
        return;
    m_analysis->cancelAll(); // the trajectory is computed again on the next change
    m_docks->cancelByUser();
    statusBar()->showMessage(tr("Computations cancelled"), 8000);
}

void MainWindow::updateBusy()
{
    const bool busy = m_analysis->isBusy() || m_docks->isBusy();
    if (busy && !m_busy) {
        // A new round of computations: the bar starts from zero, not from the last round.
        m_shownProgress = 0;
        m_progress->setValue(0);
    }
    m_busy = busy;
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    m_cancel->setVisible(busy);
    if (!busy) {
        m_analysesProgress = 0.0;
        m_shownProgress = 0;
        m_progress->setValue(0);
    }
    updateProgressLabel();
}

void MainWindow::updateProgressLabel()
{
    const QStringList titles = m_analysis->busyTitles() + m_docks->busyTitles();
    const QString text =
        titles.isEmpty() ? QString() : tr("Computing: %1").arg(titles.join(QStringLiteral(", ")));
    // The bar and its label name the tasks; a long list is cut short on screen, whole in the tooltip.
    m_progressLabel->setText(m_progressLabel->fontMetrics().elidedText(text, Qt::ElideRight, 320));
    m_progressLabel->setToolTip(text);
    m_progress->setToolTip(text);
    m_progress->setAccessibleName(text);
}

void MainWindow::updateProgress()
{
    // The analyses' mean progress (the trajectory is quick and reports none); the bar never
    // goes back while they last (a job joining late must not make it jump down).
    const double f = m_analysesProgress;
    m_shownProgress = std::max(m_shownProgress, static_cast<int>(std::clamp(f, 0.0, 1.0) * 1000));
    m_progress->setValue(m_shownProgress);
    updateProgressLabel();
}

FixedPointsTable* MainWindow::fixedPoints() const
{
    return m_docks->fixedPoints()->table();
}

OrbitDiagramView* MainWindow::orbitDiagram() const
{
    return m_docks->orbitDiagram()->orbitView();
}

LyapunovView* MainWindow::lyapunov() const
{
    return m_docks->lyapunov()->lyapunovView();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // Line edits and spin boxes claim the undo and redo keys (ShortcutOverride) for their own
    // text history, so with the focus in a parameter's spin box Ctrl+Z did nothing while the
    // Edit menu offered "Undo Change r". Here the keys go to the study's undo stack instead,
    // except in a text field holding typing not yet applied, where they undo that typing.
    if (event->type() == QEvent::Resize) {
        // The window's own resize lays the docks out before resizeEvent(): the left column's
        // size change that follows is the window's doing, not the user's.
        if (watched == this)
            m_windowResizing = true;
        else if (!m_windowResizing && m_shown && watched->objectName() == QLatin1String("modelEditorDock"))
            m_leftWidth = static_cast<QResizeEvent*>(event)->size().width();
        return false;
    }
    if (event->type() != QEvent::ShortcutOverride || !m_undoAction || !m_redoAction)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->window() != this)
        return false;
    const QKeySequence key(static_cast<QKeyEvent*>(event)->keyCombination());
    const bool undo = m_undoAction->shortcuts().contains(key), redo = m_redoAction->shortcuts().contains(key);
    if (!undo && !redo)
        return false;
    if (auto* line = qobject_cast<QLineEdit*>(widget);
        line && !qobject_cast<QAbstractSpinBox*>(line->parentWidget()) && line->isModified() &&
        (undo ? line->isUndoAvailable() : line->isRedoAvailable()))
        return false;
    // The equation editor's typing that has not become the model: Ctrl+Z drops it first.
    if (auto* equations = qobject_cast<EquationEditor*>(widget->parentWidget());
        undo && equations && widget == equations->textEdit() && equations->hasPendingEdits())
        return false;
    // Not accepted: no widget takes the key, so the shortcut map triggers the action.
    event->ignore();
    return true;
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    // QMainWindow shares a change of the window's width out among the dock columns in
    // proportion, so after shrinking to 1024x700 and growing back the editors had half the
    // width and the parameter sliders were stubs. The left column keeps the width it had
    // (as far as the window allows); the views take the difference.
    auto* editor = findChild<QDockWidget*>(QStringLiteral("modelEditorDock"));
    QDockWidget* right = spanningDock();
    if (m_shown && m_leftWidth > 0 && editor && right && editor->isVisible() && !editor->isFloating() &&
        right->isVisible() && dockWidgetArea(editor) == Qt::LeftDockWidgetArea &&
        dockWidgetArea(right) == Qt::RightDockWidgetArea) {
        const int target = std::min(m_leftWidth, std::max(editor->minimumSizeHint().width(), width() / 2));
        // Both columns: a width given to one alone flows back (as in sizeDocks()).
        if (editor->width() != target)
            resizeDocks({editor, right}, {target, std::max(1, width() - target)}, Qt::Horizontal);
    }
    m_windowResizing = false;
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
