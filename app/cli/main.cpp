// neurodyn-cli: the headless twin of the GUI. Dispatches to one subcommand per file pair.
#include "cli/examplescommand.h"
#include "cli/figures.h"
#include "cli/measurecommand.h"
#include "cli/mergecommand.h"
#include "cli/runcommand.h"
#include "cli/simulatecommand.h"

#include <QCoreApplication>
#include <QTextStream>

#ifdef NEURODYN_HAVE_FIGURES
#include <QApplication>
#endif

#include <cstring>
#include <memory>

namespace {

const char* kUsage = QT_TRANSLATE_NOOP("Cli",
    "Usage: neurodyn-cli COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  simulate   iterate a model and print its trajectory as CSV\n"
    "  run        run every analysis of a study file, writing CSV + JSON (MPI-aware)\n"
    "  merge      merge the tiles of 'run --tile i/n' into the results\n"
    "  measure    run one measure on a series or edge-list file and print JSON\n"
    "  examples   list the built-in example studies\n"
    "  example    write a built-in example as a study file\n"
    "\n"
    "Run 'neurodyn-cli COMMAND --help' for a command's options.\n");

} // namespace

int main(int argc, char* argv[])
{
    // run and merge draw figures with the GUI's widgets (offscreen) when the build has them.
    std::unique_ptr<QCoreApplication> app;
#ifdef NEURODYN_HAVE_FIGURES
    if (argc > 1 && (std::strcmp(argv[1], "run") == 0 || std::strcmp(argv[1], "merge") == 0)) {
        nd::cli::prepareFigurePlatform();
        app = std::make_unique<QApplication>(argc, argv);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
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
    QTextStream(stderr) << QCoreApplication::translate("Cli", "neurodyn-cli: unknown command '%1'\n").arg(command)
                        << QCoreApplication::translate("Cli", kUsage);
    return 2;
}
