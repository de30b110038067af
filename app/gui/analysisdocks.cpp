#include "gui/analysisdocks.h"

#include "gui/akorntask.h"
#include "gui/neuromfatask.h"
#include "gui/analysisdock.h"
#include "gui/attractorstask.h"
#include "gui/basinstask.h"
#include "gui/continuationtask.h"
#include "gui/entropytasks.h"
#include "gui/networktasks.h"
#include "gui/orbittask.h"
#include "gui/recurrencetasks.h"
#include "gui/scantask.h"
#include "gui/seriestasks.h"
#include "gui/stabilitytasks.h"
#include "gui/studydocument.h"
#include "plots/orbitdiagramview.h"
#include "plots/parameterplaneview.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

#include <algorithm>
#include <numeric>

namespace nd {

AnalysisDocks::AnalysisDocks(StudyDocument* document, QThreadPool* pool, QMainWindow* window)
    : QObject(window), m_document(document), m_orbit(add(new OrbitDiagramTask(document, pool, this))),
      m_fixedPoints(add(new FixedPointsTask(document, pool, this))),
      m_lyapunov(add(new LyapunovTask(document, pool, this))),
      m_scan(add(new ParameterScanTask(document, pool, this))),
      m_basins(add(new BasinsTask(document, pool, this))),
      m_continuation(add(new ContinuationTask(document, pool, this))),
      m_zeroOne(add(new ZeroOneTask(document, pool, this))),
      m_sampleEntropy(add(new SampleEntropyTask(document, pool, this))),
      m_synchrony(add(new SynchronyTask(document, pool, this))),
      m_mfdfa(add(new MfdfaTask(document, pool, this))),
      m_networkSpectrum(add(new NetworkSpectrumTask(document, pool, this))),
      m_attractors(add(new AttractorsTask(document, pool, this))),
      m_akorn(add(new AkornTask(document, pool, this))), m_rqa(add(new RqaTask(document, pool, this))),
      m_embedding(add(new EmbeddingTask(document, pool, this))),
      m_neuroMfa(add(new NeuroMfaTask(document, pool, this))), m_window(window)
{
    // The entropy family (entropytasks.h): no member of its own, found through tasks() by type.
    add(new MultiscaleEntropyTask(document, pool, this));
    add(new PermutationEntropyTask(document, pool, this));
    add(new ApproximateEntropyTask(document, pool, this));
    m_progress.assign(m_tasks.size(), 0.0);
    m_inPeriod.assign(m_tasks.size(), 0);
    for (std::size_t i = 0; i < m_tasks.size(); ++i) {
        AnalysisTask* task = m_tasks[i];
        auto* dock = new AnalysisDock(task, window);
        m_docks.push_back(dock);
        window->addDockWidget(Qt::RightDockWidgetArea, dock);
        connect(dock, &AnalysisDock::message, this, &AnalysisDocks::message);
        connect(task, &AnalysisTask::message, this, &AnalysisDocks::message);
        connect(task, &AnalysisTask::busyChanged, this, [this, i](bool busy) { taskBusyChanged(i, busy); });
        connect(task, &AnalysisTask::progressChanged, this, [this, i](double f) {
            m_progress[i] = std::max(m_progress[i], f);
            emitProgress();
        });
        task->followStudy();
    }
    connect(m_continuation, &ContinuationTask::branchesChanged, this, [this]() {
        ++m_branchVersion;
        updateOverlays();
    });
    connect(m_scan, &ParameterScanTask::axesChanged, this, [this]() {
        ++m_scanVersion; // the plane was reset: its overlay is matched to the new axes
        updateOverlays();
    });
    connect(m_document, &StudyDocument::changed, this, &AnalysisDocks::updateOverlays);
    m_present.assign(m_tasks.size(), 0);
    connect(m_document, &StudyDocument::studyReset, this, [this]() { m_reset = true; });
    connect(m_document, &StudyDocument::changed, this, &AnalysisDocks::followPresence);
}

AnalysisDocks::~AnalysisDocks()
{
    cancelAll();
}

template <class T> T* AnalysisDocks::add(T* task)
{
    m_tasks.push_back(task);
    return task;
}

AnalysisDock* AnalysisDocks::dockOf(const AnalysisTask* task) const
{
    for (AnalysisDock* d : m_docks)
        if (d->task() == task)
            return d;
    return nullptr;
}

void AnalysisDocks::setThreadCount(int threads)
{
    for (AnalysisTask* t : m_tasks)
        t->setThreadCount(threads);
}

void AnalysisDocks::setColorMapName(const QString& name)
{
    m_orbit->orbitView()->setColorMapName(name);
    m_scan->planeView()->setColorMapName(name);
}

void AnalysisDocks::restartNow()
{
    for (AnalysisTask* t : m_tasks)
        t->restartNow();
}

void AnalysisDocks::cancelAll()
{
    for (AnalysisTask* t : m_tasks)
        t->cancel();
}

bool AnalysisDocks::isBusy() const
{
    return std::any_of(m_tasks.begin(), m_tasks.end(), [](const AnalysisTask* t) { return t->isBusy(); });
}

void AnalysisDocks::taskBusyChanged(std::size_t index, bool busy)
{
    if (busy && !m_inPeriod[index]) {
        m_inPeriod[index] = 1;
        m_progress[index] = 0.0;
    } else if (!busy) {
        m_progress[index] = 1.0;
    }
    updateBusy();
    if (m_busy)
        emitProgress();
}

void AnalysisDocks::emitProgress()
{
    double sum = 0.0;
    int count = 0;
    for (std::size_t k = 0; k < m_tasks.size(); ++k)
        if (m_inPeriod[k]) {
            sum += m_progress[k];
            ++count;
        }
    emit progressChanged(count > 0 ? sum / count : 0.0);
}

QStringList AnalysisDocks::busyTitles() const
{
    QStringList out;
    for (const AnalysisTask* t : m_tasks)
        if (t->isBusy())
            out << t->title();
    return out;
}

void AnalysisDocks::cancelByUser()
{
    for (AnalysisTask* t : m_tasks)
        t->cancelByUser();
}

void AnalysisDocks::updateBusy()
{
    const bool busy = std::any_of(m_tasks.begin(), m_tasks.end(),
                                  [](const AnalysisTask* t) { return t->runner()->isRunning(); }) ||
                      isBusy();
    if (busy != m_busy) {
        m_busy = busy;
        if (!busy) {
            std::fill(m_progress.begin(), m_progress.end(), 0.0);
            std::fill(m_inPeriod.begin(), m_inPeriod.end(), 0);
        }
        emit busyChanged(busy);
    }
}

std::vector<ExportController::Plot> AnalysisDocks::plots() const
{
    std::vector<ExportController::Plot> out;
    for (const AnalysisTask* t : m_tasks)
        for (const auto& p : t->plots())
            out.push_back(p);
    return out;
}

void AnalysisDocks::addCsvSources(ExportController* exporter) const
{
    for (const AnalysisTask* t : m_tasks)
        for (const auto& [stem, csv] : t->csvSources())
            exporter->addCsvSource(stem, csv);
}

void AnalysisDocks::populateMenu(QMenu* menu)
{
    for (AnalysisDock* dock : m_docks) {
        AnalysisTask* task = dock->task();
        QAction* a = menu->addAction(task->title());
        a->setCheckable(true);
        a->setChecked(task->isEnabled());
        a->setStatusTip(tr("Add %1 to the study or remove it").arg(task->title()));
        connect(a, &QAction::triggered, dock, &AnalysisDock::setAnalysisEnabled);
        connect(menu, &QMenu::aboutToShow, a, [a, task]() { a->setChecked(task->isEnabled()); });
    }
}

Study AnalysisDocks::newStudy(const Study& defaults) const
{
    Study s = defaults;
    const auto model = s.createModel();
    // An AKOrN grid has thousands of variables: its fixed points and Lyapunov exponents would
    // take dense Jacobians of that size; it starts with the AKOrN view instead.
    if (model->typeName() == "akorn-grid")
        return m_akorn->withAnalysis(s, *model, true);
    s = m_fixedPoints->withAnalysis(s, *model, true);
    return m_lyapunov->withAnalysis(s, *model, true);
}

void AnalysisDocks::showPresentOnly()
{
    for (AnalysisDock* dock : m_docks)
        dock->setVisible(dock->task()->isEnabled());
}

void AnalysisDocks::followPresence()
{
    // Another study with other analyses: its docks show, the others go. Within one study an
    // analysis added shows its dock in front; one removed keeps its dock (the user may be
    // looking at it) until the next study.
    bool changed = false;
    for (std::size_t i = 0; i < m_tasks.size(); ++i) {
        const bool on = m_tasks[i]->isEnabled();
        if (on == static_cast<bool>(m_present[i]))
            continue;
        m_present[i] = on;
        changed = true;
        if (on && !m_reset) {
            m_docks[i]->show();
            m_docks[i]->raise();
        }
    }
    if (m_reset && changed)
        showPresentOnly();
    m_reset = false;
}

void AnalysisDocks::updateOverlays()
{
    const Study& study = m_document->study();
    const Model& model = m_document->model();
    std::vector<Branch> cycles, curves;
    for (const Branch& b : m_continuation->branches()) {
        if (b.variableNames != model.variableNames())
            continue; // from a model the study no longer has
        (b.kind == BranchKind::Cycle ? cycles : curves).push_back(b);
    }
    // Branches over the orbit diagram: in the plane (its parameter, the state variable it plots).
    static const OrbitDiagramSettings none;
    const OrbitDiagramSettings& d = study.analyses.orbitDiagram ? *study.analyses.orbitDiagram : none;
    const bool orbitMatch =
        !cycles.empty() && study.analyses.orbitDiagram && d.observable == ObservableKind::Variable &&
        d.section == Section::None && !cycles.front().parameterNames.empty() &&
        cycles.front().parameterNames.front() == OrbitDiagramTask::sweptParameter(study, model);
    // Drawn again only when the branches or what they are matched to change (not on every edit).
    const QString orbitKey =
        orbitMatch ? QStringLiteral("%1/%2").arg(m_branchVersion).arg(d.variable) : QString();
    if (orbitKey != m_orbitOverlay) {
        m_orbitOverlay = orbitKey;
        if (orbitMatch)
            m_orbit->orbitView()->setBranches(cycles, d.variable, &model);
        else
            m_orbit->orbitView()->clearBranches();
    }
    // Curves over a 2-D parameter plane whose axes are their two parameters (either way round).
    ParameterPlaneView* plane = m_scan->planeView();
    const std::string x = m_scan->xParameter(), y = m_scan->yParameter();
    const auto matches = [&](const Branch& b) {
        return b.parameterNames.size() >= 2 && !y.empty() &&
               ((b.parameterNames[0] == x && b.parameterNames[1] == y) ||
                (b.parameterNames[0] == y && b.parameterNames[1] == x));
    };
    const bool planeMatch = !curves.empty() && std::all_of(curves.begin(), curves.end(), matches);
    const QString planeKey =
        planeMatch ? QStringLiteral("%1/%2").arg(m_branchVersion).arg(m_scanVersion) : QString();
    if (planeKey != m_planeOverlay) {
        m_planeOverlay = planeKey;
        if (planeMatch)
            plane->setCurves(curves);
        else
            plane->clearCurves();
    }
}

} // namespace nd
