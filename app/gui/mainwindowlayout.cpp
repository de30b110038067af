// MainWindow: the docks (their titles, first-run sizes and the layout reset), the menus with
// their shortcuts and status tips, and retranslating all of it when the language changes.
#include "gui/mainwindow.h"

#include "editors/modeleditor.h"
#include "editors/parameterpanel.h"
#include "gui/analysiscontroller.h"
#include "gui/analysisdock.h"
#include "gui/analysisdocks.h"
#include "gui/analysistask.h"
#include "gui/exportcontroller.h"
#include "gui/filecontroller.h"
#include "gui/settingsbar.h"
#include "gui/studydocument.h"
#include "gui/viewsettingsbars.h"
#include "oscillators/oscillatorphases.h"
#include "plots/orbitdiagramview.h"
#include "plots/oscillatorviews.h"
#include "plots/phaseportraitview.h"
#include "plots/spacetimeview.h"
#include "plots/timeseriesview.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QHBoxLayout>
#include <QTabBar>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace nd {

namespace {
// The platform's standard keys for an action, or `fallback` where the platform has none
// (Quit and Preferences have no standard key on some platforms).
QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence& fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys << fallback;
    return keys;
}

QScrollArea* scrolled(QWidget* widget)
{
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(widget);
    return scroll;
}

// First-run sizes: the left column wide enough for the editors' labels, spin boxes and
// sliders side by side.
constexpr int kLeftWidth = 390;
constexpr QSize kViewMinimum(200, 150);

// The tab groups on a first run: beside the phase portrait the time series, the space-time plot
// and the stability of the orbit; below them, across the width, the orbit diagram, the measures
// of the time series and the analyses over parameters, initial states and networks. The wide
// group takes the measures so that at 1280x860 every tab shows its whole name (seven tabs in
// the narrow group read "T...", "Spa...", "0-1 te...").
constexpr const char* kBesideTabs[] = {"spaceTimeDock", "oscillatorsDock", "lyapunovDock", "fixedPointsDock"};
constexpr const char* kBelowTabs[] = {
    "zeroOneDock", "sampleEntropyDock", "mfdfaDock", "parameterPlaneDock", "continuationDock", "basinsDock",
    "synchronyDock", "networkSpectrumDock", "attractorsDock", "akornDock",
    // The entropy family (entropytasks.h), recurrence and embedding (recurrencetasks.h), NeuroMFA.
    "multiscaleEntropyDock", "permutationEntropyDock", "approximateEntropyDock", "rqaDock", "embeddingDock",
    "neuroMfaDock"};
// The share of the right column's width the phase portrait gets; the tab group beside it the rest.
constexpr double kPhaseShare = 0.4;
} // namespace

QString MainWindow::dockTitle(const QString& objectName) const
{
    if (objectName == QLatin1String("modelEditorDock"))
        return tr("Model");
    if (objectName == QLatin1String("modelDock"))
        return tr("Parameters");
    if (objectName == QLatin1String("phaseDock"))
        return tr("Phase portrait");
    if (objectName == QLatin1String("seriesDock"))
        return tr("Time series");
    if (objectName == QLatin1String("spaceTimeDock"))
        return tr("Space-time plot");
    if (objectName == QLatin1String("oscillatorsDock"))
        return tr("Oscillators");
    return objectName;
}

