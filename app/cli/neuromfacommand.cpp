#include "cli/neuromfacommand.h"

#include "cli/buildinfo.h"
#include "cli/clicommon.h"
#include "cli/mpisession.h"
#include "cli/neuromfatiles.h"
#include "cli/neuromfaresult.h"
#include "cli/outputfolder.h"
#include "cli/progressbar.h"

#include "common/errors.h"
#include "compute/neuromfacompute.h"
#include "network/neuromfaseries.h"

#ifdef NEURODYN_HAVE_FIGURES
#include "cli/figures.h"
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <limits>
#include <optional>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "NeuroMfaCommand".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(NeuroMfaCommand)
};

const QString kCommand = QStringLiteral("neuromfa");

// ---- Tiles: a share of the checkpoints computed apart, merged into the results of one run. ----

const QString kTileFormat = QLatin1String(kNeuroMfaTileFormat);

// Checkpoints [begin, end) of tile i of n over count: floor(i * count / n) ... (as run's tiles).
void tileRange(int i, int n, std::size_t count, std::size_t& begin, std::size_t& end)
{
    begin = static_cast<std::size_t>(static_cast<unsigned long long>(i) * count / static_cast<unsigned long long>(n));
    end = static_cast<std::size_t>(static_cast<unsigned long long>(i + 1) * count / static_cast<unsigned long long>(n));
}

QByteArray tileBytes(int index, int count, const std::vector<NeuroMfaCheckpoint>& series, const QJsonObject& settings,
                     const NeuroMfaSeriesResult& r)
{
    QJsonArray all, checkpoints;
    for (const NeuroMfaCheckpoint& c : series)
        all.append(QJsonObject{{"path", QString::fromStdString(c.path)}, {"step", c.step}});
    for (const NeuroMfaCheckpointResult& c : r.checkpoints) {
        QJsonArray subs;
        for (const NetworkSpectrumResult& s : c.subnetworks)
            subs.append(QJsonObject{{"defined", s.defined},
                                    {"passes_filter", s.passesFilter},
                                    {"alpha0", jsonNumber(s.alpha0)},
                                    {"width", jsonNumber(s.width)},
                                    {"nodes_used", static_cast<double>(s.nodesUsed)},
                                    {"reason", QString::fromStdString(s.reason)},
                                    {"filter_reason", QString::fromStdString(s.filterReason)}});
        checkpoints.append(QJsonObject{{"path", QString::fromStdString(c.checkpoint.path)},
                                       {"step", c.checkpoint.step},
                                       {"nodes", static_cast<double>(c.nodes)},
                                       {"edges", static_cast<double>(c.edges)},
                                       {"passing", static_cast<double>(c.passing)},
                                       {"alpha_q", jsonArray(c.alphaQ)},
                                       {"alpha_mean", jsonArray(c.alphaMean)},
                                       {"alpha_sd", jsonArray(c.alphaSd)},
                                       {"f_mean", jsonArray(c.fMean)},
                                       {"f_sd", jsonArray(c.fSd)},
                                       {"subnetworks", subs}});
    }
    QJsonObject tile{{"format", kTileFormat},  {"index", index},         {"count", count},
                     {"settings", settings},   {"series", all},          {"checkpoints", checkpoints},
                     {"conventions", QString::fromStdString(r.conventions)}};
    if (!r.checkpoints.empty())
        tile.insert(QStringLiteral("network"), neuroMfaLayoutJson(r.layout));
    return toJsonBytes(tile);
}

// Long options: value options name their value.
struct Options {
    NeuroMfaSettings settings; // the study section's settings (study/neuromfasection.h)
    int threads = 0;
    QStringList checkpoints;
    QString out, scores;
    bool force = false, quiet = false, figures = true;
    int tileIndex = -1, tileCount = 0; // --tile i/n
    bool merge = false;                // --merge: the positional arguments are tile files
};

