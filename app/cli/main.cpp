// neurodyn-cli: the headless twin of the GUI. Dispatches to one subcommand per file pair.
#include "cli/clicommon.h"
#include "cli/examplescommand.h"
#include "cli/figures.h"
#include "cli/importodecommand.h"
#include "cli/measurecommand.h"
#include "cli/mergecommand.h"
#include "cli/neuromfacommand.h"
#include "cli/modelscommand.h"
#include "cli/runcommand.h"
#include "cli/simulatecommand.h"

#include <QCoreApplication>
#include <QHashSeed>
#include <QTextStream>

#ifdef NEURODYN_HAVE_FIGURES
#include "plots/qimagedecoder.h"

#include <QApplication>
#endif

#include <cstring>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

const char* kUsage = QT_TRANSLATE_NOOP(
    "Cli", "Usage: neurodyn-cli COMMAND [options]\n"
           "\n"
           "Commands:\n"
           "  simulate   iterate a map or integrate a flow, print its trajectory as CSV\n"
           "  run        run every analysis of a study file, writing CSV + JSON (MPI-aware)\n"
           "  merge      merge the tiles of 'run --tile i/n' into the results\n"
           "  measure    run one measure on a series or edge-list file and print JSON\n"
           "  examples   list the built-in example studies\n"
           "  example    write a built-in example as a study file\n"
           "  models     list the models, or one model's parameters, settings and variables\n"
           "  import-ode import an XPPAUT model (.ode file) as a study of a typed model\n"
           "  neuromfa   NeuroMFA spectra and emergence over a model's training checkpoints\n"
           "\n"
           "Run 'neurodyn-cli COMMAND --help' for a command's options.\n");

const char* kCommands[] = {"simulate", "run",     "merge",  "measure",
                           "examples", "example", "models", "import-ode", "neuromfa"};

// Qt wants a private runtime folder (XDG_RUNTIME_DIR, mode 0700) and warns on stderr when a
// session has none, as for root in containers and CI: every command printed that warning.
// Without one we make our own, /tmp/neurodyn-cli-runtime-UID, once and keep it like Qt's
// fallback; Qt still checks it and still warns when it is not ours or not private.
void provideRuntimeDir()
{
#ifdef Q_OS_UNIX
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray path =
        "/tmp/neurodyn-cli-runtime-" + QByteArray::number(static_cast<qulonglong>(getuid()));
    struct stat info {};
    if (mkdir(path.constData(), 0700) != 0 &&
        (lstat(path.constData(), &info) != 0 || !S_ISDIR(info.st_mode) || info.st_uid != getuid() ||
         ((info.st_mode & 07777) != 0700 && chmod(path.constData(), 0700) != 0)))
        return; // not ours (or not to be made private): Qt's own fallback and its warning
    qputenv("XDG_RUNTIME_DIR", path);
#endif
}

} // namespace

int main(int argc, char* argv[])
{
    provideRuntimeDir();
    // Qt's hashes iterate in an order that depends on a per-process random seed, and the PDF
    // writer numbers the embedded fonts in that order: a fixed seed makes figures byte-
    // reproducible (nothing here hashes untrusted keys at a scale where the seed matters).
    QHashSeed::setDeterministicGlobalSeed();
    // run and merge draw figures with the GUI's widgets (offscreen) when the build has them.
    std::unique_ptr<QCoreApplication> app;
#ifdef NEURODYN_HAVE_FIGURES
    // So does `measure rqa --figure` (the recurrence plot).
    bool measureFigure = false;
    for (int i = 2; argc > 1 && std::strcmp(argv[1], "measure") == 0 && i < argc; ++i)
        measureFigure = measureFigure || std::strncmp(argv[i], "--figure", 8) == 0;
    // And `neuromfa` (its emergence figures).
    if (argc > 1 && (std::strcmp(argv[1], "run") == 0 || std::strcmp(argv[1], "merge") == 0 || measureFigure ||
                     std::strcmp(argv[1], "neuromfa") == 0)) {
        nd::cli::prepareFigurePlatform();
        app = std::make_unique<QApplication>(argc, argv);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
#ifdef NEURODYN_HAVE_FIGURES
    nd::installQtImageDecoder(); // AKOrN silhouettes from PNG and other formats (the engine reads PGM)
#endif
    QCoreApplication::setApplicationName(QStringLiteral("neurodyn-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEURODYN_VERSION));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        QTextStream(args.isEmpty() ? stderr : stdout) << QCoreApplication::translate("Cli", kUsage);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        QTextStream(stdout) << "neurodyn-cli " << NEURODYN_VERSION << '\n';
        return 0;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("simulate"))
        return nd::cli::runSimulate(args);
    if (command == QLatin1String("run"))
        return nd::cli::runRun(args);
    if (command == QLatin1String("merge"))
        return nd::cli::runMerge(args);
    if (command == QLatin1String("measure"))
        return nd::cli::runMeasure(args);
    if (command == QLatin1String("examples"))
        return nd::cli::runExamples(args);
    if (command == QLatin1String("example"))
        return nd::cli::runExample(args);
    if (command == QLatin1String("models"))
        return nd::cli::runModels(args);
    if (command == QLatin1String("import-ode"))
        return nd::cli::runImportOde(args);
    if (command == QLatin1String("neuromfa"))
        return nd::cli::runNeuroMfa(args);
    QStringList commands;
    for (const char* c : kCommands)
        commands << QLatin1String(c);
    const QString near = nd::cli::closestName(command, commands);
    QTextStream(stderr)
        << (near.isEmpty()
                ? QCoreApplication::translate("Cli", "neurodyn-cli: unknown command '%1'\n").arg(command)
                : QCoreApplication::translate("Cli",
                                              "neurodyn-cli: unknown command '%1' (did you mean %2?)\n")
                      .arg(command, near))
        << QCoreApplication::translate("Cli", kUsage);
    return nd::cli::kExitUsage;
}
