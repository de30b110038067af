#include "cli/runcommand.h"

#include "cli/clicommon.h"
#include "cli/mpisession.h"
#include "cli/progressbar.h"
#include "cli/runplan.h"

#include "common/errors.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace nd::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RunCommand", text);
}

const QString kCommand = QStringLiteral("run");

} // namespace

int runRun(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Run every analysis a study file describes and write each result into DIR as CSV plus a JSON twin "
           "with the settings, conventions and app version: trajectory.csv/.json always, "
           "orbit-diagram.csv/.json when the study has an orbit diagram (analyses.orbit_diagram), "
           "parameter-scan.csv/.json when it has a scan (analyses.parameter_scan). Builds with figures "
           "(NEURODYN_CLI_FIGURES) also draw orbit-diagram.png/.svg/.pdf.\n\n"
           "Scale-out: under 'mpirun -np P' the orbit diagram and the scan are split into P column tiles, one "
           "per rank, and "
           "rank 0 writes one result identical to a single-process run. With --tile i/n (i = 0 .. n-1) only "
           "that tile is computed, into DIR/tile-i-of-n.ndtile; 'neurodyn-cli merge --out DIR TILES...' "
           "then writes the results (e.g. a Slurm job array with i = $SLURM_ARRAY_TASK_ID)."));
    p.addPositionalArgument(QStringLiteral("STUDY"), tr("Study file (see 'neurodyn-cli example')."));
    p.addOption({"out", tr("Output folder (created if missing)."), tr("DIR")});
    p.addOption({"tile", tr("Compute only tile i of n (0-based) for a later merge."), tr("i/n")});
    p.addOption({"threads", tr("Worker threads per process (default: all cores, or NEURODYN_THREADS)."), tr("N"),
                 QStringLiteral("0")});
    p.addOption({{"q", "quiet"}, tr("No progress bar.")});
    const int parsed = parseOrHelp(p, kCommand, arguments);
    if (parsed >= 0)
        return parsed;
    if (p.positionalArguments().size() != 1)
        return fail(kCommand, tr("expected exactly one STUDY file"));
    if (!p.isSet(QStringLiteral("out")))
        return fail(kCommand, tr("--out DIR is required"));
    long threads = 0;
    if (!parseLong(p.value(QStringLiteral("threads")), 0, 4096, threads))
        return fail(kCommand, tr("--threads must be a whole number from 0 to 4096"));
    int tileIndex = -1, tileCount = 0;
    if (p.isSet(QStringLiteral("tile"))) {
        static const QRegularExpression re(QStringLiteral("^(\\d+)/(\\d+)$"));
        const auto m = re.match(p.value(QStringLiteral("tile")));
        tileIndex = m.hasMatch() ? m.captured(1).toInt() : -1;
        tileCount = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (tileCount < 1 || tileCount > 1'000'000 || tileIndex < 0 || tileIndex >= tileCount)
            return fail(kCommand, tr("--tile expects i/n with 0 <= i < n, got '%1'").arg(p.value("tile")));
    }

    MpiSession mpi;
    if (!mpi.error().isEmpty())
        return fail(kCommand, mpi.error());
    if (mpi.size() > 1 && tileIndex >= 0)
        return fail(kCommand, tr("--tile cannot be combined with mpirun (each rank already is a tile)"));

    RunPlan plan;
    QString error;
    if (!loadRunPlan(p.positionalArguments().first(), plan, error))
        return mpi.rank() == 0 ? fail(kCommand, error) : kExitUsage;
    plan.threads = static_cast<int>(threads);
    const QDir dir(p.value(QStringLiteral("out")));
    // Collective, so that no rank waits in a gather the others never reach.
    if (!mpi.broadcast(mpi.rank() != 0 || QDir().mkpath(dir.path())))
        return mpi.rank() == 0 ? fail(kCommand, tr("cannot create the output folder %1").arg(dir.path()))
                               : kExitUsage;

    ProgressBar progress(mpi.rank() == 0 && !p.isSet(QStringLiteral("quiet")));
    bool ok = true;
    try {
        if (tileIndex >= 0) {
            const QByteArray tile = computeTile(plan, tileIndex, tileCount, &progress);
            const QString path = dir.filePath(QStringLiteral("tile-%1-of-%2.ndtile").arg(tileIndex).arg(tileCount));
            ok = writeOutput(path, tile, &error);
        } else if (mpi.size() > 1) {
            const std::vector<QByteArray> tiles = mpi.gather(computeTile(plan, mpi.rank(), mpi.size(), &progress));
            if (mpi.rank() == 0)
                ok = writeResults(plan, tiles, dir, &progress, error);
        } else {
            ok = writeResults(plan, {}, dir, &progress, error);
        }
    } catch (const InputError& e) {
        ok = false;
        error = QString::fromStdString(e.what());
    }
    // Study validation is deterministic, so an InputError is thrown on every rank alike (none
    // reaches the gather); rank 0 alone wrote the results, so its status decides.
    ok = mpi.broadcast(ok);
    if (!ok)
        return mpi.rank() == 0 ? fail(kCommand, error) : kExitUsage;
    return kExitOk;
}

} // namespace nd::cli