bool parse(QCommandLineParser& p, Options& o, QString& error)
{
    auto count = [&](const char* name, long minimum, long maximum, long& value) {
        if (!p.isSet(QLatin1String(name)))
            return true;
        if (parseLong(p.value(QLatin1String(name)), minimum, maximum, value))
            return true;
        error = Text::tr("--%1 must be a whole number from %2 to %3").arg(QLatin1String(name)).arg(minimum).arg(maximum);
        return false;
    };
    NeuroMfaSettings& net = o.settings;
    try {
        net.preset = ninPresetFromName(p.value(QStringLiteral("preset")).toStdString());
    } catch (const InputError& e) {
        error = QString::fromStdString(e.what());
        return false;
    }
    if (p.isSet(QStringLiteral("weights"))) {
        if (p.isSet(QStringLiteral("preset")) && net.preset != NinPreset::None) {
            error = Text::tr("--weights names the matrices itself; leave out --preset (or give --preset none)");
            return false;
        }
        net.preset = NinPreset::None;
        for (const QString& w : p.value(QStringLiteral("weights")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            net.weights.push_back(w.trimmed().toStdString());
    } else if (net.preset == NinPreset::None) {
        error = Text::tr("--preset none needs --weights (the weight names in forward order)");
        return false;
    }
    long samples = 32, repeats = 10, seed = 0, threads = 0, minEdges = 10, digits = 0, filter = 0;
    if (!count("samples", 1, 1'000'000, samples) || !count("repeats", 1, 100'000, repeats) ||
        !count("first-seed", 0, 1'000'000'000, seed) || !count("threads", 0, 1024, threads) ||
        !count("min-edges", 0, 1'000'000, minEdges) || !count("round-digits", 0, 6, digits) ||
        !count("filter-mode", 0, 3, filter))
        return false;
    net.samples = static_cast<std::size_t>(samples);
    o.settings.repeats = static_cast<std::size_t>(repeats);
    o.settings.firstSeed = static_cast<std::uint64_t>(seed);
    o.threads = static_cast<int>(threads);
    const QString methodName = p.value(QStringLiteral("method"));
    const auto method = networkSpectrumMethodFromName(methodName.toStdString());
    if (!method) {
        QStringList names;
        for (const std::string& n : networkSpectrumMethodNames())
            names << QString::fromStdString(n);
        error = Text::tr("unknown method '%1' (known: %2)").arg(methodName, names.join(QStringLiteral(", ")));
        return false;
    }
    o.settings.method = *method;
    o.settings.q = networkSpectrumDefaults(*method).q;
    NeuroMfaOptions& mfa = o.settings.neuroMfa;
    mfa.minEdges = static_cast<int>(minEdges);
    mfa.roundDigits = static_cast<int>(digits);
    mfa.filterMode = static_cast<int>(filter);
    if (p.isSet(QStringLiteral("max-distance")) &&
        (!parseDouble(p.value(QStringLiteral("max-distance")), mfa.maxDistance) || mfa.maxDistance <= 1.0)) {
        error = Text::tr("--max-distance must be a number above 1");
        return false;
    }
    if (p.isSet(QStringLiteral("q")) && !parseDoubleList(p.value(QStringLiteral("q")), o.settings.q)) {
        error = Text::tr("--q must be a comma-separated list of numbers");
        return false;
    }
    o.out = p.value(QStringLiteral("out"));
    if (o.out.isEmpty()) {
        error = Text::tr("--out DIR is required (the folder for neuromfa.json, the CSV tables and the figures)");
        return false;
    }
    if (p.isSet(QStringLiteral("tile"))) {
        static const QRegularExpression re(QStringLiteral("^(\\d{1,7})/(\\d{1,7})$"));
        const auto m = re.match(p.value(QStringLiteral("tile")));
        o.tileIndex = m.hasMatch() ? m.captured(1).toInt() : -1;
        o.tileCount = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (o.tileCount < 1 || o.tileIndex < 0 || o.tileIndex >= o.tileCount) {
            error = Text::tr("--tile expects i/n with 0 <= i < n, got '%1'").arg(p.value(QStringLiteral("tile")));
            return false;
        }
    }
    o.merge = p.isSet(QStringLiteral("merge"));
    if (o.merge && o.tileIndex >= 0) {
        error = Text::tr("--merge and --tile exclude each other");
        return false;
    }
    o.scores = p.value(QStringLiteral("scores"));
    o.settings.scores = o.scores.toStdString();
    o.force = p.isSet(QStringLiteral("force"));
    o.quiet = p.isSet(QStringLiteral("quiet"));
    o.figures = !p.isSet(QStringLiteral("no-figures"));
    o.checkpoints = p.positionalArguments();
    if (o.checkpoints.isEmpty()) {
        error = o.merge ? Text::tr("no tile file given") : Text::tr("no checkpoint given (weight files or folders of them)");
        return false;
    }
    return true;
}

} // namespace

int runNeuroMfa(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(Text::tr(
        "NeuroMFA over training: the neuron interaction networks of each checkpoint, their multifractal "
        "spectra and the degree of emergence E(t) = (w(t)/w(t0)) ln(alpha_0(t0)/alpha_0(t)).\n"
        "CHECKPOINT: .safetensors, .npz (uncompressed) or .npy files, or folders of them; the training step is "
        "read from each file name (the digits after 'step', else the last digits: step1000.safetensors, "
        "model-step_2000.npz)."));
    p.addOption({"preset", Text::tr("Model layout: gpt-neox (Hugging Face GPT-NeoX / Pythia names) or none."),
                 Text::tr("NAME"), QStringLiteral("gpt-neox")});
    p.addOption({"weights",
                 Text::tr("Instead of a preset: the weight matrices in forward order, comma-separated; {i} stands "
                          "for the block number (blocks 0, 1, ... while the first name exists)."),
                 Text::tr("LIST")});
    p.addOption({"samples", Text::tr("Neurons sampled per layer, s (default 32; the 2024 code used 64)."),
                 Text::tr("N"), QStringLiteral("32")});
    p.addOption({"repeats", Text::tr("Subnetworks per checkpoint, seeds first-seed.. (default 10)."), Text::tr("R"),
                 QStringLiteral("10")});
    p.addOption({"first-seed", Text::tr("Seed of the first subnetwork (default 0)."), Text::tr("N"),
                 QStringLiteral("0")});
    p.addOption({"method",
                 Text::tr("Spectrum estimator: neuromfa-code (the official code, default), neuromfa-paths, "
                          "sandbox or normalised-growth."),
                 Text::tr("NAME"), QStringLiteral("neuromfa-code")});
    p.addOption({"q", Text::tr("The q grid, comma-separated (default: the method's; NeuroMFA: -3 to 3 by 0.1)."),
                 Text::tr("LIST")});
    p.addOption({"max-distance", Text::tr("NeuroMFA: largest distance 1/|w| kept (default 150)."), Text::tr("D")});
    p.addOption({"min-edges", Text::tr("NeuroMFA: a node is kept with more than this many edges (default 10)."),
                 Text::tr("N")});
    p.addOption({"round-digits", Text::tr("NeuroMFA: decimals distances are rounded to (default 0)."), Text::tr("N")});
    p.addOption({"filter-mode",
                 Text::tr("NeuroMFA: drop subnetworks as the official code's filter_mode 0-3 (default 0: none)."),
                 Text::tr("N")});
    p.addOption({"scores",
                 Text::tr("Benchmark scores for E against accuracy: CSV with the step first, one column per "
                          "benchmark."),
                 Text::tr("FILE")});
    p.addOption({"out", Text::tr("Output folder (required)."), Text::tr("DIR")});
    p.addOption({"tile",
                 Text::tr("Compute only tile i of n (0-based) of the checkpoints, into DIR/neuromfa-tile-i-of-n.json, "
                          "for a later --merge; under mpirun each rank is a tile and rank 0 merges."),
                 Text::tr("i/n")});
    p.addOption({"merge", Text::tr("The arguments are the tile files of --tile (all n): write the results of the whole "
                                   "series from them.")});
    p.addOption({"threads", Text::tr("Worker threads (default: all cores)."), Text::tr("N")});
    p.addOption({"force", Text::tr("Write into a folder that holds other files.")});
    p.addOption({"no-figures", Text::tr("Write the data only.")});
    p.addOption({"quiet", Text::tr("No progress bar.")});
    p.addPositionalArgument(QStringLiteral("CHECKPOINT"), Text::tr("Weight files or folders of them."),
                            QStringLiteral("CHECKPOINT..."));
    const int parsed = parseOrHelp(p, kCommand, arguments);
    if (parsed >= 0)
        return parsed;
    Options o;
    QString error;
    if (!parse(p, o, error))
        return fail(kCommand, error);
    // The scores file is read before the long computation, so that a bad file fails at once.
    std::optional<BenchmarkScores> scores;
    try {
        scores = compute::neuroMfaScores(o.settings, QString());
    } catch (const InputError& e) {
        return fail(kCommand, QString::fromStdString(e.what()));
    }
    const NeuroMfaSeriesOptions series = neuroMfaSeriesOptions(o.settings, o.threads);
    const QDir dir(o.out);

    NeuroMfaSeriesResult result;
    // Tiles agree on these settings; the threads and the scores file are added for the output only.
    NeuroMfaStated stated{neuroMfaSettingsJson(series), series.firstSeed,
                          QString::fromLatin1(networkSpectrumMethodName(series.spectrum.method))};
    if (o.merge) {
        std::vector<std::pair<QString, QByteArray>> files;
        for (const QString& path : o.checkpoints) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return fail(kCommand, Text::tr("cannot read the tile %1").arg(path));
            files.emplace_back(path, f.readAll());
        }
        try {
            if (!mergeNeuroMfaTiles(files, result, stated.settings, error))
                return fail(kCommand, error);
        } catch (const InputError& e) {
            return fail(kCommand, QString::fromStdString(e.what()));
        }
        stated.firstSeed = static_cast<std::uint64_t>(stated.settings.value(QStringLiteral("first_seed")).toDouble());
        stated.method = stated.settings.value(QStringLiteral("method")).toString();
        if (!prepareOutputFolder(dir, o.force, error))
            return fail(kCommand, error);
    } else {
        MpiSession mpi;
        if (!mpi.error().isEmpty())
            return fail(kCommand, mpi.error());
        if (mpi.size() > 1 && o.tileIndex >= 0)
            return fail(kCommand, Text::tr("--tile cannot be combined with mpirun (each rank already is a tile)"));
        const int tileIndex = mpi.size() > 1 ? mpi.rank() : o.tileIndex;
        const int tileCount = mpi.size() > 1 ? mpi.size() : o.tileCount;
        QByteArray tile;
        bool ok = true;
        try {
            for (const QString& c : o.checkpoints)
                o.settings.checkpoints.push_back(c.toStdString());
            const std::vector<NeuroMfaCheckpoint> all = compute::neuroMfaSeriesOf(o.settings, QString());
            std::size_t begin = 0, end = all.size();
            if (tileIndex >= 0)
                tileRange(tileIndex, tileCount, all.size(), begin, end);
            const std::vector<NeuroMfaCheckpoint> mine(all.begin() + static_cast<std::ptrdiff_t>(begin),
                                                       all.begin() + static_cast<std::ptrdiff_t>(end));
            if (mpi.rank() == 0 && tileIndex < 0 && !prepareOutputFolder(dir, o.force, error))
                return fail(kCommand, error);
            ProgressBar progress(!o.quiet && mpi.rank() == 0);
            progress.start(Text::tr("NeuroMFA: %1 checkpoints x %2 subnetworks").arg(mine.size()).arg(series.repeats));
            if (!mine.empty())
                result = compute::neuroMfaRun(mine, o.settings, o.threads, &progress);
            progress.finish();
            if (result.outcome == Outcome::Canceled)
                return fail(kCommand, Text::tr("canceled"));
            if (tileIndex >= 0)
                tile = tileBytes(tileIndex, tileCount, all, stated.settings, result);
        } catch (const InputError& e) {
            ok = false;
            error = QString::fromStdString(e.what());
        }
        if (mpi.size() > 1) {
            // Every rank reaches the gather, also after an error (its tile is then empty).
            const std::vector<QByteArray> tiles = mpi.gather(ok ? tile : QByteArray());
            if (mpi.rank() == 0 && ok) {
                std::vector<std::pair<QString, QByteArray>> files;
                for (std::size_t r = 0; r < tiles.size(); ++r)
                    files.emplace_back(QStringLiteral("rank %1").arg(r), tiles[r]);
                try {
                    ok = mergeNeuroMfaTiles(files, result, stated.settings, error);
                } catch (const InputError& e) {
                    ok = false;
                    error = QString::fromStdString(e.what());
                }
                if (ok)
                    ok = prepareOutputFolder(dir, o.force, error);
            }
            ok = mpi.broadcast(ok);
            if (!ok)
                return mpi.rank() == 0 ? fail(kCommand, error.isEmpty() ? Text::tr("a rank failed") : error) : kExitUsage;
            if (mpi.rank() != 0)
                return kExitOk;
        } else if (!ok) {
            return fail(kCommand, error);
        } else if (tileIndex >= 0) {
            // A tile writes its tile file only (the tiles of a job array share a folder).
            if (!QDir().mkpath(dir.path()))
                return fail(kCommand, Text::tr("cannot create the output folder %1").arg(dir.path()));
            const QString path =
                dir.filePath(QStringLiteral("neuromfa-tile-%1-of-%2.json").arg(tileIndex).arg(tileCount));
            if (!writeOutput(path, tile, error))
                return fail(kCommand, error);
            return kExitOk;
        }
    }
    stated.settings.insert(QStringLiteral("threads"), o.threads);
    if (!o.scores.isEmpty())
        stated.settings.insert(QStringLiteral("scores"), o.scores);

    QStringList written;
    setWrittenFilesLog(&written);
    bool ok = writeOutput(dir.filePath(QStringLiteral("neuromfa.json")), toJsonBytes(neuroMfaResultJson(result, stated)), error) &&
              writeOutput(dir.filePath(QStringLiteral("neuromfa.csv")), neuroMfaEmergenceCsv(result), error) &&
              writeOutput(dir.filePath(QStringLiteral("neuromfa-spectra.csv")), neuroMfaSpectraCsv(result), error) &&
              writeOutput(dir.filePath(QStringLiteral("neuromfa-subnetworks.csv")),
                          neuroMfaSubnetworksCsv(result, stated.firstSeed), error);
#ifdef NEURODYN_HAVE_FIGURES
    if (ok && o.figures)
        ok = drawNeuroMfaFigures(dir, result, scores, error);
#else
    if (o.figures && !o.quiet)
        note(kCommand, Text::tr("this build draws no figures (data only)"));
#endif
    setWrittenFilesLog(nullptr);
    QString manifestError;
    if (!writeManifest(dir, written, manifestError) && ok) {
        ok = false;
        error = manifestError;
    }
    if (!ok)
        return fail(kCommand, error);
    if (!o.quiet)
        QTextStream(stderr) << Text::tr("wrote %1 files to %2").arg(written.size()).arg(dir.path()) << '\n';
    return kExitOk;
}

} // namespace nd::cli
