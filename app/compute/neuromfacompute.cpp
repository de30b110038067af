#include "compute/neuromfacompute.h"

#include "compute/computecommon.h"

#include <QCoreApplication>
#include <QFile>

namespace nd::compute {

std::vector<NeuroMfaCheckpoint> neuroMfaSeriesOf(const NeuroMfaSettings& s, const QString& folder)
{
    if (s.checkpoints.empty())
        throw InputError(QCoreApplication::translate("NeuroMfaCompute",
                                                     "no checkpoint given (weight files or folders of them)")
                             .toStdString());
    std::vector<std::string> paths;
    for (const std::string& p : s.checkpoints)
        paths.push_back(resolveStudyPath(p, folder));
    return neuroMfaCheckpoints(paths);
}

std::optional<BenchmarkScores> neuroMfaScores(const NeuroMfaSettings& s, const QString& folder)
{
    if (s.scores.empty())
        return std::nullopt;
    const QString path = QString::fromStdString(resolveStudyPath(s.scores, folder));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw InputError(QCoreApplication::translate("NeuroMfaCompute", "cannot read the scores file %1")
                             .arg(path)
                             .toStdString());
    const QByteArray bytes = f.readAll();
    return parseBenchmarkScores(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                path.toStdString());
}

NeuroMfaSeriesResult neuroMfaRun(const std::vector<NeuroMfaCheckpoint>& checkpoints,
                                 const NeuroMfaSettings& s, int threads, Progress* progress)
{
    return neuroMfaSeries(checkpoints, neuroMfaSeriesOptions(s, threads), progress);
}

NeuroMfaComputation neuroMfa(const Study& study, const QString& folder, int threads, Progress* progress)
{
    const NeuroMfaSettings& s = sectionOf(study.analyses.neuroMfa, "neuromfa");
    return inSection("neuromfa", [&] {
        NeuroMfaComputation out;
        out.settings = s;
        out.options = neuroMfaSeriesOptions(s, threads);
        out.scores = neuroMfaScores(s, folder);
        out.series = neuroMfaSeriesOf(s, folder);
        out.result = neuroMfaSeries(out.series, out.options, progress);
        return out;
    });
}

} // namespace nd::compute