QDockWidget* MainWindow::addView(const QString& objectName, QWidget* view, QWidget* bar,
                                 Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(dockTitle(objectName), this);
    dock->setObjectName(objectName);
    // The plots would ask for ~500 pixels each way; they draw fine smaller, and without this
    // the docks' minimums add up to more than the window, squeezing the left column.
    view->setMinimumSize(kViewMinimum);
    if (bar) {
        auto* box = new QWidget(dock);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(bar);
        layout->addWidget(view, 1);
        dock->setWidget(box);
    } else {
        dock->setWidget(view);
    }
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::buildDocks()
{
    setDockNestingEnabled(true);
    addView(QStringLiteral("modelEditorDock"), scrolled(m_editor), nullptr, Qt::LeftDockWidgetArea);
    addView(QStringLiteral("modelDock"), scrolled(m_panel), nullptr, Qt::LeftDockWidgetArea);
    addView(QStringLiteral("phaseDock"), m_phase, m_phaseBar, Qt::RightDockWidgetArea);
    addView(QStringLiteral("seriesDock"), m_series, m_simulationBar, Qt::RightDockWidgetArea);
    addView(QStringLiteral("spaceTimeDock"), m_spaceTime, nullptr, Qt::RightDockWidgetArea);
    // The snapshot on the circle beside R(n): where the oscillators are, and how synchronous over
    // time. Half the width each (a splitter would size them by their hints, and the circle,
    // having no axes, would get the smaller share).
    auto* oscillators = new QWidget;
    auto* row = new QHBoxLayout(oscillators);
    row->setContentsMargins(0, 0, 0, 0);
    m_circle->setMinimumSize(kViewMinimum / 2);
    m_order->setMinimumSize(kViewMinimum / 2);
    row->addWidget(m_circle, 1);
    row->addWidget(m_order, 1);
    addView(QStringLiteral("oscillatorsDock"), oscillators, nullptr, Qt::RightDockWidgetArea);
    m_docks = new AnalysisDocks(m_document, m_pool, this);
    arrangeDocks();
}

void MainWindow::arrangeDocks()
{
    // Left: the model editor above the parameter panel. Right: the phase portrait beside the
    // time series (with the space-time plot, Lyapunov exponents and fixed points as tabs),
    // and the orbit diagram across the whole width below them, where its settings bar fits.
    const auto dock = [this](const char* name) { return findChild<QDockWidget*>(QLatin1String(name)); };
    QDockWidget* editor = dock("modelEditorDock");
    QDockWidget* phase = dock("phaseDock");
    QDockWidget* series = dock("seriesDock");
    QDockWidget* orbit = dock("orbitDock");
    for (QDockWidget* d : findChildren<QDockWidget*>()) {
        removeDockWidget(d);
        d->setFloating(false);
    }
    addDockWidget(Qt::LeftDockWidgetArea, editor);
    splitDockWidget(editor, dock("modelDock"), Qt::Vertical);
    addDockWidget(Qt::RightDockWidgetArea, phase);
    splitDockWidget(phase, orbit, Qt::Vertical);
    splitDockWidget(phase, series, Qt::Horizontal);
    for (const char* name : kBesideTabs)
        tabifyDockWidget(series, dock(name));
    for (const char* name : kBelowTabs)
        tabifyDockWidget(orbit, dock(name));
    for (QDockWidget* d : findChildren<QDockWidget*>())
        d->show();
    m_docks->showPresentOnly(); // the analyses the study lacks wait in the View menu
    series->raise();
    orbit->raise();
    showOscillatorDock(true);
}

bool MainWindow::event(QEvent* event)
{
    // The tab bars of the dock groups are made by QMainWindow as docks are tabbed: each shows
    // whole names (scrolling when a group holds more than fits) instead of "Spa..." and "M...".
    if (event->type() == QEvent::ChildPolished)
        if (auto* bar = qobject_cast<QTabBar*>(static_cast<QChildEvent*>(event)->child())) {
            bar->setElideMode(Qt::ElideNone);
            bar->setUsesScrollButtons(true);
        }
    return QMainWindow::event(event);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // Dock sizes set before the window is first shown do not survive its first layout (Qt
    // then shares the width out by the docks' size hints and minimums), neither the first-run
    // sizes nor those of a restored layout; so both are applied now.
    if (!m_shown && !(!m_savedLayout.isEmpty() && restoreState(m_savedLayout)))
        sizeDocks();
    m_shown = true;
}

void MainWindow::sizeDocks()
{
    auto* editor = findChild<QDockWidget*>(QStringLiteral("modelEditorDock"));
    auto* parameters = findChild<QDockWidget*>(QStringLiteral("modelDock"));
    auto* phase = findChild<QDockWidget*>(QStringLiteral("phaseDock"));
    auto* series = findChild<QDockWidget*>(QStringLiteral("seriesDock"));
    QDockWidget* orbit = spanningDock();
    // Both columns get their width: with no central widget to take up the difference, a width
    // given to the left column alone flows back to it.
    const int right = std::max(1, width() - kLeftWidth);
    resizeDocks({editor, orbit}, {kLeftWidth, right}, Qt::Horizontal);
    const int phaseWidth = static_cast<int>(right * kPhaseShare);
    resizeDocks({phase, series}, {phaseWidth, right - phaseWidth}, Qt::Horizontal);
    resizeDocks({editor, parameters}, {height() * 9 / 20, height() * 11 / 20}, Qt::Vertical);
    resizeDocks({phase, orbit}, {height() / 2, height() / 2}, Qt::Vertical);
}

void MainWindow::showOscillatorDock(bool force)
{
    auto* dock = findChild<QDockWidget*>(QStringLiteral("oscillatorsDock"));
    if (!dock || !m_document)
        return;
    const int oscillators = oscillatorPhases(m_document->model()).empty() ? 0 : 1;
    if (!force && oscillators == m_oscillatorModel)
        return;
    m_oscillatorModel = oscillators;
    dock->setVisible(oscillators == 1);
    // R(n) and the circle say more of a phase network than the raw series. Raised once the
    // dock's tab is back in its group (it is added there as the dock is shown).
    if (oscillators == 1)
        QTimer::singleShot(0, dock, [dock] { dock->raise(); });
}

QDockWidget* MainWindow::spanningDock() const
{
    // The group below the phase portrait spans the right column: its shown dock (the orbit
    // diagram, unless the study lacks it).
    QDockWidget* d = findChild<QDockWidget*>(QStringLiteral("orbitDock"));
    for (const char* name : kBelowTabs)
        if (d && d->isHidden())
            d = findChild<QDockWidget*>(QLatin1String(name));
    return d;
}

void MainWindow::resetLayout()
{
    arrangeDocks();
    layout()->activate(); // lay the moved docks out now, so the sizes apply to where they are
    sizeDocks();
}

void MainWindow::buildMenus()
{
    // Built anew on a language change: the old menus and the window-owned actions go first.
    for (QAction* a : menuBar()->actions())
        if (QMenu* m = a->menu())
            m->deleteLater();
    menuBar()->clear();
    qDeleteAll(m_menuActions);
    m_menuActions.clear();

    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_files->populateMenu(file);
    file->addSeparator();
    m_export->populateMenu(file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(standardOr(QKeySequence::Quit, QKeySequence(tr("Ctrl+Q"))));
    quit->setStatusTip(tr("Close NeuroDyn (asks to save unsaved changes)"));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setStatusTip(tr("Undo the last change of the study"));
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    // Both common redo keys on every platform: Ctrl+Y is what Windows users press, and the
    // standard keys of X11 desktops do not include it.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& k :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(k))
            redoKeys << k;
    redo->setShortcuts(redoKeys);
    redo->setStatusTip(tr("Redo the change undone last"));
    m_menuActions << undo << redo;
    m_undoAction = undo;
    m_redoAction = redo;
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* prefs = edit->addAction(tr("&Preferences..."), this, &MainWindow::showPreferences);
    prefs->setShortcuts(standardOr(QKeySequence::Preferences, QKeySequence(tr("Ctrl+,"))));
    prefs->setStatusTip(tr("Language, worker threads, export size and colour map"));

    QMenu* modelMenu = menuBar()->addMenu(tr("&Model"));
    QAction* links = modelMenu->addAction(tr("&Linked Parameters..."), this, &MainWindow::editLinks);
    links->setObjectName(QStringLiteral("linkedParametersAction"));
    links->setStatusTip(
        tr("Define parameters that set several parameters at once (sigma for all couplings)"));

    QMenu* analysis = menuBar()->addMenu(tr("&Analysis"));
    QAction* recompute = analysis->addAction(tr("&Recompute"), this, [this]() {
        m_analysis->restartNow();
        m_docks->restartNow();
    });
    recompute->setShortcuts(standardOr(QKeySequence::Refresh, QKeySequence(Qt::Key_F5)));
    recompute->setStatusTip(tr("Compute every view again"));
    QAction* cancel = analysis->addAction(tr("&Cancel Computations"), this, &MainWindow::cancelByUser);
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    cancel->setStatusTip(tr("Stop the running computations"));
    analysis->addSection(tr("In This Study"));
    m_docks->populateMenu(analysis);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    // In the order of the window: the editors on the left, the views, then the analyses as the
    // Analysis menu lists them (findChildren's order is that of creation, which nobody sees).
    QList<QDockWidget*> docks;
    for (const char* name :
         {"modelEditorDock", "modelDock", "phaseDock", "seriesDock", "spaceTimeDock", "oscillatorsDock"})
        docks << findChild<QDockWidget*>(QLatin1String(name));
    for (AnalysisDock* dock : m_docks->docks())
        docks << dock;
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        if (!docks.contains(dock))
            docks << dock;
    for (QDockWidget* dock : std::as_const(docks)) {
        QAction* toggle = dock->toggleViewAction();
        // An analysis dock may not have retranslated its title yet: ask its task.
        const auto* analysisDock = qobject_cast<AnalysisDock*>(dock);
        toggle->setStatusTip(
            tr("Show or hide the %1 panel")
                .arg(analysisDock ? analysisDock->task()->title() : dockTitle(dock->objectName())));
        view->addAction(toggle);
    }
    view->addSeparator();
    QAction* reset = view->addAction(tr("Reset &Layout"), this, &MainWindow::resetLayout);
    reset->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    reset->setStatusTip(tr("Put every panel back where it is on a first start"));
    QAction* full = view->addAction(tr("&Full Screen"), this, [this](bool on) {
        setWindowState(windowState().setFlag(Qt::WindowFullScreen, on));
    });
    full->setCheckable(true);
    full->setShortcuts(standardOr(QKeySequence::FullScreen, QKeySequence(Qt::Key_F11)));
    full->setStatusTip(tr("Use the whole screen for the window"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About NeuroDyn"), this, &MainWindow::about);
    about->setStatusTip(tr("Version and the libraries NeuroDyn is built with"));
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setStatusTip(tr("Version and licence of Qt"));
}

void MainWindow::retranslate()
{
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        if (!qobject_cast<AnalysisDock*>(dock)) // those retranslate themselves
            dock->setWindowTitle(dockTitle(dock->objectName()));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the running computations (Esc)"));
    updateTitle();
}

void MainWindow::rebuildSettingsBars()
{
    // The bars take their texts when built, so a language change builds them anew.
    const auto replace = [](QWidget* old, QWidget* fresh) {
        delete old->parentWidget()->layout()->replaceWidget(old, fresh);
        old->hide();
        old->deleteLater();
    };
    auto* phase = new PhaseSettingsBar(m_document);
    replace(m_phaseBar, phase);
    m_phaseBar = phase;
    SettingsBar* simulation = createSimulationBar(m_document);
    replace(m_simulationBar, simulation);
    m_simulationBar = simulation;
    connectSettingsBars();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_document->retranslate(); // before the menus take the undo and redo texts
        buildMenus();
        rebuildSettingsBars();
    }
    QMainWindow::changeEvent(event);
}

} // namespace nd
