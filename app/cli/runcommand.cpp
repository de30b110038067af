#include "cli/runcommand.h"

#include "cli/clicommon.h"
#include "cli/figures.h"
#include "cli/mpisession.h"
#include "cli/outputfolder.h"
#include "cli/progressbar.h"
#include "cli/runoptions.h"
#include "cli/runplan.h"

#include "common/errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "RunCommand".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
};

const QString kCommand = QStringLiteral("run");

} // namespace

int runRun(const QStringList& arguments)
{
    RunOptions o;
    QString error;
    if (!parseRunOptions(arguments, o, error))
        return fail(kCommand, error);
    if (o.help) {
        QTextStream(stdout) << runHelpText();
        return kExitOk;
    }
    const int tileIndex = o.tileIndex, tileCount = o.tileCount;

    MpiSession mpi;
    if (!mpi.error().isEmpty())
        return fail(kCommand, mpi.error());
    if (mpi.size() > 1 && tileIndex >= 0)
        return fail(kCommand,
                    Text::tr("--tile cannot be combined with mpirun (each rank already is a tile)"));

    RunPlan plan;
    if (!loadRunPlan(o.study, plan, error))
        return mpi.rank() == 0 ? fail(kCommand, error) : kExitUsage;
    if (mpi.rank() == 0)
        for (const QString& n : plan.notes)
            note(kCommand, QStringLiteral("%1: %2").arg(o.study, n));
    plan.threads = o.threads;
    plan.figures = o.figures ? figureDrawer() : nullptr;
    const QDir dir(o.out);
    // A tile run writes its tile file only (the tiles of a job array share a folder); a full
    // run replaces the folder's earlier output (outputfolder.h). Collective, so that no rank
    // waits in a gather the others never reach.
    bool prepared = true;
    if (mpi.rank() == 0 && tileIndex >= 0) {
        prepared = QDir().mkpath(dir.path());
        if (!prepared)
            error = Text::tr("cannot create the output folder %1").arg(dir.path());
    } else if (mpi.rank() == 0) {
        prepared = prepareOutputFolder(dir, o.force, error);
    }
    if (!mpi.broadcast(prepared))
        return mpi.rank() == 0 ? fail(kCommand, error) : kExitUsage;

    ProgressBar progress(mpi.rank() == 0 && !o.quiet);
    QStringList written;
    setWrittenFilesLog(&written);
    bool ok = true;
    try {
        if (tileIndex >= 0) {
            const QByteArray tile = computeTile(plan, tileIndex, tileCount, &progress);
            const QString path =
                dir.filePath(QStringLiteral("tile-%1-of-%2.ndtile").arg(tileIndex).arg(tileCount));
            ok = writeOutput(path, tile, error);
        } else if (mpi.size() > 1) {
            const std::vector<QByteArray> tiles =
                mpi.gather(computeTile(plan, mpi.rank(), mpi.size(), &progress));
            FolderSink sink(dir);
            if (mpi.rank() == 0)
                ok = writeResults(plan, tiles, sink, &progress, error);
        } else {
            FolderSink sink(dir);
            ok = writeResults(plan, {}, sink, &progress, error);
        }
    } catch (const InputError& e) {
        ok = false;
        error = QString::fromStdString(e.what());
    }
    // Also after a failure, so that the next run replaces what this one wrote.
    setWrittenFilesLog(nullptr);
    QString manifestError;
    if (tileIndex < 0 && mpi.rank() == 0 && !writeManifest(dir, written, manifestError) && ok) {
        ok = false;
        error = manifestError;
    }
    // Study validation is deterministic, so an InputError is thrown on every rank alike (none
    // reaches the gather); rank 0 alone wrote the results, so its status decides.
    ok = mpi.broadcast(ok);
    if (!ok)
        return mpi.rank() == 0 ? fail(kCommand, error) : kExitUsage;
    return kExitOk;
}

} // namespace nd::cli
