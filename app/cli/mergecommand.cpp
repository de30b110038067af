#include "cli/mergecommand.h"

#include "cli/clicommon.h"
#include "cli/figures.h"
#include "cli/outputfolder.h"
#include "cli/progressbar.h"
#include "cli/runoptions.h"
#include "cli/runplan.h"

#include "common/errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "MergeCommand".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MergeCommand)
};

const QString kCommand = QStringLiteral("merge");

} // namespace

int runMerge(const QStringList& arguments)
{
    MergeOptions o;
    QString error;
    if (!parseMergeOptions(arguments, o, error))
        return fail(kCommand, error);
    if (o.help) {
        QTextStream(stdout) << mergeHelpText();
        return kExitOk;
    }
    const QStringList& files = o.tiles;

    std::vector<QByteArray> tiles;
    std::vector<bool> seen;
    TileHeader first;
    for (const QString& path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(kCommand, Text::tr("cannot read %1: %2").arg(path, f.errorString()));
        QByteArray bytes = f.readAll();
        TileHeader h;
        if (!readTileHeader(bytes, h, error))
            return fail(kCommand, QStringLiteral("%1: %2").arg(path, error));
        if (tiles.empty()) {
            first = h;
            seen.assign(static_cast<std::size_t>(h.count), false);
        } else if (h.count != first.count || h.studyBytes != first.studyBytes) {
            return fail(kCommand,
                        Text::tr("%1 belongs to a different run (another study or tile count)").arg(path));
        }
        if (seen[static_cast<std::size_t>(h.index)])
            return fail(kCommand, Text::tr("%1: tile %2 is given twice").arg(path).arg(h.index));
        seen[static_cast<std::size_t>(h.index)] = true;
        tiles.push_back(std::move(bytes));
    }
    for (std::size_t i = 0; i < seen.size(); ++i)
        if (!seen[i])
            return fail(kCommand, Text::tr("tile %1 of %2 is missing").arg(i).arg(first.count));

    RunPlan plan;
    if (!runPlanFromBytes(first.studyBytes, plan, error))
        return fail(kCommand, Text::tr("the study inside the tiles: %1").arg(error));
    plan.figures = o.figures ? figureDrawer() : nullptr;
    const QDir dir(o.out);
    if (!prepareOutputFolder(dir, o.force, error))
        return fail(kCommand, error);
    ProgressBar progress(!o.quiet);
    QStringList written;
    setWrittenFilesLog(&written);
    bool ok = true;
    try {
        FolderSink sink(dir);
        ok = writeResults(plan, tiles, sink, &progress, error);
    } catch (const InputError& e) {
        ok = false;
        error = QString::fromStdString(e.what());
    }
    // Also after a failure, so that the next run replaces what this one wrote.
    setWrittenFilesLog(nullptr);
    QString manifestError;
    if (!writeManifest(dir, written, manifestError) && ok) {
        ok = false;
        error = manifestError;
    }
    return ok ? kExitOk : fail(kCommand, error);
}

} // namespace nd::cli
