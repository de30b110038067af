#include "gui/mainwindow.h"

#include "common/errors.h"
#include "editors/parameterpanel.h"
#include "plots/phaseportraitview.h"
#include "plots/plotexport.h"
#include "plots/timeseriesview.h"
#include "study/studyfile.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <qwt_global.h>

#include <Eigen/Core>
#include <boost/version.hpp>

namespace nd {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_panel(new ParameterPanel), m_phase(new PhasePortraitView),
      m_series(new TimeSeriesView)
{
    setWindowTitle(tr("NeuroDyn"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_phase);
    splitter->addWidget(m_series);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    auto* dock = new QDockWidget(tr("Model"), this);
    dock->setObjectName(QStringLiteral("modelDock"));
    auto* scroll = new QScrollArea(dock);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_panel);
    dock->setWidget(scroll);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    connect(m_panel, &ParameterPanel::parameterEdited, this,
            [this](int i, double v, bool) { onParameterEdited(i, v); });
    connect(m_panel, &ParameterPanel::initialValueEdited, this,
            [this](int i, double v, bool) { onInitialValueEdited(i, v); });
    buildMenus();
    resize(1100, 750);
    setStudy(Study::defaultsFor("chialvo"));
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Study..."), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    QMenu* examples = file->addMenu(tr("&Examples"));
    const QStringList names = QDir(QStringLiteral(":/examples")).entryList({QStringLiteral("*.json")});
    for (const QString& name : names) {
        examples->addAction(QFileInfo(name).baseName(), this, [this, name]() {
            QString error;
            if (!openStudyFile(QStringLiteral(":/examples/") + name, &error))
                QMessageBox::warning(this, tr("Example"), error);
        });
    }
    QAction* saveAs = file->addAction(tr("Save Study &As..."), this, &MainWindow::saveAsDialog);
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About NeuroDyn"), this, &MainWindow::about);
}

bool MainWindow::setStudy(const Study& study, QString* error)
{
    std::unique_ptr<Model> model;
    try {
        model = study.createModel();
    } catch (const InputError& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
    m_study = study;
    m_model = std::move(model);
    m_panel->setModel(*m_model, m_study.initialState);
    setWindowTitle(m_study.title.isEmpty() ? tr("NeuroDyn") : tr("%1 - NeuroDyn").arg(m_study.title));
    recompute();
    return true;
}

bool MainWindow::openStudyFile(const QString& path, QString* error)
{
    const auto loaded = loadStudyFile(path);
    if (!loaded.ok) {
        if (error)
            *error = loaded.error;
        return false;
    }
    return setStudy(loaded.study, error);
}

void MainWindow::onParameterEdited(int index, double value)
{
    try {
        m_model->setParameter(index, value);
    } catch (const InputError& e) {
        statusBar()->showMessage(QString::fromStdString(e.what()), 5000);
        m_panel->setParameterValue(index, m_model->parameter(index));
        return;
    }
    m_study.parameters[m_model->parameterSpecs()[static_cast<std::size_t>(index)].name] = value;
    recompute();
}

void MainWindow::onInitialValueEdited(int index, double value)
{
    m_study.initialState[static_cast<std::size_t>(index)] = value;
    recompute();
}

void MainWindow::recompute()
{
    Trajectory t;
    try {
        t = simulateMap(*m_model, m_study.initialState, m_study.simulation);
    } catch (const InputError& e) {
        statusBar()->showMessage(QString::fromStdString(e.what()));
        return;
    }
    const auto names = m_model->variableNames();
    std::vector<double> steps(t.rows());
    for (std::size_t r = 0; r < t.rows(); ++r)
        steps[r] = static_cast<double>(t.firstStep + static_cast<long>(r) * t.stride);
    std::vector<std::vector<double>> series;
    QStringList labels;
    for (std::size_t c = 0; c < t.columns(); ++c) {
        series.push_back(t.column(c));
        labels << QString::fromStdString(t.names[c]);
    }
    if (t.columns() >= 2)
        m_phase->setOrbit(series[0], series[1], labels[0], labels[1]);
    m_series->setSeries(steps, series, labels);
    if (t.escaped)
        statusBar()->showMessage(
            tr("The orbit escaped at step %1: %2").arg(t.escapeStep).arg(QString::fromStdString(t.escapeReason)));
    else
        statusBar()->showMessage(tr("%1 steps computed").arg(t.rows()));
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Study"), QString(),
                                                      tr("NeuroDyn studies (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openStudyFile(path, &error))
        QMessageBox::warning(this, tr("Open Study"), error);
}

void MainWindow::saveAsDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Study As"), QString(),
                                                      tr("NeuroDyn studies (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveStudyFile(m_study, path, &error))
        QMessageBox::warning(this, tr("Save Study"), error);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About NeuroDyn"),
                       tr("<h3>NeuroDyn %1</h3><p>Nonlinear dynamics of neuron networks.</p>"
                          "<p>Qt %2, Qwt %3, Eigen %4.%5.%6, Boost %7.%8</p>")
                           .arg(QStringLiteral(NEURODYN_VERSION), QString::fromLatin1(qVersion()),
                                QStringLiteral(QWT_VERSION_STR))
                           .arg(EIGEN_WORLD_VERSION)
                           .arg(EIGEN_MAJOR_VERSION)
                           .arg(EIGEN_MINOR_VERSION)
                           .arg(BOOST_VERSION / 100000)
                           .arg(BOOST_VERSION / 100 % 1000));
}

QStringList MainWindow::renderImages(const QString& folder, QString* error)
{
    QStringList written;
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("cannot create folder %1").arg(folder);
        return written;
    }
    const QDir dir(folder);
    const QString phase = dir.filePath(QStringLiteral("phase-portrait.png"));
    const QString series = dir.filePath(QStringLiteral("time-series.png"));
    const QString window = dir.filePath(QStringLiteral("main-window.png"));
    if (exportPlot(m_phase, phase, {QSizeF(160, 120), 120}, error))
        written << phase;
    if (exportPlot(m_series, series, {QSizeF(160, 100), 120}, error))
        written << series;
    if (grab().save(window))
        written << window;
    if (written.size() != 3 && error)
        *error = tr("some images could not be written to %1").arg(folder);
    return written;
}

} // namespace nd
