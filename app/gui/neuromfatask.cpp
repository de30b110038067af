#include "gui/neuromfatask.h"

#include "gui/studydocument.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>

namespace nd {

namespace {

// Paths in one text field: separated by ';' (a comma may be part of a file name).
QString pathsText(const std::vector<std::string>& paths)
{
    QStringList out;
    for (const std::string& p : paths)
        out << QString::fromStdString(p);
    return out.join(QStringLiteral("; "));
}

std::vector<std::string> pathsFromText(const QString& text)
{
    std::vector<std::string> out;
    for (const QString& p : text.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty())
            out.push_back(p.trimmed().toStdString());
    return out;
}

// A chosen path as the study stores it: relative to the study file's folder when there is one
// (the study and its checkpoints move together), else absolute.
QString storedPath(const QString& chosen, const QString& studyPath)
{
    if (studyPath.isEmpty())
        return QDir::cleanPath(QFileInfo(chosen).absoluteFilePath());
    return QFileInfo(studyPath).absoluteDir().relativeFilePath(chosen);
}

// Sets a text field as if typed, so the bar applies it as one undoable edit.
void typeInto(QLineEdit* line, const QString& text)
{
    line->setText(text);
    emit line->editingFinished();
}

} // namespace

NeuroMfaTask::NeuroMfaTask(StudyDocument* document, QThreadPool* pool, QObject* parent)
    : ResultViewTask(document, pool, &AnalysisSettings::neuroMfa, parent)
{
}

std::vector<ExportController::Plot> NeuroMfaTask::plots() const
{
    return panelPlots(*m_view, fileStem(),
                      {{m_view->spectraPlot(), QStringLiteral("spectra")},
                       {m_view->metricsPlot(), QStringLiteral("metrics")},
                       {m_view->scoresPlot(), QStringLiteral("scores")}});
}

std::vector<QwtPlot*> NeuroMfaTask::allPlots() const
{
    return {m_view->spectraPlot(), m_view->metricsPlot(), m_view->scoresPlot()};
}

QString NeuroMfaTask::studyFolder() const
{
    const QString path = document()->filePath();
    return path.isEmpty() ? QDir::currentPath() : QFileInfo(path).absolutePath();
}

NeuroMfaSettings NeuroMfaTask::defaults(const Study&, const Model&) const
{
    return {};
}

Study NeuroMfaTask::inputs(const Study& study) const
{
    Study in;
    if (study.analyses.neuroMfa) {
        NeuroMfaSettings s = *study.analyses.neuroMfa;
        const QString folder = studyFolder();
        for (std::string& p : s.checkpoints)
            p = resolveStudyPath(p, folder);
        if (!s.scores.empty())
            s.scores = resolveStudyPath(s.scores, folder);
        in.analyses.neuroMfa = std::move(s);
    }
    return in;
}

JobRunner::Work NeuroMfaTask::work(const Study& study, int threads) const
{
    const QString folder = studyFolder();
    return resultJob(study, threads, [folder](const Study& s, int t, Progress* p) {
        return compute::neuroMfa(s, folder, t, p);
    });
}

void NeuroMfaTask::showResult(const compute::NeuroMfaComputation& r)
{
    if (r.result.outcome == Outcome::Canceled)
        return; // the task says so itself
    m_view->setResult(r.result, r.scores);
}

SettingsBar* NeuroMfaTask::createSettingsBar()
{
    auto* bar = new SettingsBar(document(), []() { return tr("Change NeuroMFA"); });
    const auto sec = section();
    StudyDocument* doc = document();

    QLineEdit* checkpoints = bar->addText(
        tr("Checkpoints:"),
        tr("Checkpoint files (.safetensors, .npz, .npy) or folders of them, separated by ';'; the training "
           "step is read from each file name (step1000.safetensors). Relative paths are relative to the "
           "study file's folder."),
        QStringLiteral("neuromfa.checkpoints"),
        [sec](const Study& s) { return pathsText(sec.get(s).checkpoints); },
        [sec](Study& s, const QString& text) {
            sec.edit(s).checkpoints = pathsFromText(text);
            return true;
        });
    checkpoints->setProperty("listField", true);
    auto* files = new QPushButton(tr("Files..."), bar);
    files->setToolTip(tr("Choose checkpoint files"));
    QObject::connect(files, &QPushButton::clicked, bar, [bar, checkpoints, doc]() {
        const QStringList chosen = QFileDialog::getOpenFileNames(
            bar, tr("Checkpoints"), QString(), tr("Weight files (*.safetensors *.npz *.npy);;All files (*)"));
        if (chosen.isEmpty())
            return;
        QStringList stored;
        for (const QString& c : chosen)
            stored << storedPath(c, doc->filePath());
        typeInto(checkpoints, stored.join(QStringLiteral("; ")));
    });
    bar->addWidget(files);
    auto* folder = new QPushButton(tr("Folder..."), bar);
    folder->setToolTip(tr("Choose a folder of checkpoints"));
    QObject::connect(folder, &QPushButton::clicked, bar, [bar, checkpoints, doc]() {
        const QString chosen = QFileDialog::getExistingDirectory(bar, tr("Folder of checkpoints"));
        if (!chosen.isEmpty())
            typeInto(checkpoints, storedPath(chosen, doc->filePath()));
    });
    bar->addWidget(folder);

    // In the order of NetworkSpectrumMethod. A q grid still at the old method's default follows
    // the new method's; a grid the user typed stays.
    bar->addChoice(
        tr("Method:"),
        tr("Spectrum estimator: NeuroMFA as its official code (one-hop out-edges, the default), NeuroMFA "
           "on shortest paths, the textbook sandbox method, or NeuroDyn's normalised growth"),
        QStringLiteral("neuromfa.method"),
        {tr("NeuroMFA (code)"), tr("NeuroMFA (paths)"), tr("sandbox"), tr("normalised growth")},
        {[sec](const Study& s) { return static_cast<int>(sec.get(s).method); },
         [sec](Study& s, int v) {
             NeuroMfaSettings& n = sec.edit(s);
             const auto method = static_cast<NetworkSpectrumMethod>(v);
             if (n.q == networkSpectrumDefaults(n.method).q)
                 n.q = networkSpectrumDefaults(method).q;
             n.method = method;
         }});
    bar->addInt(tr("s:"), tr("Neurons sampled per layer (the official code: 32, or 64 in 2024)"),
                QStringLiteral("neuromfa.samples"), 1, 1000000, sec.field<int>(&NeuroMfaSettings::samples));
    bar->addInt(tr("R:"), tr("Subnetworks per checkpoint (seeds first seed, first seed + 1, ...)"),
                QStringLiteral("neuromfa.repeats"), 1, 100000, sec.field<int>(&NeuroMfaSettings::repeats));
    bar->addInt(tr("Seed:"), tr("Seed of the first subnetwork; every checkpoint samples the same neurons"),
                QStringLiteral("neuromfa.first_seed"), 0, 1000000000,
                sec.field<int>(&NeuroMfaSettings::firstSeed));

    QLineEdit* scores = bar->addText(
        tr("Scores:"),
        tr("Optional CSV of benchmark scores: the step first, one column per benchmark; E is drawn against "
           "them"),
        QStringLiteral("neuromfa.scores"),
        [sec](const Study& s) { return QString::fromStdString(sec.get(s).scores); },
        [sec](Study& s, const QString& text) {
            sec.edit(s).scores = text.trimmed().toStdString();
            return true;
        });
    scores->setProperty("listField", true);
    auto* scoresFile = new QPushButton(tr("Choose..."), bar);
    scoresFile->setToolTip(tr("Choose the scores file"));
    QObject::connect(scoresFile, &QPushButton::clicked, bar, [bar, scores, doc]() {
        const QString chosen = QFileDialog::getOpenFileName(bar, tr("Benchmark scores"), QString(),
                                                            tr("CSV files (*.csv);;All files (*)"));
        if (!chosen.isEmpty())
            typeInto(scores, storedPath(chosen, doc->filePath()));
    });
    bar->addWidget(scoresFile);
    return bar;
}

} // namespace nd
