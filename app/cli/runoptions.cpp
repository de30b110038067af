#include "cli/runoptions.h"

#include "cli/clicommon.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "RunCommand".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
};

// The texts of this file, under the translation context "MergeCommand".
struct MergeText {
    Q_DECLARE_TR_FUNCTIONS(MergeCommand)
};

// Declares the options and returns their long names (for suggestions; no application object
// is needed, so the fuzzer can parse too).
QStringList declareRun(QCommandLineParser& p)
{
    p.setApplicationDescription(Text::tr(
        "Run every analysis a study file describes and write each result into DIR as CSV plus a JSON twin "
        "with the settings, conventions, the numbers a referee asks for and the app version: trajectory "
        "always, and one result per section of the study's analyses, named as the section: orbit_diagram, "
        "parameter_scan, fixed_points, lyapunov, zero_one, sample_entropy, synchrony, mfdfa, "
        "network_spectrum, continuation, basins, attractors, akorn, mse, permutation_entropy, apen, rqa, "
        "embedding, neuromfa. Builds with figures (NEURODYN_CLI_FIGURES) also draw every result as "
        ".png/.svg/.pdf with "
        "the GUI's plot views (a composite view one file set per sub-plot, <name>-<part>); --no-figures "
        "writes data only.\n\n"
        "Scale-out: under 'mpirun -np P' the orbit diagram (fixed initial-state policy) and the scan are "
        "split into P column tiles and the basins into P row tiles, one per rank, and rank 0 computes the "
        "other analyses and writes results identical to a single-process run. With --tile i/n "
        "(i = 0 .. n-1) only that tile is computed, into DIR/tile-i-of-n.ndtile; 'neurodyn-cli merge --out "
        "DIR TILES...' then writes the results (e.g. a Slurm job array with i = $SLURM_ARRAY_TASK_ID)."));
    p.addPositionalArgument(QStringLiteral("STUDY"), Text::tr("Study file (see 'neurodyn-cli example')."));
    p.addOption({"out", Text::tr("Output folder (created if missing)."), Text::tr("DIR")});
    p.addOption({"tile", Text::tr("Compute only tile i of n (0-based) for a later merge."), Text::tr("i/n")});
    p.addOption({"threads", Text::tr("Worker threads per process (default: all cores, or NEURODYN_THREADS)."),
                 Text::tr("N"), QStringLiteral("0")});
    p.addOption({{"q", "quiet"}, Text::tr("No progress bar.")});
    p.addOption({"no-figures", Text::tr("Write data only: no figures.")});
    p.addOption({"force", Text::tr("Write into DIR even when it holds files that are not the output of an "
                                   "earlier run (they stay; files of the same name are replaced).")});
    addHelpOption(p);
    return {"--out", "--tile", "--threads", "--quiet", "--no-figures", "--force", "--help"};
}

QStringList declareMerge(QCommandLineParser& p)
{
    p.setApplicationDescription(MergeText::tr(
        "Merge the tile files of 'neurodyn-cli run STUDY --tile i/n' (all n of them, one study) and write "
        "the results into DIR exactly as 'neurodyn-cli run STUDY --out DIR' would.\n\n"
        "Example: neurodyn-cli merge --out results tiles/tile-*-of-8.ndtile"));
    p.addPositionalArgument(QStringLiteral("TILE"), MergeText::tr("Tile files."), QStringLiteral("TILE..."));
    p.addOption({"out", MergeText::tr("Output folder (created if missing)."), MergeText::tr("DIR")});
    p.addOption({{"q", "quiet"}, MergeText::tr("No progress bar.")});
    p.addOption({"no-figures", MergeText::tr("Write data only: no figures.")});
    p.addOption({"force", MergeText::tr("Write into DIR even when it holds files that are not the output of "
                                        "an earlier run (they stay; files of the same name are replaced).")});
    addHelpOption(p);
    return {"--out", "--quiet", "--no-figures", "--force", "--help"};
}

// QCommandLineParser wants the program name first.
bool parse(QCommandLineParser& p, const QString& command, const QStringList& arguments,
           const QStringList& options, QString& error)
{
    QStringList args = arguments;
    args.prepend(QStringLiteral("neurodyn-cli ") + command);
    if (!p.parse(args))
        return error = parseErrorText(p, options), false;
    return true;
}

} // namespace

bool parseRunOptions(const QStringList& arguments, RunOptions& o, QString& error)
{
    QCommandLineParser p;
    const QStringList options = declareRun(p);
    if (!parse(p, QStringLiteral("run"), arguments, options, error))
        return false;
    o = RunOptions{};
    o.help = p.isSet(QStringLiteral("help"));
    if (o.help)
        return true;
    if (p.positionalArguments().size() != 1 || p.positionalArguments().first().isEmpty())
        return error = Text::tr("expected exactly one STUDY file"), false;
    o.study = p.positionalArguments().first();
    if (!p.isSet(QStringLiteral("out")) || p.value(QStringLiteral("out")).isEmpty())
        return error = Text::tr("--out DIR is required"), false;
    o.out = p.value(QStringLiteral("out"));
    long threads = 0;
    if (!parseLong(p.value(QStringLiteral("threads")), 0, 4096, threads))
        return error = Text::tr("--threads must be a whole number from 0 to 4096"), false;
    o.threads = static_cast<int>(threads);
    if (p.isSet(QStringLiteral("tile"))) {
        static const QRegularExpression re(QStringLiteral("^(\\d{1,7})/(\\d{1,7})$"));
        const auto m = re.match(p.value(QStringLiteral("tile")));
        o.tileIndex = m.hasMatch() ? m.captured(1).toInt() : -1;
        o.tileCount = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (o.tileCount < 1 || o.tileCount > 1'000'000 || o.tileIndex < 0 || o.tileIndex >= o.tileCount)
            return error = Text::tr("--tile expects i/n with 0 <= i < n, got '%1'")
                               .arg(p.value(QStringLiteral("tile"))),
                   false;
    }
    o.quiet = p.isSet(QStringLiteral("quiet"));
    o.figures = !p.isSet(QStringLiteral("no-figures"));
    o.force = p.isSet(QStringLiteral("force"));
    return true;
}

bool parseMergeOptions(const QStringList& arguments, MergeOptions& o, QString& error)
{
    QCommandLineParser p;
    const QStringList options = declareMerge(p);
    if (!parse(p, QStringLiteral("merge"), arguments, options, error))
        return false;
    o = MergeOptions{};
    o.help = p.isSet(QStringLiteral("help"));
    if (o.help)
        return true;
    if (!p.isSet(QStringLiteral("out")) || p.value(QStringLiteral("out")).isEmpty())
        return error = MergeText::tr("--out DIR is required"), false;
    o.out = p.value(QStringLiteral("out"));
    o.tiles = p.positionalArguments();
    if (o.tiles.isEmpty() || o.tiles.contains(QString()))
        return error = MergeText::tr("no tile files given"), false;
    o.quiet = p.isSet(QStringLiteral("quiet"));
    o.figures = !p.isSet(QStringLiteral("no-figures"));
    o.force = p.isSet(QStringLiteral("force"));
    return true;
}

QString runHelpText()
{
    QCommandLineParser p;
    const QStringList options = declareRun(p);
    QString ignored;
    parse(p, QStringLiteral("run"), {}, options, ignored);
    return helpText(p, QStringLiteral("run"));
}

QString mergeHelpText()
{
    QCommandLineParser p;
    const QStringList options = declareMerge(p);
    QString ignored;
    parse(p, QStringLiteral("merge"), {}, options, ignored);
    return helpText(p, QStringLiteral("merge"));
}

} // namespace nd::cli
